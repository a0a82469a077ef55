#pragma once

#include <QCoreApplication>
#include <QString>

namespace ia {

class Database;
class OfflineJournal;

// Makes the edits an earlier run left in the offline journal for this database (it was killed, or
// closed while the team server was away), in the order they were made, when the database is open
// again. What the server refuses (the interview was taken over or erased, the candidate erased)
// goes to a recovery file with the reason, and the user is told; what cannot reach the server yet
// stays in the journal for the next time.
class OfflineReplay
{
    Q_DECLARE_TR_FUNCTIONS(ia::OfflineReplay)

public:
    struct Outcome
    {
        int saved = 0;
        int refused = 0;
        int waiting = 0;      // still in the journal: the server went away again
        QString recoveryFile; // the refused edits' text, when there were any
        QString reason;       // why the first refused edit was refused
        QString recoveryError;

        bool isEmpty() const { return saved == 0 && refused == 0 && waiting == 0; }
        // What the user is told, or empty when there was nothing to replay.
        QString message() const;
    };

    static Outcome run(const Database& database, OfflineJournal& journal);
};

} // namespace ia
