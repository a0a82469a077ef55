#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ia {

// The interviewer's overall call. There is deliberately no neutral option.
enum class Recommendation
{
    StrongNo = 1,
    No = 2,
    Yes = 3,
    StrongYes = 4,
};

QList<Recommendation> allRecommendations();
QString toKey(Recommendation recommendation); // "strong_no", "no", "yes", "strong_yes"
std::optional<Recommendation> recommendationFromKey(const QString& key);
QString displayName(Recommendation recommendation); // translated
bool isPositive(Recommendation recommendation);

} // namespace ia
