#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <QVariant>

#include <optional>

namespace ia::SqlValues {

// Times are stored as UTC seconds since the epoch; an invalid QDateTime is NULL.
inline QVariant fromTime(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QDateTime toTime(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::UTC);
}

inline QVariant now()
{
    return QDateTime::currentDateTimeUtc().toSecsSinceEpoch();
}

inline QVariant nullableId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QVariant nullableText(const QString& text)
{
    return text.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace ia::SqlValues
