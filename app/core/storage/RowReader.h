#pragma once

#include "storage/Query.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace ia {

// Reads the current row of a query into domain values, refusing anything the app never writes: a
// score outside 1..4, an unknown status key, a negative duration, text where a number belongs. A
// file edited by hand or damaged in a way SQLite's own check does not see (CHECK constraints are
// not evaluated on read) becomes a StorageError of kind InvalidData that names the table, the row
// and the column, never a crash or a silently wrong value.
class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(ia::RowReader)

public:
    // table and row name the record in messages: ("scorecard_entry", "17").
    RowReader(const Query& query, QString table, QString row);
    // The row named by the value of an id column.
    RowReader(const Query& query, QString table, int idColumn);

    const QString& table() const { return m_table; }
    const QString& row() const { return m_row; }

    qint64 id(int column) const;                        // a row id: an integer ≥ 1
    std::optional<qint64> optionalId(int column) const; // NULL or an id
    qint64 integer(int column, qint64 min, qint64 max) const;
    int count(int column) const;                             // 0 .. INT_MAX
    int seconds(int column) const;                           // a duration: 0 .. a year
    bool flag(int column) const;                             // 0 or 1
    double number(int column, double min, double max) const; // finite
    std::optional<double> optionalNumber(int column, double min, double max) const;
    int score(int column) const;                        // 1..4
    std::optional<int> optionalScore(int column) const; // NULL or 1..4
    QString text(int column) const;                     // text, never NULL or bytes
    QString oneOf(int column, const QStringList& allowed) const;
    QString uuid(int column) const;   // canonical, lower-case, 36 characters
    QDateTime time(int column) const; // NULL → invalid; else plausible epoch seconds
    // A short text key such as "submitted", parsed by the domain's fromKey function.
    template <typename T, typename Parse>
    T key(int column, Parse parse) const
    {
        const QString k = text(column);
        if (const std::optional<T> value = parse(k))
            return *value;
        failUnknown(column, k);
    }
    template <typename T, typename Parse>
    std::optional<T> optionalKey(int column, Parse parse) const
    {
        if (m_query.isNull(column))
            return std::nullopt;
        return key<T>(column, parse);
    }

    // For checks across columns: "status says scored but there is no score".
    [[noreturn]] void fail(int column, const QString& what) const;
    [[noreturn]] void failRow(const QString& what) const;
    [[noreturn]] void failUnknown(int column, const QString& value) const;

private:
    qint64 wholeNumber(int column) const;

    const Query& m_query;
    QString m_table;
    QString m_row;
};

} // namespace ia
