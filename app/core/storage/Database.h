#pragma once

#include "domain/Viewer.h"
#include "storage/Migration.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace ia {

class ServerAddress;
class SqliteDialect;
class SqlDialect;
class StorageError;

// An open, checked and up-to-date database. Opening refuses a file that is not ours, is damaged
// or comes from a newer app version, without writing to it or creating anything beside it;
// otherwise it applies the safety settings and migrates (after a backup). A file that cannot be
// written (permissions, a read-only folder or disk) opens for reading only. Each thread gets its
// own named connection.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(ia::Database)

public:
    struct Options
    {
        // The schema history; tests add steps. Empty means Schema::migrations().
        QList<Migration> migrations;
        // How long a write waits for another program's write lock before failing with Busy. The
        // app keeps it short and queues the write instead of freezing; the CLI can afford to wait.
        int busyTimeoutMs = 5000;
        // Only the commands that make a database (init, demo, the app itself) may create a missing
        // file or fill an empty one; every other command refuses both.
        bool mayCreate = true;
        // A server whose schema is older is upgraded only when asked (interview-cli server
        // upgrade): the whole team must move to the new version, and the server be backed up first.
        bool mayUpgradeServer = false;
        // For a server whose URL carries none (from the keyring, say).
        QString serverPassword{};
    };

    // `location` is a file path, or a team server's URL (postgresql://...). Throws StorageError.
    explicit Database(const QString& location);
    Database(const QString& location, Options options);
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The file's absolute path, or the server's URL without its password.
    const QString& path() const { return m_path; }
    bool isServer() const { return m_server != nullptr; }
    const SqlDialect& dialect() const { return *m_dialect; }
    int schemaVersion() const { return m_schemaVersion; }
    bool wasCreated() const { return m_created; }              // the file did not exist before
    const QString& backupPath() const { return m_backupPath; } // taken by an upgrade while opening
    int upgradedFrom() const { return m_upgradedFrom; } // the schema version before opening upgraded it
    // On a team server, who its roles say the login is (ServerAccess::viewer): blind scoring and
    // manager rights come from the server, not from the app's settings or manager passphrase.
    // Empty on a file, and for the server's owner, for whom the app's own viewer applies.
    const std::optional<Viewer>& serverViewer() const { return m_serverViewer; }

    // Open for reading only; readOnlyReason() says why, for a banner. Writes throw ReadOnly.
    bool isReadOnly() const { return m_readOnly; }
    const QString& readOnlyReason() const { return m_readOnlyReason; }

    // The calling thread's connection, opened and configured on first use (and opened afresh after
    // it was found detached from the file at the path).
    QSqlDatabase connection() const;
    // Closes the calling thread's connection; call before a worker thread ends.
    void releaseThreadConnection() const;

    // Wipes leftovers of deleted rows from side files (see SqliteDialect::purgeDeletedData; nothing for a
    // server).
    void purgeDeletedData() const;

    // Erasing for good: the transaction that deletes the rows also calls markWipePending; then
    // wipeErasedData purges the side files and deletes the upgrade backups, which hold the rows
    // too. Should the wipe fail (another program reading, a backup that cannot be deleted), the
    // mark stays and every later opening of the database tries again. Throws StorageError. Nothing
    // to do on a server.
    void markWipePending() const;
    void wipeErasedData() const;

    QString engineVersion() const;

    // Copies taken before upgrades (next to the database, named "<file>.backup-v<N>-<time>"; an
    // interrupted one ends in ".partial").
    QStringList backupFiles() const;

    // How many times a connection was found writing to files that were no longer the database at
    // its path and was opened afresh. Whoever wrote through it before compares the count and
    // writes again what may not have arrived (see SaveQueue).
    int reattachments() const;

private:
    friend class WriteTransaction;
    bool wipeIsPending() const;
    // Nesting depth of write transactions on a connection; returns the new depth.
    int adjustWriteDepth(const QString& connectionName, int delta) const;
    // For WriteTransaction: the connection to write through. An outermost transaction first makes
    // sure it still writes to the file at the path (reopening it if not).
    QSqlDatabase writeConnection() const;
    // After a COMMIT: throws Detached when the commit went to files no longer at the path.
    void verifyAttached(const QSqlDatabase& db) const;
    void requireWritable() const;

    enum class Check
    {
        Cheap, // what opening reads anyway: the header, the schema, the version
        Full,  // and PRAGMA quick_check, which reads every page
    };
    struct Probe
    {
        QString quickCheck; // empty when the full check did not run
        int schemaVersion = 0;
        bool hasTables = false;
        QString minAppVersion;
    };
    Probe probe(Check check) const;
    void openFile(const Options& options);
    void openServer(const Options& options);
    void refuseIfDamaged(const Probe& found) const;
    void closeConnections();
    void checkExistingFile() const;
    void decideReadOnly();
    StorageError diagnose(const StorageError& error) const;
    QSqlDatabase openConnection(const QString& name, bool readOnly) const;
    QString connectionNameForThisThread() const;
    void abandonConnection(const QString& name) const; // m_mutex held

    QString m_path;
    std::unique_ptr<SqlDialect> m_dialect;
    std::unique_ptr<ServerAddress> m_server; // set for a team server
    SqliteDialect* m_file = nullptr;         // m_dialect, for a file: what only files have
    QString m_instanceTag;
    bool m_created = false;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    int m_schemaVersion = 0;
    int m_upgradedFrom = 0;
    std::optional<Viewer> m_serverViewer;
    QString m_backupPath;

    mutable QMutex m_mutex;
    mutable QList<QString> m_connectionNames;
    mutable QHash<QString, int> m_writeDepth;
    mutable QSet<QString> m_detached;
    mutable int m_reattachments = 0;
};

} // namespace ia
