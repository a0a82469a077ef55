#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace ia {

class Database;

// Moves a database file onto a team server that holds no candidates, interviews or interviewers
// yet (just set up), whole: drafts, private notes, statuses, history, tombstones and the question
// bank as the file has it, every row with its id and UUID, in one transaction on the server as its
// owner. The caches and the search index are rebuilt by the server's own triggers as the rows go
// in. A server that already holds a team's records is refused: colleagues' scorecards join one
// through bundles, which match and merge. Throws StorageError.
class ServerImport
{
    Q_DECLARE_TR_FUNCTIONS(ia::ServerImport)

public:
    struct Table
    {
        QString name;
        qint64 rows = 0;
    };
    struct Report
    {
        QList<Table> tables;     // in the order they were copied
        qint64 replacedBank = 0; // questions of the server's own bank, replaced by the file's

        qint64 rowsOf(const QString& table) const;
    };

    // progress(done, total) in rows; answering false stops, and nothing is written.
    static Report run(const Database& file, const Database& server,
                      const std::function<bool(qint64 done, qint64 total)>& progress = {});
};

} // namespace ia
