#include "Rubric.h"

#include <stdexcept>

namespace ia {

Rubric::Rubric()
{
    for (int score = minScore; score <= maxScore; ++score)
        m_anchors[score - 1].score = score;
}

const RubricAnchor& Rubric::anchor(int score) const
{
    if (!isValidScore(score))
        throw std::out_of_range("rubric score out of range");
    return m_anchors[score - 1];
}

void Rubric::setAnchor(int score, const QString& label, const QString& description)
{
    if (!isValidScore(score))
        throw std::out_of_range("rubric score out of range");
    m_anchors[score - 1] = RubricAnchor{score, label, description};
}

bool Rubric::isComplete() const
{
    for (const RubricAnchor& a : m_anchors) {
        if (a.label.trimmed().isEmpty() || a.description.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace ia
