#pragma once

#include "domain/Ids.h"
#include "domain/Question.h"

#include <QString>

#include <optional>

namespace ia {

enum class EntryStatus
{
    NotAsked,
    Scored,
    Skipped,
};

QString toKey(EntryStatus status); // "not_asked", "scored", "skipped"
std::optional<EntryStatus> entryStatusFromKey(const QString& key);
QString displayName(EntryStatus status);

// One question of one interview: the version asked, its budget and weight copied from the kit when
// the interview was set up, and what the interviewer recorded.
struct ScorecardEntry
{
    ScorecardEntryId id = 0;
    QString uuid;
    InterviewId interviewId = 0;
    int position = 0;
    Question question;
    int timeBudgetSeconds = 0;
    double weight = 1.0;
    EntryStatus status = EntryStatus::NotAsked;
    std::optional<int> score; // 1..4, set exactly when status is Scored
    QString note;
    int secondsSpent = 0;
};

} // namespace ia
