#pragma once

#include <QHash>
#include <QMutex>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace ia {

// Prepared statements kept per connection, so a statement run again (a score key, each row of an
// import) skips SQLite's parse and code generation, which costs more than running it. Only
// connections a Database enrolls are cached, and it forgets them before removing the connection
// (Qt warns about, and breaks, queries that outlive their connection). A statement already in use
// (the same SQL nested inside its own loop) is prepared afresh instead of shared.
class StatementCache
{
public:
    static StatementCache& instance();

    void enroll(const QString& connectionName);
    void forget(const QString& connectionName);

    // A prepared statement for sql on db, marked in use; null when db is not enrolled or the
    // statement is busy. Give it back with release(), which drops it unless keep.
    std::shared_ptr<QSqlQuery> borrow(const QSqlDatabase& db, const QString& sql);
    void release(const QString& connectionName, const QString& sql, bool keep = true);

private:
    struct Entry
    {
        std::shared_ptr<QSqlQuery> query;
        bool inUse = false;
    };
    // Generated statements (a multi-row insert per row count) must not grow it without bound.
    static constexpr int maxPerConnection = 256;

    QMutex m_mutex;
    QHash<QString, QHash<QString, Entry>> m_connections;
};

} // namespace ia
