#pragma once

#include "domain/Scorecard.h"

#include <QList>
#include <QString>

#include <optional>

namespace ia {

// The weighted scores of one scorecard.
//
//   category subtotal = Σ weight·score / Σ weight   over the category's scored questions
//   overall           = Σ weight·score / Σ weight   over all scored questions
//
// Skipped and not-asked questions are left out (never counted as zero); a category with nothing
// scored has no subtotal. Weights are the kit's, copied onto the scorecard when it was set up.
struct ScorecardTotals
{
    struct Category
    {
        QString name;
        std::optional<double> weightedMean;
        int scored = 0;
        int questions = 0;
    };

    QList<Category> categories; // in the order they first appear in the kit
    std::optional<double> overall;
    int scored = 0;
    int skipped = 0;
    int notAsked = 0;

    static ScorecardTotals of(const Scorecard& card);
};

} // namespace ia
