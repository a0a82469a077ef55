#include "Database.h"

#include "storage/CheckedFiles.h"
#include "storage/MigrationRunner.h"
#include "storage/PostgresDialect.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "storage/SecureFile.h"
#include "storage/ServerAccess.h"
#include "storage/ServerAddress.h"
#include "storage/SqliteDialect.h"
#include "storage/StatementCache.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QThread>

#include <cerrno>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace ia {

namespace {

QAtomicInteger<quint64> s_instanceCounter;

// Below this much free space a failure to open is put down to a full disk: SQLite needs room for
// the -wal and the 32 KiB -shm beside the file.
constexpr qint64 fullDiskBytes = 1024 * 1024;

// Files up to this size always get SQLite's full check when opened: it reads them in a few
// milliseconds (about 1 GB/s on the build machines).
constexpr qint64 fullCheckAboveBytes = 8 * 1024 * 1024;

bool writable(const QString& path, int* error = nullptr)
{
    if (::access(QFile::encodeName(path).constData(), W_OK) == 0)
        return true;
    if (error)
        *error = errno;
    return false;
}

std::optional<qint64> freeBytes(const QString& folder)
{
    struct statvfs st
    {};
    if (::statvfs(QFile::encodeName(folder).constData(), &st) != 0)
        return std::nullopt;
    return qint64(st.f_bavail) * qint64(st.f_frsize);
}

} // namespace

Database::Database(const QString& path)
    : Database(path, Options{})
{}

Database::Database(const QString& location, Options options)
    : m_instanceTag(QString::number(s_instanceCounter.fetchAndAddRelaxed(1)))
{
    if (ServerAddress::isServerUrl(location)) {
        m_server = std::make_unique<ServerAddress>(ServerAddress::parse(location));
        if (!options.serverPassword.isEmpty())
            m_server->setPassword(options.serverPassword);
        m_path = m_server->display();
        m_dialect = std::make_unique<PostgresDialect>(options.busyTimeoutMs);
        openServer(options);
        return;
    }
    m_path = QFileInfo(location).absoluteFilePath();
    auto file = std::make_unique<SqliteDialect>(options.busyTimeoutMs);
    m_file = file.get();
    m_dialect = std::move(file);
    openFile(options);
}

void Database::openServer(const Options& options)
{
    const QList<Migration> migrations =
        options.migrations.isEmpty() ? Schema::migrations() : options.migrations;
    const MigrationRunner runner(*m_dialect, migrations);
    try {
        const QSqlDatabase db = connection();
        const int found = m_dialect->schemaVersion(db);
        const int latest = runner.latestVersion();
        if (found > latest) {
            throw StorageError(StorageError::Kind::NewerSchema,
                               tr("The team server %1 uses schema version %2, newer than this version of "
                                  "Interview Assistant understands (up to %3). Install the version your "
                                  "team uses. Nothing was changed.")
                                   .arg(m_path)
                                   .arg(found)
                                   .arg(latest));
        }
        if (found == 0 && m_dialect->hasAnyTable(db)) {
            throw StorageError(StorageError::Kind::NotADatabase,
                               tr("The database %1 holds tables of another program. Give Interview "
                                  "Assistant an empty database of its own. Nothing was changed.")
                                   .arg(m_path));
        }
        if (found == 0 && !options.mayCreate) {
            throw StorageError(StorageError::Kind::NotADatabase,
                               tr("The team server %1 has no Interview Assistant data yet. Its owner sets "
                                  "it up once with: interview-cli server setup --db \"%1\"")
                                   .arg(m_path));
        }
        if (found > 0 && found < latest && !options.mayUpgradeServer) {
            throw StorageError(
                StorageError::Kind::UpgradeNeeded,
                tr("The team server %1 uses schema version %2; this version of Interview Assistant "
                   "needs version %3. Back the server up first:\n  pg_dump --format=custom "
                   "--file=interviews-v%2.dump \"%1\"\nthen upgrade it (everyone on the team then "
                   "needs this version):\n  interview-cli server upgrade --yes --db \"%1\"")
                    .arg(m_path)
                    .arg(found)
                    .arg(latest));
        }
        m_created = found == 0;
        // No backup function: a server is backed up by its administrator.
        m_schemaVersion = runner.run(db, m_path, {}).toVersion;
        m_upgradedFrom = found;
        m_serverViewer = ServerAccess::viewer(db);
    } catch (const StorageError&) {
        closeConnections();
        throw;
    }
}

