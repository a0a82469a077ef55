#include "MigrationRunner.h"

#include "storage/Query.h"
#include "storage/SecureFile.h"
#include "storage/SqlDialect.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace ia {

MigrationRunner::MigrationRunner(const SqlDialect& dialect, QList<Migration> migrations)
    : m_dialect(dialect)
    , m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
}

int MigrationRunner::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

QString MigrationRunner::minAppVersionFor(int schemaVersion) const
{
    QString result;
    for (const Migration& m : m_migrations) {
        if (m.version <= schemaVersion)
            result = m.minAppVersion;
    }
    return result;
}

QString MigrationRunner::backupPathFor(const QString& databasePath, int fromVersion)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    return databasePath + QStringLiteral(".backup-v%1-%2").arg(fromVersion).arg(stamp);
}

namespace {

// What an upgrade killed half-way left behind: incomplete, useless, and holding personal data.
void removeInterruptedBackups(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    const QDir folder = info.absoluteDir();
    for (const QString& name :
         folder.entryList({info.fileName() + QStringLiteral(".backup-v*.partial*")}, QDir::Files))
        QFile::remove(folder.filePath(name));
}

} // namespace

MigrationRunner::Result MigrationRunner::run(const QSqlDatabase& db, const QString& databasePath,
                                             const Backup& backup) const
{
    Result result;
    result.fromVersion = m_dialect.schemaVersion(db);
    result.toVersion = result.fromVersion;
    const int latest = latestVersion();
    if (result.fromVersion == latest)
        return result;
    if (result.fromVersion > latest) {
        throw StorageError(
            StorageError::Kind::NewerSchema,
            QCoreApplication::translate("ia::MigrationRunner",
                                        "This database uses schema version %1, but this version "
                                        "of Interview Assistant only knows up to version %2.")
                .arg(result.fromVersion)
                .arg(latest));
    }

    // A server is backed up by its administrator (the upgrade says how, beforehand).
    if (result.fromVersion > 0 && backup) {
        // Written under a temporary name and renamed once complete and on disk, so an upgrade killed
        // half-way never leaves a broken copy under the name people restore from. VACUUM INTO wants a
        // missing or empty target; an empty 0600 file keeps the copy private.
        result.backupPath = backupPathFor(databasePath, result.fromVersion);
        const QString partial = result.backupPath + QStringLiteral(".partial");
        createPrivateFile(partial);
        try {
            backup(db, partial);
            syncFile(partial);
            if (!QFile::rename(partial, result.backupPath)) {
                throw StorageError(
                    StorageError::Kind::Io,
                    QCoreApplication::translate("ia::MigrationRunner", "Could not name the backup %1.")
                        .arg(result.backupPath));
            }
            syncFile(QFileInfo(result.backupPath).absolutePath());
            removeInterruptedBackups(databasePath);
        } catch (const StorageError& e) {
            QFile::remove(partial);
            QFile::remove(result.backupPath);
            throw StorageError(
                e.kind(),
                QCoreApplication::translate("ia::MigrationRunner",
                                            "Could not back up the database before upgrading it; "
                                            "nothing was changed. Check the free disk space."),
                e.detail());
        }
    }

    // Off for the upgrade's transaction (SQLite ignores the switch inside one), checked as a whole
    // before the commit, and on again before the connection is used for anything else.
    m_dialect.setForeignKeyEnforcement(db, false);
    try {
        upgrade(db, result);
    } catch (...) {
        try {
            m_dialect.setForeignKeyEnforcement(db, true);
        } catch (const StorageError&) {
            // The upgrade's own error is the one to report; Database closes this connection.
        }
        throw;
    }
    m_dialect.setForeignKeyEnforcement(db, true);
    return result;
}

void MigrationRunner::upgrade(const QSqlDatabase& db, Result& result) const
{
    const int latest = latestVersion();
    Query::run(db, m_dialect.beginWriteStatement());
    try {
        m_dialect.lockForMigration(db);
        // Another program may have upgraded the file between our first look and the write lock.
        const int current = m_dialect.schemaVersion(db);
        if (current >= latest) {
            Query::run(db, QStringLiteral("COMMIT"));
            result.toVersion = current;
            return;
        }
        for (const Migration& m : m_migrations) {
            if (m.version > current)
                m.apply(db, m_dialect);
        }
        m_dialect.checkForeignKeys(db);
        m_dialect.installServerSide(db);
        m_dialect.setSchemaVersion(db, latest);
        // Lets an older app name the version a user needs (every schema has app_meta from v1 on).
        Query meta(db, QStringLiteral("INSERT INTO app_meta (key, value) VALUES ('min_app_version', :v) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        meta.bind(QStringLiteral(":v"), minAppVersionFor(latest)).exec();
        Query::run(db, QStringLiteral("COMMIT"));
    } catch (const StorageError& e) {
        Query::tryRun(db, QStringLiteral("ROLLBACK"));
        QString message = QCoreApplication::translate("ia::MigrationRunner",
                                                      "Upgrading the database from schema version %1 to %2 "
                                                      "failed. Nothing was changed.")
                              .arg(result.fromVersion)
                              .arg(latest);
        if (!result.backupPath.isEmpty()) {
            message +=
                QLatin1Char(' ') + QCoreApplication::translate("ia::MigrationRunner",
                                                               "A backup taken before the attempt is at %1.")
                                       .arg(result.backupPath);
        }
        throw StorageError(e.kind(), message, e.message() + QStringLiteral("; ") + e.detail());
    } catch (...) {
        Query::tryRun(db, QStringLiteral("ROLLBACK"));
        throw;
    }
    result.toVersion = latest;
}

} // namespace ia
