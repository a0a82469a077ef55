#include "PanelSummary.h"

#include "analysis/WeightedMean.h"
#include "domain/CategoryOrder.h"

#include <QHash>

#include <algorithm>

namespace ia {

PanelSummary PanelSummary::of(const QList<Scorecard>& scorecards)
{
    PanelSummary summary;
    // A question's weight is the mean over the scorecards that scored it (kits may differ).
    QHash<QuestionId, WeightedMean> scoredWeights;
    for (int column = 0; column < scorecards.size(); ++column) {
        const Scorecard& card = scorecards.at(column);
        summary.interviewers.append(card.interview.interviewerName);
        if (card.interview.recommendation)
            ++summary.tally[int(*card.interview.recommendation) - 1];
        for (const ScorecardEntry& e : card.entries) {
            auto it = std::find_if(summary.questions.begin(), summary.questions.end(),
                                   [&](const Question& q) { return q.id == e.question.id; });
            if (it == summary.questions.end()) {
                Question q;
                q.id = e.question.id;
                q.title = e.question.title;
                q.category = e.question.category;
                q.weight = e.weight;
                summary.questions.append(q);
                it = summary.questions.end() - 1;
            }
            it->scores.append(
                Score{column, e.status == EntryStatus::Scored ? e.score : std::nullopt, e.status});
            if (e.status == EntryStatus::Scored)
                scoredWeights[e.question.id].add(e.weight, 1.0);
        }
    }

    // Each category once, whatever order the interviews asked them in.
    summary.questions = groupedByCategory(summary.questions, [](const Question& q) { return q.category; });

    QList<WeightedMean> byCategory;
    WeightedMean overall;
    for (Question& q : summary.questions) {
        QList<int> values;
        for (const Score& s : q.scores) {
            if (s.score)
                values.append(*s.score);
        }
        q.count = int(values.size());
        qsizetype c = 0;
        while (c < summary.categories.size() && summary.categories.at(c).name != q.category)
            ++c;
        if (c == summary.categories.size()) {
            summary.categories.append(Category{q.category, std::nullopt});
            byCategory.append(WeightedMean{});
        }
        if (values.isEmpty())
            continue;
        const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
        q.min = *lo;
        q.max = *hi;
        q.spread = q.count >= 2 ? q.max - q.min : 0;
        WeightedMean mean;
        for (int v : values)
            mean.add(v, 1.0);
        q.mean = mean.value();
        q.weight = scoredWeights.value(q.id).value().value_or(q.weight);
        byCategory[c].add(*q.mean, q.weight);
        overall.add(*q.mean, q.weight);
    }
    for (qsizetype c = 0; c < summary.categories.size(); ++c)
        summary.categories[c].weightedMean = byCategory.at(c).value();
    summary.overall = overall.value();
    return summary;
}

} // namespace ia
