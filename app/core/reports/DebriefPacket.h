#pragma once

#include "domain/Candidate.h"
#include "domain/Scorecard.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ia {

// Everything about one candidate for a debrief, in one file: a cover with the panel grid
// (question × interviewer, mean and spread, disagreements marked) and the recommendation tally,
// then each submitted scorecard on pages of its own. The caller decides which scorecards the
// reader may see.
class DebriefPacket
{
    Q_DECLARE_TR_FUNCTIONS(ia::DebriefPacket)

public:
    static QString html(const Candidate& candidate, const QList<Scorecard>& submitted);
    static QString coverHtml(const Candidate& candidate, const QList<Scorecard>& submitted);
    static QString footer(const Candidate& candidate);
};

} // namespace ia
