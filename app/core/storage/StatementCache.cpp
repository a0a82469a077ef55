#include "StatementCache.h"

#include "storage/Query.h"

#include <QSqlDatabase>

namespace ia {

StatementCache& StatementCache::instance()
{
    static StatementCache cache;
    return cache;
}

void StatementCache::enroll(const QString& connectionName)
{
    QMutexLocker lock(&m_mutex);
    if (!m_connections.contains(connectionName))
        m_connections.insert(connectionName, {});
}

void StatementCache::forget(const QString& connectionName)
{
    QHash<QString, Entry> statements;
    {
        QMutexLocker lock(&m_mutex);
        statements = m_connections.take(connectionName);
    }
    // Finished and destroyed outside the lock; the caller removes the connection after this.
    for (Entry& e : statements)
        e.query->finish();
}

std::shared_ptr<QSqlQuery> StatementCache::borrow(const QSqlDatabase& db, const QString& sql)
{
    QMutexLocker lock(&m_mutex);
    const auto connection = m_connections.find(db.connectionName());
    if (connection == m_connections.end())
        return nullptr;
    QHash<QString, Entry>& statements = connection.value();
    if (const auto known = statements.find(sql); known != statements.end()) {
        if (known->inUse)
            return nullptr;
        known->inUse = true;
        return known->query;
    }
    if (statements.size() >= maxPerConnection) {
        statements.removeIf([](const QHash<QString, Entry>::iterator it) { return !it->inUse; });
    }
    auto query = std::make_shared<QSqlQuery>(db);
    query->setForwardOnly(Query::forwardOnly(db));
    if (!query->prepare(sql))
        return nullptr; // the caller prepares its own and reports the error
    statements.insert(sql, Entry{query, true});
    return query;
}

void StatementCache::release(const QString& connectionName, const QString& sql, bool keep)
{
    std::shared_ptr<QSqlQuery> dropped; // destroyed outside the lock
    QMutexLocker lock(&m_mutex);
    const auto connection = m_connections.find(connectionName);
    if (connection == m_connections.end())
        return;
    if (const auto known = connection->find(sql); known != connection->end()) {
        if (keep) {
            known->inUse = false;
        } else {
            dropped = known->query;
            connection->erase(known);
        }
    }
}

} // namespace ia
