#pragma once

#include "domain/Scorecard.h"

#include <QList>

namespace ia {

// What stands between a scorecard and submitting it. A question counts as asked when it was scored
// or skipped, or when it carries evidence: a note, a highlight or a code answer. Every asked
// question needs a score (or an explicit skip), and the scorecard needs a recommendation.
struct SubmitCheck
{
    QList<int> unscoredAskedEntries; // indexes into Scorecard::entries
    // Neither scored, skipped nor touched: allowed, but named before submitting, as an ATS names
    // unrated attributes (an accident to catch, or a deliberate choice to confirm).
    QList<int> neverAskedEntries;
    bool missingRecommendation = false;
    bool nothingScored = false;

    static SubmitCheck of(const Scorecard& card);
    bool canSubmit() const
    {
        return unscoredAskedEntries.isEmpty() && !missingRecommendation && !nothingScored;
    }
};

} // namespace ia
