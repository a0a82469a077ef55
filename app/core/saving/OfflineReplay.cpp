#include "OfflineReplay.h"

#include "saving/RecoveryFiles.h"
#include "saving/SavedChange.h"
#include "storage/Database.h"
#include "storage/LeaseRepository.h"
#include "storage/OfflineJournal.h"
#include "storage/StorageError.h"

#include <QJsonObject>
#include <QList>
#include <QSet>

namespace ia {

namespace {

void removeLeftover(OfflineJournal& journal, qint64 seq)
{
    try {
        journal.removeLeftover(seq);
    } catch (const StorageError&) {
        // Replayed again next time: the writes are setters, the same values written twice.
    }
}

} // namespace

OfflineReplay::Outcome OfflineReplay::run(const Database& database, OfflineJournal& journal)
{
    Outcome outcome;
    if (database.isReadOnly())
        return outcome;
    const QList<OfflineJournal::Entry> entries = journal.leftovers(database.path());
    QList<QJsonObject> refused;
    QList<qint64> refusedEntries; // removed once their text is safe in the recovery file
    QSet<std::pair<InterviewId, QString>> leases;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const OfflineJournal::Entry& entry = entries.at(i);
        QList<LocatedProblem> problems;
        const std::optional<SavedChange> change = SavedChange::fromJson(entry.change, &problems);
        QString reason;
        if (!change) {
            // Not a change this app writes: the journal was damaged or edited. Its text is kept.
            const LocatedProblem first = problems.value(0);
            reason = tr("An edit in the offline journal %1 is damaged (%2: %3).")
                         .arg(journal.path(), first.where, first.message);
        } else {
            try {
                change->apply(database);
                ++outcome.saved;
                if (change->interviewId() != 0)
                    leases.insert({change->interviewId(), change->holder()});
            } catch (const StorageError& e) {
                switch (e.kind()) {
                case StorageError::Kind::Unreachable:
                case StorageError::Kind::Busy:
                case StorageError::Kind::DiskFull:
                case StorageError::Kind::ReadOnly:
                    // The server went away again, or cannot take writes for now: the rest waits
                    // for the next time, in order.
                    outcome.waiting = int(entries.size() - i);
                    break;
                default:
                    // Never going to succeed (taken over, erased, not allowed, refused by a rule):
                    // one edit like that must not hold back the rest for ever.
                    reason = e.message();
                    break;
                }
            } catch (const std::exception& e) {
                reason = tr("An edit in the offline journal %1 could not be made (%2).")
                             .arg(journal.path(), QString::fromLocal8Bit(e.what()));
            }
            if (outcome.waiting > 0)
                break;
        }
        if (!reason.isEmpty()) {
            ++outcome.refused;
            if (outcome.reason.isEmpty())
                outcome.reason = reason;
            QJsonObject content = entry.content;
            content.insert(QStringLiteral("refused_because"), reason);
            refused.append(content);
            refusedEntries.append(entry.seq);
            continue;
        }
        removeLeftover(journal, entry.seq);
    }
    if (!refused.isEmpty()) {
        outcome.recoveryFile = RecoveryFiles::write(
            database.path(), {},
            tr("The team server refused these edits, made while it could not be reached: %1")
                .arg(outcome.reason),
            refused, &outcome.recoveryError);
        // Their text leaves the journal only once it is in the file.
        if (!outcome.recoveryFile.isEmpty()) {
            for (const qint64 seq : std::as_const(refusedEntries))
                removeLeftover(journal, seq);
        }
    }
    // The earlier run is gone: its leases would only keep the interviews looking open elsewhere
    // until they expire.
    if (outcome.waiting == 0) {
        for (const auto& [interview, holder] : std::as_const(leases)) {
            try {
                LeaseRepository(database).release(interview, holder);
            } catch (const StorageError&) {
            }
        }
    }
    return outcome;
}

QString OfflineReplay::Outcome::message() const
{
    if (isEmpty())
        return {};
    QStringList parts;
    if (saved > 0)
        parts << tr("What was typed while the team server could not be reached is saved now.");
    if (refused > 0) {
        QString part =
            tr("The server refused some of the edits made while it could not be reached (%1).").arg(reason);
        part += QLatin1Char(' ') +
                (recoveryFile.isEmpty()
                     ? tr("Their text could not be copied to a recovery file (%1).").arg(recoveryError)
                     : tr("Their text is in %1; copy what you need back into the app.").arg(recoveryFile));
        parts << part;
    }
    if (waiting > 0)
        parts << tr("Some edits still wait for the server; they are saved the next time it can be reached.");
    return parts.join(QLatin1Char(' '));
}

} // namespace ia
