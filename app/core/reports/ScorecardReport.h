#pragma once

#include "domain/Candidate.h"
#include "domain/Scorecard.h"

#include <QCoreApplication>
#include <QString>

namespace ia {

// One interview on paper: who, when, how long, the recommendation, every question in kit order
// with its score, anchor label, time and evidence, the highlights, the code answer in colour,
// category subtotals, the weighted overall score and the summary.
class ScorecardReport
{
    Q_DECLARE_TR_FUNCTIONS(ia::ScorecardReport)

public:
    // The body of the report, to stand alone or follow a packet's cover.
    static QString html(const Scorecard& card, const Candidate& candidate);
    // "Ann Example — scorecard by Bo Interviewer", for page footers.
    static QString footer(const Scorecard& card);
};

} // namespace ia
