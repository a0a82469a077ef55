#pragma once

#include "storage/Migration.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace ia {

class SqlDialect;

// An open, checked and up-to-date database. Opening refuses a file that is not ours, is damaged
// or comes from a newer app version, without writing to it; otherwise it applies the safety settings
// and migrates (after a backup). Each thread gets its own named connection.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(ia::Database)

public:
    struct Options
    {
        // The schema history; tests add steps. Empty means Schema::migrations().
        QList<Migration> migrations;
        int busyTimeoutMs = 5000;
    };

    // Throws StorageError.
    explicit Database(const QString& path);
    Database(const QString& path, Options options);
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    const SqlDialect& dialect() const { return *m_dialect; }
    int schemaVersion() const { return m_schemaVersion; }
    bool wasCreated() const { return m_created; }              // the file did not exist before
    const QString& backupPath() const { return m_backupPath; } // taken by an upgrade while opening

    // The calling thread's connection, opened and configured on first use.
    QSqlDatabase connection() const;
    // Closes the calling thread's connection; call before a worker thread ends.
    void releaseThreadConnection() const;

    // Wipes leftovers of deleted rows from side files (see SqlDialect::purgeDeletedData).
    void purgeDeletedData() const;

    // Erasing for good: the transaction that deletes the rows also calls markWipePending; then
    // wipeErasedData purges the side files and deletes the upgrade backups, which hold the rows
    // too. Should the wipe fail (another program reading, a backup that cannot be deleted), the
    // mark stays and every later opening of the database tries again. Throws StorageError.
    void markWipePending() const;
    void wipeErasedData() const;

    QString engineVersion() const;

    // Copies taken before upgrades (next to the database, named "<file>.backup-v<N>-<time>").
    QStringList backupFiles() const;

private:
    friend class WriteTransaction;
    bool wipeIsPending() const;
    // Nesting depth of write transactions on a connection; returns the new depth.
    int adjustWriteDepth(const QString& connectionName, int delta) const;

    struct Probe
    {
        QString quickCheck;
        int schemaVersion = 0;
        bool hasTables = false;
        QString minAppVersion;
    };
    Probe probe() const;
    void checkExistingFile() const;
    QSqlDatabase openConnection(const QString& name, bool readOnly) const;
    QString connectionNameForThisThread() const;

    QString m_path;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_instanceTag;
    bool m_created = false;
    int m_schemaVersion = 0;
    QString m_backupPath;

    mutable QMutex m_mutex;
    mutable QList<QString> m_connectionNames;
    mutable QHash<QString, int> m_writeDepth;
};

} // namespace ia
