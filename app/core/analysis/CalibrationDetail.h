#pragma once

#include "domain/Ids.h"

#include <QString>

#include <optional>

namespace ia {

// One interviewer's score on one question of one candidate, against the rest of the panel: what a
// calibration row (see CalibrationRow) is the average of.
//   score      = their score (their mean, if they interviewed the candidate twice)
//   panelMean  = the mean of the OTHER panel members' scores for the same candidate and question;
//                empty when nobody else scored it
//   difference = score − panelMean
struct CalibrationDetail
{
    CandidateId candidate = 0;
    QString candidateName;
    QuestionId question = 0;
    QString questionTitle;
    double score = 0;
    std::optional<double> panelMean;
    int panelScores = 0; // how many scores panelMean is over
    std::optional<double> difference() const
    {
        return panelMean ? std::optional<double>(score - *panelMean) : std::nullopt;
    }
};

} // namespace ia
