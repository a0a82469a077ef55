#include "WriteTransaction.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/SqlDialect.h"

namespace ia {

WriteTransaction::WriteTransaction(const Database& database)
    : m_database(database)
{
    m_database.requireWritable();
    m_db = m_database.writeConnection();
    m_name = m_db.connectionName();
    m_outermost = m_database.adjustWriteDepth(m_name, +1) == 1;
    if (!m_outermost)
        return;
    try {
        Query::run(m_db, m_database.dialect().beginWriteStatement());
    } catch (...) {
        m_database.adjustWriteDepth(m_name, -1);
        throw;
    }
}

WriteTransaction::~WriteTransaction()
{
    if (m_done)
        return;
    m_database.adjustWriteDepth(m_name, -1);
    if (m_outermost)
        Query::tryRun(m_db, QStringLiteral("ROLLBACK"));
}

void WriteTransaction::lockRow(const char* table, qint64 id) const
{
    const QString lock = m_database.dialect().lockForUpdate();
    if (lock.isEmpty())
        return;
    Query q(m_db, QStringLiteral("SELECT id FROM %1 WHERE id = :id").arg(QLatin1String(table)) + lock);
    q.bind(QStringLiteral(":id"), id).exec();
}

void WriteTransaction::commit()
{
    if (m_done)
        return;
    m_done = true;
    m_database.adjustWriteDepth(m_name, -1);
    if (!m_outermost)
        return;
    try {
        Query::run(m_db, QStringLiteral("COMMIT"));
    } catch (...) {
        Query::tryRun(m_db, QStringLiteral("ROLLBACK"));
        throw;
    }
    // A commit into a WAL that another program has deleted reports success and saves nothing.
    m_database.verifyAttached(m_db);
}

} // namespace ia
