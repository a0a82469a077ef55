#include "Database.h"

#include "storage/MigrationRunner.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "storage/SecureFile.h"
#include "storage/SqliteDialect.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

namespace ia {

namespace {

QAtomicInteger<quint64> s_instanceCounter;

// The first 16 bytes of every SQLite 3 database.
constexpr char sqliteMagic[] = "SQLite format 3";

} // namespace

Database::Database(const QString& path)
    : Database(path, Options{})
{}

Database::Database(const QString& path, Options options)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_dialect(std::make_unique<SqliteDialect>(options.busyTimeoutMs))
    , m_instanceTag(QString::number(s_instanceCounter.fetchAndAddRelaxed(1)))
{
    const QList<Migration> migrations =
        options.migrations.isEmpty() ? Schema::migrations() : options.migrations;
    const MigrationRunner runner(*m_dialect, migrations);

    const QFileInfo info(m_path);
    if (info.exists()) {
        checkExistingFile();
        const Probe found = probe();
        if (found.quickCheck != QLatin1String("ok")) {
            throw StorageError(
                StorageError::Kind::Corrupt,
                tr("The database file %1 is damaged and was not opened. It was left unchanged; "
                   "restore it from a backup.")
                    .arg(m_path),
                found.quickCheck);
        }
        if (found.schemaVersion > runner.latestVersion()) {
            const QString message =
                found.minAppVersion.isEmpty()
                    ? tr("The database %1 was written by a newer version of Interview "
                         "Assistant (schema version "
                         "%2; this version understands up to %3). Install a newer "
                         "version to open it. The file "
                         "was left unchanged.")
                          .arg(m_path, QString::number(found.schemaVersion),
                               QString::number(runner.latestVersion()))
                    : tr("The database %1 needs Interview Assistant %2 or newer (schema "
                         "version %3; this version "
                         "understands up to %4). The file was left unchanged.")
                          .arg(m_path, found.minAppVersion, QString::number(found.schemaVersion),
                               QString::number(runner.latestVersion()));
            throw StorageError(StorageError::Kind::NewerSchema, message);
        }
        if (found.schemaVersion == 0 && found.hasTables) {
            throw StorageError(StorageError::Kind::NotADatabase,
                               tr("The file %1 is an SQLite database of another program, not an Interview "
                                  "Assistant database. It was left unchanged.")
                                   .arg(m_path));
        }
    } else {
        const QString dir = info.absolutePath();
        if (!QDir(dir).exists()) {
            if (!QDir().mkpath(dir)) {
                throw StorageError(StorageError::Kind::Io,
                                   tr("Could not create the folder %1 for the database. Check that you may "
                                      "write there.")
                                       .arg(dir));
            }
            QFile::setPermissions(dir,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
        createPrivateFile(m_path);
        m_created = true;
    }

    try {
        const QSqlDatabase db = connection();
        const MigrationRunner::Result result = runner.run(db, m_path);
        m_schemaVersion = result.toVersion;
        m_backupPath = result.backupPath;
    } catch (...) {
        // Leave nothing behind for a file we created but could not set up.
        const bool created = m_created;
        {
            QMutexLocker lock(&m_mutex);
            for (const QString& name : std::as_const(m_connectionNames)) {
                QSqlDatabase::database(name, false).close();
                QSqlDatabase::removeDatabase(name);
            }
            m_connectionNames.clear();
        }
        if (created) {
            QFile::remove(m_path);
            QFile::remove(m_path + QStringLiteral("-wal"));
            QFile::remove(m_path + QStringLiteral("-shm"));
        }
        throw;
    }
    for (const char* suffix : {"", "-wal", "-shm"})
        restrictToOwner(m_path + QLatin1String(suffix));
    try {
        if (wipeIsPending())
            wipeErasedData();
    } catch (const StorageError&) {
        // Still pending: the next opening tries again. The database itself is fine to use.
    }
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString& name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Database::Probe Database::probe() const
{
    // Read-only, so a file we refuse is never written to (not even by a WAL checkpoint on close).
    const QString name = QStringLiteral("ia-probe-") + m_instanceTag;
    Probe result;
    {
        QSqlDatabase db = openConnection(name, true);
        try {
            result.quickCheck = Query(db, QStringLiteral("PRAGMA quick_check")).scalar().toString();
            if (result.quickCheck == QLatin1String("ok")) {
                result.schemaVersion = m_dialect->schemaVersion(db);
                result.hasTables = m_dialect->hasAnyTable(db);
                if (result.schemaVersion > 0) {
                    try {
                        Query q(db,
                                QStringLiteral("SELECT value FROM app_meta WHERE key = 'min_app_version'"));
                        q.exec();
                        if (q.next())
                            result.minAppVersion = q.text(0);
                    } catch (const StorageError&) {
                        // A layout without the table still gets the generic message.
                    }
                }
            }
        } catch (const StorageError& e) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            if (e.kind() == StorageError::Kind::Busy)
                throw;
            throw StorageError(
                e.kind() == StorageError::Kind::NotADatabase ? e.kind() : StorageError::Kind::Corrupt,
                tr("The file %1 is damaged or is not a database, and was not opened. It was left "
                   "unchanged.")
                    .arg(m_path),
                e.detail());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void Database::checkExistingFile() const
{
    const QFileInfo info(m_path);
    if (!info.isFile()) {
        throw StorageError(StorageError::Kind::NotADatabase,
                           tr("%1 is not a file. Choose a database file instead.").arg(m_path));
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw StorageError(
            StorageError::Kind::Io,
            tr("Could not read %1: %2. Check the file's permissions.").arg(m_path, file.errorString()));
    }
    const QByteArray header = file.read(16);
    // An empty file is a valid, empty SQLite database (and what createPrivateFile leaves behind).
    if (info.size() == 0)
        return;
    if (header.size() < 16 || !header.startsWith(sqliteMagic)) {
        throw StorageError(
            StorageError::Kind::NotADatabase,
            tr("The file %1 is not an Interview Assistant database (it is not an SQLite file). It "
               "was left unchanged.")
                .arg(m_path));
    }
}

QString Database::connectionNameForThisThread() const
{
    return QStringLiteral("ia-%1-%2")
        .arg(m_instanceTag)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()));
}

QSqlDatabase Database::openConnection(const QString& name, bool readOnly) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), name);
    db.setDatabaseName(m_path);
    QString options = m_dialect->connectOptions();
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw StorageError(
            StorageError::Kind::Io,
            tr("Could not open the database %1. Check that the file and its folder are readable "
               "and writable.")
                .arg(m_path),
            detail);
    }
    return db;
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionNameForThisThread();
    {
        QMutexLocker lock(&m_mutex);
        if (m_connectionNames.contains(name))
            return QSqlDatabase::database(name, false);
    }
    QSqlDatabase db = openConnection(name, false);
    try {
        m_dialect->configureConnection(db);
    } catch (...) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw;
    }
    QMutexLocker lock(&m_mutex);
    m_connectionNames.append(name);
    return db;
}

