#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ia {

class Database;

// A write transaction on the calling thread's connection. It begins with the dialect's
// write-locking statement (BEGIN IMMEDIATE for SQLite), so a concurrent writer waits for the lock
// instead of failing at COMMIT. Nested instances join the outermost one, which alone commits; a
// transaction that is destroyed uncommitted (an exception passed through) rolls back. It refuses to
// start on a read-only database, and checks before it begins and after it commits that it writes to
// the file at the database's path (throwing Detached when a commit went astray).
class WriteTransaction
{
public:
    explicit WriteTransaction(const Database& database); // throws StorageError
    ~WriteTransaction();

    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    const QSqlDatabase& connection() const { return m_db; }
    // For a write that first reads what it changes: holds `table`'s row `id` until the end of the
    // transaction, so a second writer on a server waits and then reads what this one left. Nothing
    // to do on SQLite, whose BEGIN IMMEDIATE already keeps other writers out. `table` is the
    // code's own name, never the user's.
    void lockRow(const char* table, qint64 id) const;
    void commit(); // throws StorageError; the transaction is rolled back if COMMIT fails

private:
    const Database& m_database;
    QSqlDatabase m_db;
    QString m_name;
    bool m_outermost = false;
    bool m_done = false;
};

} // namespace ia
