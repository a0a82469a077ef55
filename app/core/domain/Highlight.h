#pragma once

#include "domain/Ids.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ia {

enum class HighlightFlag
{
    None,
    RedFlag,
    Strength,
};

QString toKey(HighlightFlag flag); // "none", "red_flag", "strength"
std::optional<HighlightFlag> highlightFlagFromKey(const QString& key);
QString displayName(HighlightFlag flag);

// A note pinned to the interview clock, optionally marked as a red flag or a strength.
struct Highlight
{
    HighlightId id = 0;
    QString uuid;
    InterviewId interviewId = 0;
    std::optional<ScorecardEntryId> entryId; // the question it was taken on, if any
    int elapsedSeconds = 0;
    QString text;
    HighlightFlag flag = HighlightFlag::None;
    QDateTime createdAt;
};

} // namespace ia
