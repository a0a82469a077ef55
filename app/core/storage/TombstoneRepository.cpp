#include "TombstoneRepository.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowReader.h"
#include "storage/SqlValues.h"
#include "storage/WriteTransaction.h"

namespace ia {

TombstoneRepository::TombstoneRepository(const Database& database)
    : m_database(database)
{}

QList<Tombstone> TombstoneRepository::all() const
{
    Query q(m_database.connection(),
            QStringLiteral("SELECT uuid, kind, erased_at FROM tombstone ORDER BY erased_at, uuid"));
    q.exec();
    QList<Tombstone> result;
    while (q.next()) {
        const RowReader row(q, QStringLiteral("tombstone"), q.text(0).left(40));
        result.append(Tombstone{row.uuid(0),
                                row.oneOf(1, {QStringLiteral("candidate"), QStringLiteral("interview")}),
                                row.time(2)});
    }
    return result;
}

QSet<QString> TombstoneRepository::uuids() const
{
    QSet<QString> result;
    for (const Tombstone& t : all())
        result.insert(t.uuid);
    return result;
}

void TombstoneRepository::add(const QList<Tombstone>& tombstones)
{
    WriteTransaction tx(m_database);
    Query q(tx.connection(),
            QStringLiteral("INSERT INTO tombstone (uuid, kind, erased_at) VALUES (:uuid, :kind, :at) "
                           "ON CONFLICT (uuid) DO NOTHING"));
    for (const Tombstone& t : tombstones) {
        q.bind(QStringLiteral(":uuid"), t.uuid)
            .bind(QStringLiteral(":kind"), t.kind)
            .bind(QStringLiteral(":at"),
                  t.erasedAt.isValid() ? SqlValues::fromTime(t.erasedAt) : SqlValues::now())
            .exec();
    }
    tx.commit();
}

} // namespace ia
