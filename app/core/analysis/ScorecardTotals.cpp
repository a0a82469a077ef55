#include "ScorecardTotals.h"

#include "analysis/WeightedMean.h"

namespace ia {

ScorecardTotals ScorecardTotals::of(const Scorecard& card)
{
    ScorecardTotals totals;
    QList<WeightedMean> byCategory;
    WeightedMean overall;
    for (const ScorecardEntry& e : card.entries) {
        qsizetype c = 0;
        while (c < totals.categories.size() && totals.categories.at(c).name != e.question.category)
            ++c;
        if (c == totals.categories.size()) {
            totals.categories.append(Category{e.question.category, std::nullopt, 0, 0});
            byCategory.append(WeightedMean{});
        }
        ++totals.categories[c].questions;
        switch (e.status) {
        case EntryStatus::Scored:
            ++totals.scored;
            ++totals.categories[c].scored;
            byCategory[c].add(*e.score, e.weight);
            overall.add(*e.score, e.weight);
            break;
        case EntryStatus::Skipped:
            ++totals.skipped;
            break;
        case EntryStatus::NotAsked:
            ++totals.notAsked;
            break;
        }
    }
    for (qsizetype c = 0; c < totals.categories.size(); ++c)
        totals.categories[c].weightedMean = byCategory.at(c).value();
    totals.overall = overall.value();
    return totals;
}

} // namespace ia
