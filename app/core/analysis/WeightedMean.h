#pragma once

#include <optional>

namespace ia {

// Σ weight·value / Σ weight, empty until something with a positive weight was added.
class WeightedMean
{
public:
    void add(double value, double weight)
    {
        m_sum += value * weight;
        m_weight += weight;
    }
    std::optional<double> value() const
    {
        return m_weight > 0 ? std::optional<double>(m_sum / m_weight) : std::nullopt;
    }

private:
    double m_sum = 0;
    double m_weight = 0;
};

} // namespace ia
