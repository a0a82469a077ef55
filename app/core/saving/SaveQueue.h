#pragma once

#include "storage/StorageError.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

namespace ia {

class Database;
class OfflineJournal;

// The one way the app's edits reach the database: the interview screen and the candidates page
// both post here, so an edit is never written by two mechanisms with two copies of the record.
//
// A write has a key naming what it writes ("interview/12/note/345", "candidate/7/email"); a later
// write with the same key replaces an earlier one still waiting. Choices are written at once
// (saveNow), typing within textDelayMs of its first change (saveSoon). What cannot be written yet
// is kept, in order, and retried: the UI thread never waits on another program's lock for longer
// than the short busy timeout, a full disk or an I/O error does not drop anything, and whatever has
// been waiting for more than a moment (anything but a lock) is also copied to a recovery file next
// to the database (0600), deleted again once everything is saved. On a team server, writes that
// cannot reach it go to the offline journal instead, which a later run replays (OfflineReplay).
// Writes that can never succeed (the record was erased, the database is read-only, the viewer may
// not) are dropped and reported; writes refused because another window took the interview over
// are held until taken back.
//
// A write function must be idempotent (a setter, an upsert): after the database was reopened
// under it (another program deleted its WAL) it is simply written again, and whoever holds state
// is told (reattached) so it can write the rest of it again too. A write function must not capture
// anything that may die before it runs; values and the Database only.
class SaveQueue : public QObject
{
    Q_OBJECT
public:
    static constexpr int textDelayMs = 300;
    static constexpr int firstRetryMs = 250;
    static constexpr int longestRetryMs = 4000;

    struct Write
    {
        QString key;
        QJsonObject content; // what is written, in words and values, for the recovery file
        std::function<void()> apply;
        // The same write in values (SavedChange::json()), for the offline journal; empty for a
        // write only this run can make, which waits in the recovery file instead.
        QJsonObject change;
    };

    enum class Outcome
    {
        Saved,   // in the database
        Kept,    // waiting and retried; the caller may show it as done
        Refused, // cannot be written; the caller must not pretend it was
    };

    explicit SaveQueue(const Database& database, QObject* parent = nullptr);
    ~SaveQueue() override; // one last attempt; what is left stays in the journal or recovery file

    // Where writes wait while the team server is away (not owned; outlives the queue), or null.
    void setJournal(OfflineJournal* journal);
    // Everything waiting is in the journal, so a later run saves it.
    bool keptInJournal() const;

    Outcome saveNow(Write write);
    void saveSoon(Write write);
    // Everything waiting, now. True when nothing is left waiting (held writes aside).
    bool flush();

    // Writes whose key starts with prefix: held (kept, not tried), resumed, or dropped for good.
    void hold(const QString& prefix);
    void resume(const QString& prefix);
    void drop(const QString& prefix);
    // For held writes whose owner is going away: dropped, their recovery file left on disk.
    // Writes that only wait (a lock, a full disk) stay; they need nothing of their owner.
    void abandonHeld(const QString& prefix);
    // Emits reattached if the database was reopened since the queue last looked, whoever noticed
    // (a write of the queue's, a heartbeat, a read). Called after every attempt and by owners that
    // write outside the queue.
    void checkReattached();

    bool hasPending(const QString& prefix = {}) const;
    QList<QJsonObject> pendingContent(const QString& prefix = {}) const;
    // The recovery file holding what is waiting, or empty when none was needed (or none could be
    // written: then recoveryError() says why).
    const QString& recoveryFile() const { return m_recoveryFile; }
    const QString& recoveryError() const { return m_recoveryError; }
    // Copies what is waiting to the recovery file now (quitting with unsaved changes); its path, or
    // empty when it could not be written (recoveryError() says why).
    QString keepInRecoveryFile();

signals:
    void written(const QString& key);
    // Everything posted is in the database (once per batch, when the last write is in).
    void allSaved();
    // Writes are waiting (kind Busy: another program's lock; anything else: a real problem).
    void waiting(const QString& message, ia::StorageError::Kind kind);
    void refused(const QString& key, const ia::StorageError& error);
    void reattached();

private:
    struct Pending
    {
        Write write;
        bool held = false;
        // The last attempt's failure: Busy is another program's lock, anything else trouble.
        std::optional<StorageError::Kind> failure;
        QString message;
        bool journaled = false; // its newest values are in the offline journal
    };
    enum class Result
    {
        Saved,
        Retry,
        Dropped,
        Held,
    };

    Result attempt(Pending& pending);
    void reportRefusal(const QString& key, const StorageError& error);
    void put(Write write, bool held = false);
    qsizetype indexOf(const QString& key) const;
    void scheduleRetry(int delayMs);
    void settle();
    void updateRecoveryFile(const QString& reason);
    void removeRecoveryFile();
    // The journal keeps what waits on an unreachable server; false when it could not.
    void journal(Pending& pending);
    void unjournal(const Pending& pending);
    void remove(qsizetype index);
    // Writes whose last attempt met another program's lock or an unreachable server: the others
    // would only wait for the same, so they are not tried one by one on the UI thread.
    bool waitingOnOthers() const;

    const Database& m_database;
    OfflineJournal* m_journal = nullptr;
    QString m_journalError;
    QList<Pending> m_pending;
    QTimer m_timer;
    int m_retryDelayMs = firstRetryMs;
    bool anyFailure(bool busy) const; // a waiting write whose last attempt met a lock (or trouble)
    QString troubleMessage() const;

    int m_seenReattachments = 0;
    bool m_dirty = false; // something was posted since the queue last reported all saved
    QString m_recoveryFile;
    QString m_recoveryError;
};

} // namespace ia
