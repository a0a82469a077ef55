#pragma once

#include "domain/Recommendation.h"
#include "domain/Scorecard.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace ia {

// What a panel (the submitted scorecards of one candidate for one role) says together.
//
// Per question (the same question across versions and kits):
//   count  = scorecards that scored it (skipped and not asked are left out, never counted as 0)
//   mean   = Σ score / count;  min, max;  spread = max - min (0 with fewer than two scores)
//   disagreement when count >= 2 and spread >= 2
// Per category and overall, the question means weighted by the kit weight (for a question asked in
// several kits, the mean weight of the scorecards that scored it):
//   Σ weight·mean / Σ weight   over the questions with count >= 1
// storage/Schema.cpp keeps candidate_score.weighted_score with the same formula in SQL.
// The recommendation tally counts each scorecard's recommendation.
struct PanelSummary
{
    struct Score
    {
        int column = 0; // index into interviewers
        std::optional<int> score;
        EntryStatus status = EntryStatus::NotAsked;
    };
    struct Question
    {
        QuestionId id = 0;
        QString title;
        QString category;
        double weight = 1.0;
        QList<Score> scores; // one per scorecard that had the question
        int count = 0;
        std::optional<double> mean;
        int min = 0;
        int max = 0;
        int spread = 0;
        bool disagreement() const { return count >= 2 && spread >= 2; }
    };
    struct Category
    {
        QString name;
        std::optional<double> weightedMean;
    };

    QStringList interviewers;  // one column per scorecard, in interview order
    QList<Question> questions; // kit order, as first met
    QList<Category> categories;
    std::optional<double> overall;
    std::array<int, 4> tally{}; // index: Recommendation value - 1
    int tallyOf(Recommendation r) const { return tally[int(r) - 1]; }

    static PanelSummary of(const QList<Scorecard>& scorecards);
};

} // namespace ia
