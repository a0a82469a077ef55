#pragma once

#include "storage/Migration.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace ia {

class SqlDialect;

// Brings a database up to the newest schema: takes a backup of an existing database first, then
// runs every missing step in a single write transaction, so a failing step leaves the file exactly as
// it was.
class MigrationRunner
{
public:
    MigrationRunner(const SqlDialect& dialect, QList<Migration> migrations);

    int latestVersion() const;
    QString minAppVersionFor(int schemaVersion) const;

    struct Result
    {
        int fromVersion = 0;
        int toVersion = 0;
        QString backupPath; // empty for a new database
    };

    // Writes a consistent copy of db to the file path given.
    using Backup = std::function<void(const QSqlDatabase& db, const QString& target)>;
    // Takes a backup named after databasePath first when `backup` is set (a file; a server is
    // backed up by its administrator). db must not be inside a transaction.
    Result run(const QSqlDatabase& db, const QString& databasePath, const Backup& backup) const;

    static QString backupPathFor(const QString& databasePath, int fromVersion);

private:
    // The migrations and the version stamp in one write transaction.
    void upgrade(const QSqlDatabase& db, Result& result) const;
    const SqlDialect& m_dialect;
    QList<Migration> m_migrations;
};

} // namespace ia
