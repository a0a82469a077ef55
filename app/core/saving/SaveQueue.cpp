#include "SaveQueue.h"

#include "saving/RecoveryFiles.h"
#include "storage/Database.h"
#include "storage/OfflineJournal.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace ia {

SaveQueue::SaveQueue(const Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_seenReattachments(database.reattachments())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { flush(); });
}

SaveQueue::~SaveQueue()
{
    // Whoever listened may be half gone by now.
    blockSignals(true);
    m_timer.stop();
    for (Pending& p : m_pending)
        p.held = false;
    flush();
    if (!m_pending.isEmpty())
        keepInRecoveryFile();
}

void SaveQueue::setJournal(OfflineJournal* journal)
{
    m_journal = journal;
}

bool SaveQueue::keptInJournal() const
{
    return m_journal && !m_pending.isEmpty() &&
           std::all_of(m_pending.begin(), m_pending.end(), [](const Pending& p) { return p.journaled; });
}

void SaveQueue::journal(Pending& pending)
{
    if (!m_journal || pending.journaled || pending.held || pending.write.change.isEmpty())
        return;
    try {
        m_journal->put(m_database.path(), pending.write.key, pending.write.change, pending.write.content);
        pending.journaled = true;
        m_journalError.clear();
    } catch (const StorageError& e) {
        // The recovery file takes it instead (updateRecoveryFile), and the message says why.
        m_journalError = e.message();
    }
}

void SaveQueue::unjournal(const Pending& pending)
{
    if (!m_journal || !pending.journaled)
        return;
    try {
        m_journal->remove(m_database.path(), pending.write.key);
    } catch (const StorageError&) {
        // Left behind it is replayed once more by a later run: the writes are setters, so that
        // writes the same values again.
    }
}

void SaveQueue::remove(qsizetype index)
{
    unjournal(m_pending.at(index));
    m_pending.removeAt(index);
}

bool SaveQueue::waitingOnOthers() const
{
    for (const Pending& p : m_pending) {
        if (!p.held &&
            (p.failure == StorageError::Kind::Busy || p.failure == StorageError::Kind::Unreachable))
            return true;
    }
    return false;
}

QString SaveQueue::keepInRecoveryFile()
{
    if (m_pending.isEmpty())
        return {};
    for (Pending& p : m_pending)
        journal(p);
    const QString reason = troubleMessage();
    updateRecoveryFile(reason.isEmpty() ? tr("The app was closed before these changes were saved.") : reason);
    return m_recoveryFile;
}

qsizetype SaveQueue::indexOf(const QString& key) const
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).write.key == key)
            return i;
    }
    return -1;
}

void SaveQueue::put(Write write, bool held)
{
    m_dirty = true;
    // Replaced in place: the order of first change is kept, the value is the newest.
    const qsizetype at = indexOf(write.key);
    qsizetype index = at;
    if (at >= 0) {
        // A journaled write keeps its journal row current whatever happens next: a row left with
        // older values would be made by a later run over what this one saved.
        const bool wasJournaled = m_pending.at(at).journaled;
        m_pending[at].write = std::move(write);
        m_pending[at].held = m_pending.at(at).held || held;
        m_pending[at].journaled = false;
        if (wasJournaled) {
            journal(m_pending[at]);
            if (!m_pending.at(at).journaled) {
                Pending stale = m_pending.at(at);
                stale.journaled = true;
                unjournal(stale);
            }
        }
    } else {
        m_pending.append(Pending{std::move(write), held, std::nullopt, QString()});
        index = m_pending.size() - 1;
    }
    // While the server is away every keystroke goes to the journal at once, not at the next retry
    // seconds later: the app may be killed before it.
    if (m_journal && anyFailure(false))
        journal(m_pending[index]);
}

bool SaveQueue::anyFailure(bool busy) const
{
    for (const Pending& p : m_pending) {
        if (!p.held && p.failure && ((*p.failure == StorageError::Kind::Busy) == busy))
            return true;
    }
    return false;
}

QString SaveQueue::troubleMessage() const
{
    for (const Pending& p : m_pending) {
        if (p.failure && *p.failure != StorageError::Kind::Busy)
            return p.message;
    }
    return {};
}

void SaveQueue::checkReattached()
{
    const int now = m_database.reattachments();
    if (now == m_seenReattachments)
        return;
    m_seenReattachments = now;
    // Later, not from inside a write: whoever reacts writes again through this queue.
    QMetaObject::invokeMethod(this, &SaveQueue::reattached, Qt::QueuedConnection);
}

