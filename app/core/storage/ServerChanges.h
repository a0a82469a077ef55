#pragma once

#include "domain/Ids.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>

namespace ia {

class Database;

// What colleagues change on a team server, as it happens: the server's triggers NOTIFY at commit
// (install(), with the access rules after every migration), and Qt's PostgreSQL driver delivers the
// notifications on this thread's connection (QSqlDriver::subscribeToNotification), without polling.
// The payloads carry a candidate's id at most, which every login may read anyway.
class ServerChanges : public QObject
{
    Q_OBJECT

public:
    static const QString channel;

    // Listens on the calling thread's connection to the database; a file has no colleagues, and
    // nothing is listened to.
    explicit ServerChanges(const Database& database, QObject* parent = nullptr);
    ~ServerChanges() override;

    bool isListening() const { return m_listening; }

    // The triggers that notify (server only; inside the caller's transaction).
    static void install(const QSqlDatabase& db);

signals:
    // An interview of the candidate was added, removed, submitted, reopened or given a verdict.
    void panelChanged(CandidateId candidate);
    // A candidate was added, edited or erased.
    void candidatesChanged();

private:
    void received(const QString& name, const QVariant& payload);

    // Not the connection itself: a copy held here would keep the database from closing it. The
    // driver goes with the connection, and the pointer with it.
    QPointer<QSqlDriver> m_driver;
    bool m_listening = false;
};

} // namespace ia
