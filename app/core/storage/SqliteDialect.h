#pragma once

#include "storage/SqlDialect.h"

#include <QHash>
#include <QMutex>

namespace ia {

// SQLite specifics: WAL, pragmas, BEGIN IMMEDIATE, PRAGMA user_version, VACUUM INTO.
class SqliteDialect final : public SqlDialect
{
public:
    explicit SqliteDialect(int busyTimeoutMs = 5000);

    QString driverName() const override;
    QString connectOptions() const override;
    void configureConnection(const QSqlDatabase& db, bool readOnly) const override;
    QString beginWriteStatement() const override;
    int schemaVersion(const QSqlDatabase& db) const override;
    void setSchemaVersion(const QSqlDatabase& db, int version) const override;
    bool hasAnyTable(const QSqlDatabase& db) const override;
    void setForeignKeyEnforcement(const QSqlDatabase& db, bool on) const override;
    void checkForeignKeys(const QSqlDatabase& db) const override;
    QString nowSql() const override;
    QString identityPrimaryKey() const override;
    QString engineVersion(const QSqlDatabase& db) const override;
    void dropTrigger(const QSqlDatabase& db, const QString& name, const QString& table) const override;
    void createTrigger(const QSqlDatabase& db, const QString& name, const QString& event,
                       const QStringList& body) const override;
    void createSearchIndex(const QSqlDatabase& db) const override;
    QString searchQuery() const override;
    QString matchCountQuery() const override;
    QString snippetQuery(int docs) const override;
    QString searchExpression(const QString& userText) const override;
    void lockForMigration(const QSqlDatabase& db) const override;
    bool canDropConstraints() const override;
    void createFilterIndex(const QSqlDatabase& db) const override;
    void createCoveringIndex(const QSqlDatabase& db, const QString& name, const QString& table,
                             const QString& keys, const QString& carried) const override;
    void installServerSide(const QSqlDatabase& db) const override;
    QString lockForUpdate() const override;
    QString lockForShare() const override;
    QStringList lockRowInTrigger(const QString& table, const QString& idExpression) const override;
    QString keepGivenId() const override;

    // What only a database file has; Database uses these for files alone.
    //
    // The database name and connect options for a connection that only reads (probes, read-only
    // files): it must not create or change anything, not even side files. Read-only, and
    // immutable (no locks, no -wal or -shm created) when no WAL is beside the file.
    QString readOnlyDatabaseName(const QString& path, QString* options) const;
    // A consistent copy of the whole database (VACUUM INTO), taken before a migration.
    void backupTo(const QSqlDatabase& db, const QString& targetPath) const;
    // Whether the files this connection writes to are still the database at `path`. On Linux,
    // closing any descriptor of a file drops every lock the process holds on it, so an in-process
    // open and close of the database file (a file dialog sniffing types, say) lets another program
    // take our connection for gone, checkpoint and delete the WAL; commits then land in a deleted
    // file. Checked around every write transaction, so it must be cheap.
    bool connectionDetached(const QSqlDatabase& db, const QString& path) const;
    // Prepares a detached connection for closing: the close must not write to anything, since what
    // it would write (a checkpoint of the deleted WAL) is stale.
    void abandonConnection(const QSqlDatabase& db) const;
    // After erasing data: make sure no copy of deleted rows lingers in side files.
    void purgeDeletedData(const QSqlDatabase& db) const;

private:
    struct FileId
    {
        quint64 device = 0;
        quint64 inode = 0;
        friend bool operator==(const FileId&, const FileId&) = default;
    };

    int m_busyTimeoutMs;
    // Per connection: the WAL file it has open, found once among the process's descriptors.
    mutable QMutex m_mutex;
    mutable QHash<QString, FileId> m_walFiles;
};

} // namespace ia