void Database::releaseThreadConnection() const
{
    const QString name = connectionNameForThisThread();
    QMutexLocker lock(&m_mutex);
    if (!m_connectionNames.removeOne(name))
        return;
    m_writeDepth.remove(name);
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

void Database::purgeDeletedData() const
{
    m_dialect->purgeDeletedData(connection());
}

namespace {
const QString wipePendingKey = QStringLiteral("wipe_pending");
}

void Database::markWipePending() const
{
    WriteTransaction tx(*this);
    Query q(tx.connection(), QStringLiteral("INSERT INTO app_meta (key, value) VALUES (:key, '1') "
                                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":key"), wipePendingKey).exec();
    tx.commit();
}

bool Database::wipeIsPending() const
{
    Query q(connection(), QStringLiteral("SELECT count(*) FROM app_meta WHERE key = :key"));
    q.bind(QStringLiteral(":key"), wipePendingKey);
    return q.scalar().toInt() > 0;
}

void Database::wipeErasedData() const
{
    purgeDeletedData();
    for (const QString& backup : backupFiles()) {
        if (!QFile::remove(backup)) {
            throw StorageError(StorageError::Kind::Io,
                               tr("The backup %1 made before a database upgrade could not be deleted and "
                                  "still holds erased data. Delete it by hand; Interview Assistant also "
                                  "tries again each time it opens the database.")
                                   .arg(backup));
        }
    }
    {
        WriteTransaction tx(*this);
        Query q(tx.connection(), QStringLiteral("DELETE FROM app_meta WHERE key = :key"));
        q.bind(QStringLiteral(":key"), wipePendingKey).exec();
        tx.commit();
    }
    // Leave the WAL empty again after that last small write.
    purgeDeletedData();
}

QStringList Database::backupFiles() const
{
    const QFileInfo info(m_path);
    QStringList result;
    for (const QFileInfo& f :
         QDir(info.absolutePath())
             .entryInfoList({info.fileName() + QStringLiteral(".backup-v*")}, QDir::Files, QDir::Name))
        result.append(f.absoluteFilePath());
    return result;
}

QString Database::engineVersion() const
{
    return m_dialect->engineVersion(connection());
}

int Database::adjustWriteDepth(const QString& connectionName, int delta) const
{
    QMutexLocker lock(&m_mutex);
    int& depth = m_writeDepth[connectionName];
    depth += delta;
    return depth;
}

} // namespace ia
