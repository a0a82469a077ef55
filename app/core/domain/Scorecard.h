#pragma once

#include "domain/CodeAnswer.h"
#include "domain/Highlight.h"
#include "domain/Interview.h"
#include "domain/ScorecardEntry.h"

#include <QList>

namespace ia {

// Everything one interview recorded, in kit order; what the interview screen and reports read.
struct Scorecard
{
    Interview interview;
    QList<ScorecardEntry> entries;
    QList<Highlight> highlights; // by elapsed time
    QList<CodeAnswer> codeAnswers;
};

} // namespace ia
