#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace ia {

// A prepared statement whose every step is checked: a failure throws StorageError with the
// driver's message and the statement, so no error can be silently dropped. Values are always bound,
// never spliced into the SQL text.
class Query
{
public:
    Query(const QSqlDatabase& db, const QString& sql);
    ~Query();
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    Query& bind(const QString& placeholder, const QVariant& value);
    Query& exec();
    bool next();

    QVariant value(int column) const { return m_query->value(column); }
    QVariant value(const QString& column) const { return m_query->value(column); }
    qint64 int64(int column) const { return m_query->value(column).toLongLong(); }
    int integer(int column) const { return m_query->value(column).toInt(); }
    QString text(int column) const { return m_query->value(column).toString(); }
    bool isNull(int column) const { return m_query->isNull(column); }
    QString columnName(int column) const;

    // Runs the statement and returns column 0 of its only row; throws when there is no row.
    QVariant scalar();
    // For "INSERT ... RETURNING id", which SQLite and PostgreSQL both understand.
    qint64 insertReturningId();
    int rowsAffected() const { return m_query->numRowsAffected(); }
    // Done with the rows: lets the statement go (an INSERT ... RETURNING must, before COMMIT).
    void finish() { m_query->finish(); }

    // One statement with nothing bound, e.g. DDL or a pragma.
    static void run(const QSqlDatabase& db, const QString& sql);
    // How a statement on this connection reads its rows (see Query.cpp); the StatementCache
    // prepares its statements the same way.
    static bool forwardOnly(const QSqlDatabase& db);
    // For clean-up paths (ROLLBACK) that must not throw; returns whether it worked.
    static bool tryRun(const QSqlDatabase& db, const QString& sql) noexcept;

private:
    [[noreturn]] void fail(const QString& step) const;

    // Borrowed from the StatementCache when it has the statement, else this Query's own.
    std::shared_ptr<QSqlQuery> m_query;
    QString m_sql;
    QString m_cachedOn;    // the connection it is borrowed for; given back when this goes
    bool m_direct = false; // sent without preparing (see needsDirectExecution)
    QString m_connection;
};

} // namespace ia
