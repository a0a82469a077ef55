#pragma once

#include "domain/Ids.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

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

    static constexpr int firstRetryMs = 1000;
    static constexpr int longestRetryMs = 30000;

    // The triggers that notify (server only; inside the caller's transaction).
    static void install(const QSqlDatabase& db);

signals:
    // An interview of the candidate was added, removed, submitted, reopened or given a verdict.
    void panelChanged(CandidateId candidate);
    // A candidate was added, edited or erased.
    void candidatesChanged();
    // Listening again after the server was lost: what colleagues did meanwhile was not heard, so
    // whatever shows the desk reads it afresh.
    void resumed();

private:
    void received(const QString& name, const QVariant& payload);
    // Subscribes on the current connection; when it is gone (the server was lost and the
    // connection closed), tries again with a growing pause until the server is back.
    bool listen();
    void listenAgain();

    // Not the connection itself: a copy held here would keep the database from closing it. The
    // driver goes with the connection, and the pointer with it.
    QPointer<QSqlDriver> m_driver;
    const Database* m_database = nullptr;
    bool m_listening = false;
    QTimer m_retry;
    int m_retryMs = firstRetryMs;
};

} // namespace ia