SaveQueue::Result SaveQueue::attempt(Pending& pending)
{
    Result result = Result::Saved;
    try {
        pending.write.apply();
        pending.failure.reset();
        pending.message.clear();
    } catch (const StorageError& e) {
        pending.failure = e.kind();
        pending.message = e.message();
        switch (e.kind()) {
        case StorageError::Kind::Gone:
        case StorageError::Kind::Denied:
            reportRefusal(pending.write.key, e);
            result = Result::Dropped;
            break;
        case StorageError::Kind::LeaseLost:
            // Held writes wait in the recovery file: a later run could only be refused them too.
            unjournal(pending);
            pending.journaled = false;
            pending.held = true;
            reportRefusal(pending.write.key, e);
            result = Result::Held;
            break;
        default:
            // Another program's lock, a full disk, an I/O error, a file that became read-only,
            // files replaced under the connection (Detached: the next attempt reopens them), a
            // damaged file: kept, and tried again.
            result = Result::Retry;
            break;
        }
    }
    checkReattached();
    return result;
}

void SaveQueue::reportRefusal(const QString& key, const StorageError& error)
{
    // Later, not from inside the queue's own loop: a listener may close the interview (and drop its
    // writes) in response.
    QMetaObject::invokeMethod(
        this, [this, key, error] { emit refused(key, error); }, Qt::QueuedConnection);
}

SaveQueue::Outcome SaveQueue::saveNow(Write write)
{
    // Another program holds the lock and writes are already waiting for it: join them rather than
    // wait for the lock once more on the UI thread.
    if (waitingOnOthers() && m_timer.isActive()) {
        put(std::move(write));
        settle();
        return Outcome::Kept;
    }
    // Anything typed before this choice goes first, so the order in the file is the order of events.
    flush();
    const QString key = write.key;
    put(std::move(write));
    if (waitingOnOthers()) {
        settle();
        return Outcome::Kept;
    }
    const qsizetype at = indexOf(key);
    if (m_pending.at(at).held) {
        settle();
        return Outcome::Refused;
    }
    const Result result = attempt(m_pending[at]);
    const qsizetype after = indexOf(key);
    switch (result) {
    case Result::Saved:
        remove(after);
        emit written(key);
        settle();
        return Outcome::Saved;
    case Result::Dropped:
        remove(after);
        settle();
        return Outcome::Refused;
    case Result::Held:
        settle();
        return Outcome::Refused;
    case Result::Retry:
        settle();
        return Outcome::Kept;
    }
    return Outcome::Kept;
}

void SaveQueue::saveSoon(Write write)
{
    put(std::move(write));
    // Not restarted by later keystrokes: text reaches the database at most textDelayMs after the
    // first change, however fast someone types. A retry already scheduled stays as it is.
    if (!m_timer.isActive())
        m_timer.start(textDelayMs);
}

bool SaveQueue::flush()
{
    m_timer.stop();
    for (qsizetype i = 0; i < m_pending.size();) {
        if (m_pending.at(i).held) {
            ++i;
            continue;
        }
        const QString key = m_pending.at(i).write.key;
        const Result result = attempt(m_pending[i]);
        const qsizetype at = indexOf(key);
        if (result == Result::Saved || result == Result::Dropped) {
            if (at >= 0)
                remove(at);
            if (result == Result::Saved)
                emit written(key);
            continue;
        }
        if (result == Result::Retry && at >= 0 &&
            (m_pending.at(at).failure == StorageError::Kind::Busy ||
             m_pending.at(at).failure == StorageError::Kind::Unreachable))
            break; // the rest would only wait for the same lock or server
        ++i;
    }
    settle();
    for (const Pending& p : std::as_const(m_pending)) {
        if (!p.held)
            return false;
    }
    return true;
}

