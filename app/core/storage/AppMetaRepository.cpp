#include "AppMetaRepository.h"

#include "storage/Database.h"
#include "storage/Query.h"
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

void AppMetaRepository::setValue(const QString& key, const QString& value)
{
    WriteTransaction tx(m_database);
    Query q(tx.connection(), QStringLiteral("INSERT INTO app_meta (key, value) VALUES (:key, :value) "
                                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value).exec();
    tx.commit();
}

} // namespace ia
