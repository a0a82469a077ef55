#include "RowReader.h"

#include "domain/Identity.h"
#include "domain/Rubric.h"
#include "storage/StorageError.h"

#include <QSqlField>
#include <QSqlRecord>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace ia {

namespace {

// Times are stored as UTC seconds; anything before 2000 or after 2200 was not written by the app.
constexpr qint64 earliestTime = 946684800; // 2000-01-01
constexpr qint64 latestTime = 7258118400;  // 2200-01-01
constexpr qint64 longestDuration = 366 * 24 * 3600;

} // namespace

RowReader::RowReader(const Query& query, QString table, QString row)
    : m_query(query)
    , m_table(std::move(table))
    , m_row(std::move(row))
{}

RowReader::RowReader(const Query& query, QString table, int idColumn)
    : m_query(query)
    , m_table(std::move(table))
    , m_row(query.value(idColumn).toString().left(24))
{}

void RowReader::failRow(const QString& what) const
{
    throw StorageError(
        StorageError::Kind::InvalidData,
        tr("The database holds a value this version of Interview Assistant never writes, so it was not "
           "used: table %1, row %2: %3. The file may be damaged or edited by another program; restore it "
           "from a backup.")
            .arg(m_table, m_row, what),
        QStringLiteral("%1 row %2: %3").arg(m_table, m_row, what));
}

void RowReader::fail(int column, const QString& what) const
{
    const QString name = m_query.columnName(column);
    failRow(tr("column %1 has %2").arg(name.isEmpty() ? QString::number(column) : name, what));
}

void RowReader::failUnknown(int column, const QString& value) const
{
    fail(column, tr("the unknown value \"%1\"").arg(value.left(40)));
}

QString RowReader::oneOf(int column, const QStringList& allowed) const
{
    const QString value = text(column);
    if (!allowed.contains(value))
        failUnknown(column, value);
    return value;
}

qint64 RowReader::wholeNumber(int column) const
{
    const QVariant v = m_query.value(column);
    if (v.isNull())
        fail(column, tr("no value"));
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return v.toLongLong();
    case QMetaType::Bool:
        // PostgreSQL's answer to a condition (EXISTS, a comparison), where SQLite gives 0 or 1.
        return v.toBool() ? 1 : 0;
    case QMetaType::Double: {
        // SQLite may hand back an integer column as a real after arithmetic; only whole values pass.
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.0e15)
            return qint64(d);
        break;
    }
    default:
        break;
    }
    fail(column, tr("\"%1\" where a whole number belongs").arg(v.toString().left(40)));
}

qint64 RowReader::integer(int column, qint64 min, qint64 max) const
{
    const qint64 value = wholeNumber(column);
    if (value < min || value > max)
        fail(column, tr("%1, outside %2..%3").arg(value).arg(min).arg(max));
    return value;
}

qint64 RowReader::id(int column) const
{
    return integer(column, 1, std::numeric_limits<qint64>::max());
}

std::optional<qint64> RowReader::optionalId(int column) const
{
    if (m_query.isNull(column))
        return std::nullopt;
    return id(column);
}

int RowReader::count(int column) const
{
    return int(integer(column, 0, std::numeric_limits<int>::max()));
}

int RowReader::seconds(int column) const
{
    return int(integer(column, 0, longestDuration));
}

bool RowReader::flag(int column) const
{
    return integer(column, 0, 1) == 1;
}

double RowReader::number(int column, double min, double max) const
{
    const QVariant v = m_query.value(column);
    if (v.isNull())
        fail(column, tr("no value"));
    bool ok = false;
    const double d = v.toDouble(&ok);
    const bool numeric =
        v.typeId() == QMetaType::Double || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int;
    if (!numeric || !ok || !std::isfinite(d))
        fail(column, tr("\"%1\" where a number belongs").arg(v.toString().left(40)));
    if (d < min || d > max)
        fail(column, tr("%1, outside %2..%3").arg(d).arg(min).arg(max));
    return d;
}

std::optional<double> RowReader::optionalNumber(int column, double min, double max) const
{
    if (m_query.isNull(column))
        return std::nullopt;
    return number(column, min, max);
}

int RowReader::score(int column) const
{
    return int(integer(column, Rubric::minScore, Rubric::maxScore));
}

std::optional<int> RowReader::optionalScore(int column) const
{
    if (m_query.isNull(column))
        return std::nullopt;
    return score(column);
}

QString RowReader::text(int column) const
{
    const QVariant v = m_query.value(column);
    if (v.isNull())
        fail(column, tr("no value"));
    // Integers and reals read as text are harmless (a name "1984"); bytes are not text at all.
    if (v.typeId() == QMetaType::QByteArray)
        fail(column, tr("binary data where text belongs"));
    return v.toString();
}

QString RowReader::uuid(int column) const
{
    const QString value = text(column);
    if (!Identity::isValid(value))
        fail(column, tr("\"%1\" is not a UUID").arg(value.left(40)));
    return value;
}

QDateTime RowReader::time(int column) const
{
    if (m_query.isNull(column))
        return {};
    const qint64 seconds = integer(column, earliestTime, latestTime);
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC);
}

} // namespace ia