void SaveQueue::settle()
{
    bool unsaved = false;
    bool anyHeld = false;
    for (const Pending& p : std::as_const(m_pending)) {
        unsaved = unsaved || !p.held;
        anyHeld = anyHeld || p.held;
    }
    if (!unsaved && !anyHeld) {
        m_retryDelayMs = firstRetryMs;
        removeRecoveryFile();
        // Said once per batch of edits, when the last of them is in, not at every idle flush.
        if (m_dirty) {
            m_dirty = false;
            emit allSaved();
        }
        return;
    }
    // Decided from every waiting write, not from the last attempt: one that met a full disk stays
    // a problem even when the write after it went through.
    const bool busy = anyFailure(true);
    const bool troubled = anyFailure(false);
    if (troubled) {
        for (Pending& p : m_pending)
            journal(p);
    }
    if (anyHeld || troubled)
        updateRecoveryFile(troubleMessage());
    if (!unsaved)
        return;
    if (!busy && !troubled)
        return; // typing, on its way within textDelayMs
    QString message;
    if (troubled) {
        message = troubleMessage();
        if (keptInJournal()) {
            message +=
                QLatin1Char(' ') + tr("Your changes are kept on this computer and saved when the server "
                                      "is back, even if the app is closed meanwhile.");
        } else if (!m_recoveryFile.isEmpty()) {
            message += QLatin1Char(' ') +
                       tr("Your changes are kept, tried again, and copied to %1.").arg(m_recoveryFile);
        } else if (!m_recoveryError.isEmpty()) {
            message += QLatin1Char(' ') + tr("Your changes are kept and tried again, but no recovery copy "
                                             "could be written (%1): copy any text you need elsewhere.")
                                              .arg(m_recoveryError);
        }
    } else {
        message = tr("Another program is writing to the database. Your changes are kept and saved as "
                     "soon as it is done.");
    }
    emit waiting(message, troubled ? StorageError::Kind::Failed : StorageError::Kind::Busy);
    scheduleRetry(m_retryDelayMs);
    m_retryDelayMs = qMin(m_retryDelayMs * 2, longestRetryMs);
}

void SaveQueue::scheduleRetry(int delayMs)
{
    if (!m_timer.isActive() || m_timer.remainingTime() > delayMs)
        m_timer.start(delayMs);
}

void SaveQueue::hold(const QString& prefix)
{
    for (Pending& p : m_pending) {
        if (p.write.key.startsWith(prefix)) {
            unjournal(p);
            p.journaled = false;
            p.held = true;
        }
    }
    settle();
}

void SaveQueue::resume(const QString& prefix)
{
    for (Pending& p : m_pending) {
        if (p.write.key.startsWith(prefix))
            p.held = false;
    }
    flush();
}

void SaveQueue::drop(const QString& prefix)
{
    for (qsizetype i = m_pending.size() - 1; i >= 0; --i) {
        if (m_pending.at(i).write.key.startsWith(prefix))
            remove(i);
    }
    settle();
}

void SaveQueue::abandonHeld(const QString& prefix)
{
    const auto heldHere = [&](const Pending& p) {
        return p.held && p.write.key.startsWith(prefix);
    };
    if (std::none_of(m_pending.begin(), m_pending.end(), heldHere))
        return;
    updateRecoveryFile(troubleMessage());
    // The file is theirs now: writes that remain start a file of their own.
    m_recoveryFile.clear();
    for (qsizetype i = m_pending.size() - 1; i >= 0; --i) {
        if (heldHere(m_pending.at(i)))
            remove(i);
    }
    if (!m_pending.isEmpty())
        updateRecoveryFile(troubleMessage());
    settle();
}

bool SaveQueue::hasPending(const QString& prefix) const
{
    for (const Pending& p : m_pending) {
        if (p.write.key.startsWith(prefix))
            return true;
    }
    return false;
}

QList<QJsonObject> SaveQueue::pendingContent(const QString& prefix) const
{
    QList<QJsonObject> result;
    for (const Pending& p : m_pending) {
        if (p.write.key.startsWith(prefix))
            result.append(p.write.content);
    }
    return result;
}

void SaveQueue::updateRecoveryFile(const QString& reason)
{
    // What the journal holds is saved by a later run; the file is for the rest.
    QList<QJsonObject> content;
    for (const Pending& p : std::as_const(m_pending)) {
        if (!p.journaled)
            content.append(p.write.content);
    }
    if (content.isEmpty()) {
        removeRecoveryFile();
        return;
    }
    m_recoveryError.clear();
    QString why = reason;
    if (!m_journalError.isEmpty())
        why += QLatin1Char(' ') + m_journalError;
    m_recoveryFile = RecoveryFiles::write(m_database.path(), m_recoveryFile, why, content, &m_recoveryError);
}

void SaveQueue::removeRecoveryFile()
{
    if (m_recoveryFile.isEmpty())
        return;
    QFile::remove(m_recoveryFile);
    m_recoveryFile.clear();
    m_recoveryError.clear();
}

} // namespace ia