void Database::openFile(const Options& options)
{
    const QList<Migration> migrations =
        options.migrations.isEmpty() ? Schema::migrations() : options.migrations;
    const MigrationRunner runner(*m_dialect, migrations);

    const QFileInfo info(m_path);
    int foundVersion = 0;
    if (info.exists()) {
        checkExistingFile();
        if (info.size() == 0 && !options.mayCreate) {
            throw StorageError(StorageError::Kind::NotADatabase,
                               tr("%1 is an empty file, not a database. Create a database there with "
                                  "\"interview-cli init --db %1\", or choose another file.")
                                   .arg(m_path));
        }
        decideReadOnly();
        // The full check reads the whole file. It is skipped only for a large file exactly as this
        // app left it at a clean close (see CheckedFiles); a small one costs a few milliseconds.
        const bool trusted =
            info.size() > fullCheckAboveBytes && CheckedFiles::unchangedSinceCleanClose(m_path);
        const Probe found = probe(trusted ? Check::Cheap : Check::Full);
        refuseIfDamaged(found);
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
        if (found.schemaVersion == 0 && !options.mayCreate) {
            throw StorageError(StorageError::Kind::NotADatabase,
                               tr("%1 is an empty database without Interview Assistant's tables. Create "
                                  "one with \"interview-cli init --db %1\", or choose another file.")
                                   .arg(m_path));
        }
        if (m_readOnly && found.schemaVersion < runner.latestVersion()) {
            throw StorageError(StorageError::Kind::ReadOnly,
                               tr("%1 must be upgraded before this version can use it, but it cannot be "
                                  "written: %2. Copy it to a folder you may write to and open the copy. "
                                  "The file was left unchanged.")
                                   .arg(m_path, m_readOnlyReason));
        }
        // Never migrate a file that has not had the full check.
        if (trusted && found.schemaVersion > 0 && found.schemaVersion < runner.latestVersion())
            refuseIfDamaged(probe(Check::Full));
        foundVersion = found.schemaVersion;
    } else {
        if (!options.mayCreate) {
            throw StorageError(StorageError::Kind::Io,
                               tr("There is no database at %1. Check the path, or create one there with "
                                  "\"interview-cli init --db %1\".")
                                   .arg(m_path));
        }
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

    // Written from now on: a crash before the clean close must lead to a full check.
    if (!m_readOnly)
        CheckedFiles::forget(m_path);
    if (m_readOnly) {
        // Nothing to migrate (refused above) and nothing to wipe: reading is all this file allows.
        connection();
        m_schemaVersion = foundVersion;
        OpenDatabases::add(m_path);
        return;
    }

    try {
        const QSqlDatabase db = connection();
        const MigrationRunner::Result result = runner.run(
            db, m_path, [this](const QSqlDatabase& from, const QString& to) { m_file->backupTo(from, to); });
        m_schemaVersion = result.toVersion;
        m_upgradedFrom = result.fromVersion;
        m_backupPath = result.backupPath;
    } catch (const StorageError& e) {
        // Leave nothing behind for a file we created but could not set up.
        const bool created = m_created;
        {
            QMutexLocker lock(&m_mutex);
            for (const QString& name : std::as_const(m_connectionNames)) {
                StatementCache::instance().forget(name);
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
        throw diagnose(e);
    }
    for (const char* suffix : {"", "-wal", "-shm"})
        restrictToOwner(m_path + QLatin1String(suffix));
    try {
        if (wipeIsPending())
            wipeErasedData();
    } catch (const StorageError&) {
        // Still pending: the next opening tries again. The database itself is fine to use.
    }
    OpenDatabases::add(m_path);
}

Database::~Database()
{
    closeConnections();
    if (m_server)
        return;
    OpenDatabases::remove(m_path);
    // The last of this process's handles on the file: it is now exactly as SQLite left it.
    if (m_detached.isEmpty() && !OpenDatabases::owns(m_path))
        CheckedFiles::recordCleanClose(m_path);
}

void Database::closeConnections()
{
    QMutexLocker lock(&m_mutex);
    for (const QString& name : std::as_const(m_connectionNames)) {
        StatementCache::instance().forget(name);
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (m_detached.contains(name))
                m_file->abandonConnection(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_connectionNames.clear();
}

void Database::decideReadOnly()
{
    // SQLite needs to write the file, and to create its -wal and -shm files beside it unless they
    // are there already; without that, every edit would fail one by one. access() also answers
    // for root on a read-only mount (EROFS).
    const QString folder = QFileInfo(m_path).absolutePath();
    int error = 0;
    if (!writable(m_path, &error)) {
        m_readOnly = true;
        m_readOnlyReason =
            error == EROFS ? tr("the disk it is on is read-only") : tr("you may not write to the file");
        return;
    }
    if (writable(folder, &error))
        return;
    const QString wal = m_path + QStringLiteral("-wal");
    const QString shm = m_path + QStringLiteral("-shm");
    if (QFileInfo::exists(wal) && writable(wal) && QFileInfo::exists(shm) && writable(shm))
        return;
    m_readOnly = true;
    m_readOnlyReason = error == EROFS ? tr("the disk it is on is read-only")
                                      : tr("you may not write to its folder %1").arg(folder);
}

StorageError Database::diagnose(const StorageError& error) const
{
    // The driver's words ("unable to open database file") rarely say what to do; the file system can.
    switch (error.kind()) {
    case StorageError::Kind::Busy:
    case StorageError::Kind::NewerSchema:
    case StorageError::Kind::Denied:
    case StorageError::Kind::LeaseLost:
        return error;
    default:
        break;
    }
    const QFileInfo info(m_path);
    const QString folder = info.absolutePath();
    if (info.exists() && !info.isReadable()) {
        return StorageError(StorageError::Kind::Io,
                            tr("Interview Assistant may not read %1: the file's permissions do not "
                               "allow it. Check who owns it. It was left unchanged.")
                                .arg(m_path),
                            error.detail());
    }
    if (const std::optional<qint64> free = freeBytes(folder); free && *free < fullDiskBytes) {
        return StorageError(StorageError::Kind::DiskFull,
                            tr("The disk that holds %1 is full (%2 free). Free some space, then try "
                               "again. The file was left unchanged.")
                                .arg(m_path, QLocale().formattedDataSize(*free)),
                            error.detail());
    }
    int folderError = 0;
    if (error.kind() == StorageError::Kind::ReadOnly || !writable(folder, &folderError)) {
        return StorageError(StorageError::Kind::ReadOnly,
                            tr("%1 cannot be written: %2. Copy it to a folder you may write to, or "
                               "fix the permissions. It was left unchanged.")
                                .arg(m_path, folderError == EROFS
                                                 ? tr("the disk it is on is read-only")
                                                 : tr("you may not write to its folder %1").arg(folder)),
                            error.detail());
    }
    switch (error.kind()) {
    case StorageError::Kind::NotADatabase:
        return StorageError(
            StorageError::Kind::NotADatabase,
            tr("The file %1 is not an Interview Assistant database (it is not an SQLite file). It "
               "was left unchanged.")
                .arg(m_path),
            error.detail());
    case StorageError::Kind::Corrupt:
        return StorageError(StorageError::Kind::Corrupt,
                            tr("The file %1 is damaged and was not opened. It was left unchanged; "
                               "restore it from a backup.")
                                .arg(m_path),
                            error.detail());
    case StorageError::Kind::Io:
        return StorageError(StorageError::Kind::Io,
                            tr("Reading or writing %1 failed: the disk reported an error. Check the "
                               "disk and try again; the file was left unchanged.")
                                .arg(m_path),
                            error.detail());
    default:
        return error;
    }
}

void Database::refuseIfDamaged(const Probe& found) const
{
    if (found.quickCheck.isEmpty() || found.quickCheck == QLatin1String("ok"))
        return;
    throw StorageError(StorageError::Kind::Corrupt,
                       tr("The database file %1 is damaged and was not opened. It was left unchanged; "
                          "restore it from a backup.")
                           .arg(m_path),
                       found.quickCheck);
}

Database::Probe Database::probe(Check check) const
{
    // Read-only, so a file we refuse is never written to (not even by a WAL checkpoint on close),
    // and immutable when no WAL is beside it, so it gets no -wal or -shm either.
    const QString name = QStringLiteral("ia-probe-") + m_instanceTag;
    Probe result;
    {
        QSqlDatabase db = openConnection(name, true);
        try {
            if (check == Check::Full)
                result.quickCheck = Query(db, QStringLiteral("PRAGMA quick_check")).scalar().toString();
            if (result.quickCheck.isEmpty() || result.quickCheck == QLatin1String("ok")) {
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
            throw diagnose(e);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void Database::checkExistingFile() const
{
    // stat() only: opening the file outside SQLite would drop SQLite's locks on it (see
    // SqliteDialect::connectionDetached). Whether it is an SQLite file at all, the probe finds out.
    struct stat st
    {};
    if (::stat(QFile::encodeName(m_path).constData(), &st) != 0 || !S_ISREG(st.st_mode)) {
        throw StorageError(StorageError::Kind::NotADatabase,
                           tr("%1 is not a file. Choose a database file instead.").arg(m_path));
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
    if (m_server) {
        db.setHostName(m_server->host());
        db.setPort(m_server->port());
        db.setDatabaseName(m_server->database());
        db.setUserName(m_server->user());
        // Empty: libpq looks in PGPASSWORD and ~/.pgpass, as its users expect.
        db.setPassword(m_server->password());
        db.setConnectOptions(m_server->connectOptions());
        if (!db.open()) {
            const QString detail = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            throw m_server->connectError(detail);
        }
        return db;
    }
    QString options = m_dialect->connectOptions();
    db.setDatabaseName(readOnly ? m_file->readOnlyDatabaseName(m_path, &options) : m_path);
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw diagnose(
            StorageError(StorageError::Kind::Io,
                         tr("Could not open the database %1. Check that the file and its folder are readable "
                            "and writable.")
                             .arg(m_path),
                         detail));
    }
    return db;
}

void Database::abandonConnection(const QString& name) const
{
    StatementCache::instance().forget(name);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (m_file)
            m_file->abandonConnection(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    m_connectionNames.removeOne(name);
    m_writeDepth.remove(name);
    // Still in m_detached: until a new connection is open and checked, this is a reopening.
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionNameForThisThread();
    bool reopening = false;
    {
        QMutexLocker lock(&m_mutex);
        if (m_connectionNames.contains(name)) {
            if (!m_detached.contains(name)) {
                const QSqlDatabase db = QSqlDatabase::database(name, false);
                if (!m_server || db.isOpen())
                    return db;
                // Lost in the middle of a transaction: the transaction is gone with the connection,
                // and the writer that opened it must hear so rather than go on outside one.
                if (m_writeDepth.value(name) > 0)
                    throw StorageError(StorageError::Kind::Unreachable,
                                       tr("The team server was lost in the middle of saving. What you "
                                          "typed is kept and saved when the server is back."));
            }
            // A file's connection whose files are no longer the database at the path: closed
            // without a checkpoint (every connection of the process to the old files must go
            // before a new one opens, or SQLite would share the old WAL index with it). A server's
            // closed after the server was lost (Query::fail). Either way: let go of it, its cached
            // statements too, and open it afresh.
            abandonConnection(name);
        }
        reopening = m_detached.contains(name);
    }
    // SQLite would quietly create an empty database where the file has gone.
    if (!m_server && !QFileInfo::exists(m_path)) {
        throw StorageError(StorageError::Kind::Detached,
                           tr("The database file %1 was moved or deleted while it was open, so "
                              "nothing more can be saved to it. Restore the file (or open it where it "
                              "is now) and try again.")
                               .arg(m_path));
    }
    QSqlDatabase db = openConnection(name, m_readOnly);
    try {
        m_dialect->configureConnection(db, m_readOnly);
        if (reopening && m_schemaVersion > 0 && m_dialect->schemaVersion(db) != m_schemaVersion) {
            throw StorageError(StorageError::Kind::Detached,
                               tr("The file %1 was replaced by another database while it was open, so "
                                  "nothing more is saved to it. Open it again from the File menu.")
                                   .arg(m_path));
        }
    } catch (...) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw;
    }
    StatementCache::instance().enroll(name);
    QMutexLocker lock(&m_mutex);
    m_connectionNames.append(name);
    if (reopening) {
        m_detached.remove(name);
        ++m_reattachments;
    }
    return db;
}

QSqlDatabase Database::writeConnection() const
{
    const QString name = connectionNameForThisThread();
    bool outermost = false;
    {
        QMutexLocker lock(&m_mutex);
        outermost = m_writeDepth.value(name) == 0;
    }
    if (outermost) {
        bool detached = false;
        {
            const QSqlDatabase db = connection();
            detached = m_file && m_file->connectionDetached(db, m_path);
        }
        if (detached) {
            QMutexLocker lock(&m_mutex);
            m_detached.insert(name);
        }
    }
    return connection();
}

void Database::verifyAttached(const QSqlDatabase& db) const
{
    if (!m_file || !m_file->connectionDetached(db, m_path))
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_detached.insert(db.connectionName());
    }
    throw StorageError(StorageError::Kind::Detached,
                       tr("Another program removed or replaced the files of the database %1 while "
                          "Interview Assistant was writing to it, so the last change may not have "
                          "reached the file. The database is opened afresh; save the change again.")
                           .arg(m_path));
}

void Database::requireWritable() const
{
    if (m_readOnly) {
        throw StorageError(
            StorageError::Kind::ReadOnly,
            tr("%1 is open for reading only (%2), so nothing can be changed.").arg(m_path, m_readOnlyReason));
    }
}

int Database::reattachments() const
{
    QMutexLocker lock(&m_mutex);
    return m_reattachments;
}

void Database::releaseThreadConnection() const
{
    const QString name = connectionNameForThisThread();
    QMutexLocker lock(&m_mutex);
    if (!m_connectionNames.contains(name))
        return;
    if (m_detached.contains(name)) {
        abandonConnection(name);
        m_detached.remove(name);
        return;
    }
    m_connectionNames.removeOne(name);
    m_writeDepth.remove(name);
    StatementCache::instance().forget(name);
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

void Database::purgeDeletedData() const
{
    // A server's dead rows and WAL are its own to reclaim (and its backups its administrator's):
    // nothing of them is on this machine.
    if (m_file)
        m_file->purgeDeletedData(connection());
}

namespace {
const QString wipePendingKey = QStringLiteral("wipe_pending");
}

void Database::markWipePending() const
{
    // A server keeps no side files or upgrade backups of ours: what is left of erased rows in its
    // dead tuples, WAL and backups is its administrator's to reclaim (see the README).
    if (m_server)
        return;
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
    if (m_server)
        return;
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
    if (m_server)
        return {};
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
