#include "TimeFormat.h"

#include <QCoreApplication>

namespace ia::TimeFormat {

QString clock(qint64 seconds)
{
    const qint64 s = qMax<qint64>(0, seconds);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString minutes(int seconds)
{
    return QCoreApplication::translate("ia::TimeFormat", "%n min", nullptr, (seconds + 59) / 60);
}

} // namespace ia::TimeFormat
