#include "AppMetaRepository.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/SqlDialect.h"
#include "storage/WriteTransaction.h"

namespace ia {

AppMetaRepository::AppMetaRepository(const Database& database)
    : m_database(database)
{}

std::optional<QString> AppMetaRepository::value(const QString& key) const
{
    Query q(m_database.connection(), QStringLiteral("SELECT value FROM app_meta WHERE key = :key"));
    q.bind(QStringLiteral(":key"), key).exec();
    if (!q.next())
        return std::nullopt;
    return q.text(0);
}

std::optional<QString> AppMetaRepository::lockedValue(const QString& key)
{
    const QString lock = m_database.dialect().lockForUpdate();
    if (!lock.isEmpty()) {
        Query make(m_database.connection(),
                   QStringLiteral("INSERT INTO app_meta (key, value) VALUES (:key, '') "
                                  "ON CONFLICT (key) DO NOTHING"));
        make.bind(QStringLiteral(":key"), key).exec();
    }
    Query q(m_database.connection(), QStringLiteral("SELECT value FROM app_meta WHERE key = :key") + lock);
    q.bind(QStringLiteral(":key"), key).exec();
    if (!q.next() || q.text(0).isEmpty())
        return std::nullopt;
    return q.text(0);
}

void AppMetaRepository::setValue(const QString& key, const QString& value)
{
    WriteTransaction tx(m_database);
    Query q(tx.connection(), QStringLiteral("INSERT INTO app_meta (key, value) VALUES (:key, :value) "
                                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value).exec();
    tx.commit();
}

} // namespace ia
