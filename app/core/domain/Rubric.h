#pragma once

#include <QString>

#include <array>

namespace ia {

// What an answer worth a given score sounds like. Scores run 1 (poor) to 4 (excellent).
struct RubricAnchor
{
    int score = 0;
    QString label;       // a few words, printed next to a score on scorecards
    QString description; // what the interviewer listens for

    friend bool operator==(const RubricAnchor&, const RubricAnchor&) = default;
};

class Rubric
{
public:
    static constexpr int minScore = 1;
    static constexpr int maxScore = 4;

    Rubric();

    const RubricAnchor& anchor(int score) const;
    void setAnchor(int score, const QString& label, const QString& description);

    // All four anchors have a label and a description.
    bool isComplete() const;

    static bool isValidScore(int score) { return score >= minScore && score <= maxScore; }

    friend bool operator==(const Rubric&, const Rubric&) = default;

private:
    std::array<RubricAnchor, maxScore> m_anchors;
};

} // namespace ia
