#pragma once

#include "domain/Scorecard.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ia {

// Strengths and concerns of a candidate, read off the panel's scorecards by fixed rules, each with
// the evidence behind it:
//   strength: a question the panel scored 3 or more on average (citing the notes of the scores of 3
//             and 4), and every highlight flagged as a strength;
//   concern:  a question the panel scored 2 or less on average (citing the notes of the scores of 1
//             and 2), and every red flag.
// Questions come in kit order, then highlights in interview and clock order; the same scorecards
// always give the same summary.
struct CandidateSummary
{
    Q_DECLARE_TR_FUNCTIONS(ia::CandidateSummary)

public:
    struct Evidence
    {
        QString interviewer;
        QString text;
        std::optional<int> score;
        std::optional<int> elapsedSeconds; // for highlights
    };
    struct Point
    {
        QString title;  // the question, or "Highlight"
        QString detail; // "panel mean 3.5 from 2 scores"
        QList<Evidence> evidence;
    };

    QList<Point> strengths;
    QList<Point> concerns;

    static CandidateSummary of(const QList<Scorecard>& scorecards);
};

} // namespace ia
