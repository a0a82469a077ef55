#include "Calibration.h"

#include "analysis/Csv.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace ia {

Leaning leaningOf(const CalibrationRow& row, const CalibrationPolicy& policy)
{
    if (!row.deviation || row.comparisons < policy.minComparisons)
        return Leaning::NotEnoughData;
    if (*row.deviation >= policy.threshold)
        return Leaning::Lenient;
    if (*row.deviation <= -policy.threshold)
        return Leaning::Harsh;
    return Leaning::Balanced;
}

QString toKey(Leaning leaning)
{
    switch (leaning) {
    case Leaning::NotEnoughData:
        return QStringLiteral("not_enough_data");
    case Leaning::Balanced:
        return QStringLiteral("balanced");
    case Leaning::Lenient:
        return QStringLiteral("lenient");
    case Leaning::Harsh:
        return QStringLiteral("harsh");
    }
    return {};
}

QString displayName(Leaning leaning)
{
    switch (leaning) {
    case Leaning::NotEnoughData:
        return QCoreApplication::translate("ia::Leaning", "Not enough data");
    case Leaning::Balanced:
        return QCoreApplication::translate("ia::Leaning", "In line with the panel");
    case Leaning::Lenient:
        return QCoreApplication::translate("ia::Leaning", "Lenient");
    case Leaning::Harsh:
        return QCoreApplication::translate("ia::Leaning", "Harsh");
    }
    return {};
}

QString calibrationCsv(const QList<CalibrationRow>& rows, const CalibrationPolicy& policy)
{
    QStringList lines{
        QStringLiteral("interviewer,scorecards,scores,mean,spread,deviation,comparisons,leaning")};
    for (const CalibrationRow& r : rows) {
        lines << QStringList{Csv::field(r.name),
                             QString::number(r.scorecards),
                             QString::number(r.scores),
                             Csv::number(r.mean),
                             Csv::number(r.spread),
                             Csv::number(r.deviation),
                             QString::number(r.comparisons),
                             toKey(leaningOf(r, policy))}
                     .join(QLatin1Char(','));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QString calibrationJson(const QList<CalibrationRow>& rows, const CalibrationPolicy& policy)
{
    const auto value = [](std::optional<double> v) {
        return v ? QJsonValue(*v) : QJsonValue();
    };
    QJsonArray array;
    for (const CalibrationRow& r : rows) {
        array.append(QJsonObject{{QStringLiteral("interviewer"), r.name},
                                 {QStringLiteral("scorecards"), r.scorecards},
                                 {QStringLiteral("scores"), r.scores},
                                 {QStringLiteral("mean"), value(r.mean)},
                                 {QStringLiteral("spread"), value(r.spread)},
                                 {QStringLiteral("deviation"), value(r.deviation)},
                                 {QStringLiteral("comparisons"), r.comparisons},
                                 {QStringLiteral("leaning"), toKey(leaningOf(r, policy))}});
    }
    const QJsonObject root{{QStringLiteral("threshold"), policy.threshold},
                           {QStringLiteral("min_comparisons"), policy.minComparisons},
                           {QStringLiteral("interviewers"), array}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace ia
