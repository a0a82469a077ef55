#include "ServerChanges.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"

#include <QSqlDriver>

namespace ia {

const QString ServerChanges::channel = QStringLiteral("interview_assistant");

ServerChanges::ServerChanges(const Database& database, QObject* parent)
    : QObject(parent)
{
    if (!database.isServer())
        return;
    m_database = &database;
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ServerChanges::listenAgain);
    listen();
}

bool ServerChanges::listen()
{
    m_driver = m_database->connection().driver();
    if (!m_driver || !m_driver->hasFeature(QSqlDriver::EventNotifications))
        return false;
    m_listening = m_driver->subscribeToNotification(channel);
    if (!m_listening)
        return false;
    connect(m_driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                received(name, payload);
            });
    // The driver goes with its connection, which the database closes once the server is lost
    // (and opens afresh at the next use); a LISTEN does not outlive it.
    connect(m_driver, &QObject::destroyed, this, [this] {
        m_retryMs = firstRetryMs;
        m_retry.start(0);
    });
    return true;
}

void ServerChanges::listenAgain()
{
    bool back = false;
    try {
        back = listen();
    } catch (const StorageError&) {
        // Still away: later, less often.
    }
    if (!back) {
        m_retry.start(m_retryMs);
        m_retryMs = qMin(m_retryMs * 2, longestRetryMs);
        return;
    }
    emit resumed();
}

ServerChanges::~ServerChanges()
{
    if (m_listening && m_driver && m_driver->isOpen())
        m_driver->unsubscribeFromNotification(channel);
}

void ServerChanges::received(const QString& name, const QVariant& payload)
{
    if (name != channel)
        return;
    const QString text = payload.toString();
    if (text == QLatin1String("candidates")) {
        emit candidatesChanged();
        return;
    }
    // "panel <id>"; anything else is not ours to trust.
    if (text.startsWith(QLatin1String("panel "))) {
        bool ok = false;
        const qint64 id = text.mid(6).toLongLong(&ok);
        if (ok && id > 0)
            emit panelChanged(id);
    }
}

void ServerChanges::install(const QSqlDatabase& db)
{
    // At commit, once per candidate and transaction (PostgreSQL folds identical notifications):
    // a submit, a reopen, a new or removed interview. A draft's typing (its scores, notes, its
    // recommendation, the interview's updated_at) is nobody else's to know of and sends nothing.
    Query::run(db,
               QStringLiteral("CREATE OR REPLACE FUNCTION ia_notify_panel() RETURNS trigger LANGUAGE plpgsql "
                              "AS $body$ BEGIN IF TG_OP = 'DELETE' THEN PERFORM pg_notify('%1', 'panel ' || "
                              "OLD.candidate_id); ELSIF TG_OP = 'INSERT' OR NEW.state = 'submitted' OR "
                              "OLD.state = 'submitted' THEN PERFORM pg_notify('%1', 'panel ' || "
                              "NEW.candidate_id); END IF; RETURN NULL; END $body$")
                   .arg(channel));
    Query::run(db, QStringLiteral("DROP TRIGGER IF EXISTS ia_notify_panel ON interview"));
    Query::run(db, QStringLiteral("CREATE TRIGGER ia_notify_panel AFTER INSERT OR DELETE OR UPDATE OF state, "
                                  "recommendation, candidate_id, interviewer_id ON interview FOR EACH ROW "
                                  "EXECUTE FUNCTION ia_notify_panel()"));
    Query::run(db,
               QStringLiteral("CREATE OR REPLACE FUNCTION ia_notify_candidates() RETURNS trigger LANGUAGE "
                              "plpgsql AS $body$ BEGIN PERFORM pg_notify('%1', 'candidates'); RETURN NULL; "
                              "END $body$")
                   .arg(channel));
    Query::run(db, QStringLiteral("DROP TRIGGER IF EXISTS ia_notify_candidates ON candidate"));
    Query::run(db, QStringLiteral("CREATE TRIGGER ia_notify_candidates AFTER INSERT OR DELETE OR UPDATE ON "
                                  "candidate FOR EACH STATEMENT EXECUTE FUNCTION ia_notify_candidates()"));
}

} // namespace ia
