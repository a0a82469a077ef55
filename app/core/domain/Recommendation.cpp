#include "Recommendation.h"

#include <QCoreApplication>

namespace ia {

QList<Recommendation> allRecommendations()
{
    return {Recommendation::StrongNo, Recommendation::No, Recommendation::Yes, Recommendation::StrongYes};
}

QString toKey(Recommendation recommendation)
{
    switch (recommendation) {
    case Recommendation::StrongNo:
        return QStringLiteral("strong_no");
    case Recommendation::No:
        return QStringLiteral("no");
    case Recommendation::Yes:
        return QStringLiteral("yes");
    case Recommendation::StrongYes:
        return QStringLiteral("strong_yes");
    }
    return {};
}

std::optional<Recommendation> recommendationFromKey(const QString& key)
{
    for (Recommendation r : allRecommendations()) {
        if (toKey(r) == key)
            return r;
    }
    return std::nullopt;
}

QString displayName(Recommendation recommendation)
{
    switch (recommendation) {
    case Recommendation::StrongNo:
        return QCoreApplication::translate("ia::Recommendation", "Strong No");
    case Recommendation::No:
        return QCoreApplication::translate("ia::Recommendation", "No");
    case Recommendation::Yes:
        return QCoreApplication::translate("ia::Recommendation", "Yes");
    case Recommendation::StrongYes:
        return QCoreApplication::translate("ia::Recommendation", "Strong Yes");
    }
    return {};
}

bool isPositive(Recommendation recommendation)
{
    return recommendation == Recommendation::Yes || recommendation == Recommendation::StrongYes;
}

} // namespace ia
