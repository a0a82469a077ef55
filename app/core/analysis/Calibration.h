#pragma once

#include "domain/Ids.h"

#include <QList>
#include <QString>

#include <optional>

namespace ia {

// Per interviewer, over the submitted scorecards the viewer may see:
//   scorecards  = submitted scorecards
//   scores      = questions they scored;  mean = Σ score / scores
//   spread      = population standard deviation of those scores
//   deviation   = mean over their scores of (score − mean of the OTHER panel members' scores for the
//                 same candidate and question); only questions someone else also scored count
//   comparisons = how many scores that mean is over
struct CalibrationRow
{
    InterviewerId interviewer = 0;
    QString name;
    int scorecards = 0;
    int scores = 0;
    std::optional<double> mean;
    std::optional<double> spread;
    std::optional<double> deviation;
    int comparisons = 0;
};

enum class Leaning
{
    NotEnoughData, // fewer comparisons than needed to say
    Balanced,
    Lenient, // scores above the rest of the panel by at least the threshold
    Harsh,   // below it by at least the threshold
};

struct CalibrationPolicy
{
    double threshold = 0.5; // points on the 1-4 scale
    int minComparisons = 5;
};

Leaning leaningOf(const CalibrationRow& row, const CalibrationPolicy& policy = {});
QString toKey(Leaning leaning); // "not_enough_data", "balanced", "lenient", "harsh"
QString displayName(Leaning leaning);

// For spreadsheets and scripts: one line or object per interviewer, with the leaning.
QString calibrationCsv(const QList<CalibrationRow>& rows, const CalibrationPolicy& policy = {});
QString calibrationJson(const QList<CalibrationRow>& rows, const CalibrationPolicy& policy = {});

} // namespace ia
