#include "LeaseRepository.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowReader.h"
#include "storage/SqlDialect.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

namespace ia {

LeaseRepository::LeaseRepository(const Database& database)
    : m_database(database)
{}

InterviewLease LeaseRepository::current(InterviewId interview, const QString& holder) const
{
    Query q(m_database.connection(),
            QStringLiteral("SELECT holder, holder_name, acquired_at, heartbeat_at FROM interview_lease "
                           "WHERE interview_id = :id"));
    q.bind(QStringLiteral(":id"), interview).exec();
    InterviewLease lease;
    if (!q.next())
        return lease;
    const RowReader row(q, QStringLiteral("interview_lease"), QString::number(interview));
    lease.ours = row.text(0) == holder;
    lease.holderName = row.text(1);
    lease.acquiredAt = row.time(2);
    lease.heartbeatAt = row.time(3);
    return lease;
}

InterviewLease LeaseRepository::acquire(InterviewId interview, const QString& holder,
                                        const QString& holderName, bool takeOver) const
{
    WriteTransaction tx(m_database);
    const QString now = m_database.dialect().nowSql();
    // On a server, two windows opening the interview at once take turns here, so the second sees
    // the first's lease instead of overwriting it.
    tx.lockRow("interview", interview);
    if (!takeOver) {
        Query held(tx.connection(),
                   QStringLiteral("SELECT count(*) FROM interview_lease WHERE interview_id = "
                                  ":id AND holder <> :holder AND expires_at > %1")
                       .arg(now));
        held.bind(QStringLiteral(":id"), interview).bind(QStringLiteral(":holder"), holder);
        if (held.scalar().toInt() > 0) {
            const InterviewLease other = current(interview, holder);
            tx.commit();
            return other;
        }
    }
    // A new holder starts a new "since"; the same holder renewing keeps it.
    Query take(
        tx.connection(),
        QStringLiteral("INSERT INTO interview_lease (interview_id, holder, holder_name, acquired_at, "
                       "heartbeat_at, expires_at) VALUES (:id, :holder, :name, %1, %1, %1 + :ttl) "
                       "ON CONFLICT (interview_id) DO UPDATE SET holder = excluded.holder, "
                       "holder_name = excluded.holder_name, acquired_at = CASE WHEN "
                       "interview_lease.holder = excluded.holder THEN interview_lease.acquired_at ELSE "
                       "excluded.acquired_at END, heartbeat_at = excluded.heartbeat_at, "
                       "expires_at = excluded.expires_at")
            .arg(now));
    take.bind(QStringLiteral(":id"), interview)
        .bind(QStringLiteral(":holder"), holder)
        .bind(QStringLiteral(":name"), holderName)
        .bind(QStringLiteral(":ttl"), expirySeconds)
        .exec();
    const InterviewLease ours = current(interview, holder);
    tx.commit();
    return ours;
}

bool LeaseRepository::renew(InterviewId interview, const QString& holder) const
{
    WriteTransaction tx(m_database);
    const QString now = m_database.dialect().nowSql();
    Query q(tx.connection(), QStringLiteral("UPDATE interview_lease SET heartbeat_at = %1, expires_at = %1 + "
                                            ":ttl WHERE interview_id = :id AND holder = :holder")
                                 .arg(now));
    q.bind(QStringLiteral(":ttl"), expirySeconds)
        .bind(QStringLiteral(":id"), interview)
        .bind(QStringLiteral(":holder"), holder)
        .exec();
    const bool held = q.rowsAffected() == 1;
    tx.commit();
    return held;
}

void LeaseRepository::release(InterviewId interview, const QString& holder) const
{
    WriteTransaction tx(m_database);
    Query q(tx.connection(),
            QStringLiteral("DELETE FROM interview_lease WHERE interview_id = :id AND holder = :holder"));
    q.bind(QStringLiteral(":id"), interview).bind(QStringLiteral(":holder"), holder).exec();
    tx.commit();
}

void LeaseRepository::requireHeld(InterviewId interview, const QString& holder) const
{
    // Inside the caller's write: on a server a takeover (which locks the interview for update)
    // waits until that write is committed, so nothing is written after the lease changed hands.
    {
        Query lock(m_database.connection(), QStringLiteral("SELECT id FROM interview WHERE id = :id") +
                                                m_database.dialect().lockForShare());
        lock.bind(QStringLiteral(":id"), interview).exec();
    }
    const InterviewLease lease = current(interview, holder);
    // An expired lease nobody took over is still ours. A missing one is not: someone took over and
    // has closed the interview since, and what this window holds may be older than what they wrote.
    if (lease.ours)
        return;
    if (lease.holderName.isEmpty()) {
        Query exists(m_database.connection(),
                     QStringLiteral("SELECT count(*) FROM interview WHERE id = :id"));
        exists.bind(QStringLiteral(":id"), interview);
        if (exists.scalar().toInt() == 0) {
            throw StorageError(StorageError::Kind::Gone,
                               tr("The interview no longer exists; it was erased with its candidate. "
                                  "Nothing more can be saved for it."));
        }
        throw StorageError(StorageError::Kind::LeaseLost,
                           tr("Another window took this interview over meanwhile. This window can only read "
                              "it now; what you typed here is kept."));
    }
    throw StorageError(
        StorageError::Kind::LeaseLost,
        tr("%1 took this interview over at %2. This window can only read it now; what you "
           "typed here is kept.")
            .arg(lease.holderName, lease.acquiredAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
}

} // namespace ia
