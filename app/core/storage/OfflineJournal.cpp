#include "OfflineJournal.h"

#include "storage/Query.h"
#include "storage/SecureFile.h"
#include "storage/StorageError.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

#include <algorithm>

namespace ia {

namespace {

QJsonObject objectOf(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString textOf(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString OfflineJournal::defaultPath()
{
    const QFileInfo settings(QSettings().fileName());
    return settings.absoluteDir().filePath(settings.completeBaseName() +
                                           QStringLiteral(".offline-journal.sqlite"));
}

OfflineJournal::OfflineJournal(const QString& path)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_owner(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_lock(lockPathFor(m_owner))
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // Created private before SQLite sees it: its -wal and -shm take the file's mode.
    if (!QFileInfo::exists(m_path))
        createPrivateFile(m_path);
    restrictToOwner(m_path);
    // Held while this run lives; a later run that finds it free knows this one has gone.
    m_lock.setStaleLockTime(0);
    if (!m_lock.tryLock(0)) {
        throw StorageError(StorageError::Kind::Io,
                           tr("Could not create the lock file %1 of the offline journal, where edits wait "
                              "while the team server cannot be reached. Check that the folder is writable.")
                               .arg(lockPathFor(m_owner)));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName());
    db.setDatabaseName(m_path);
    if (!db.open()) {
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName());
        throw StorageError(StorageError::Kind::Io,
                           tr("Could not open the offline journal %1, where edits wait while the team "
                              "server cannot be reached. Check that the folder is writable.")
                               .arg(m_path),
                           detail);
    }
    try {
        Query::run(db, QStringLiteral("PRAGMA busy_timeout = 2000"));
        Query::run(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        // A commit survives the app being killed; FULL adds a power cut.
        Query::run(db, QStringLiteral("PRAGMA synchronous = FULL"));
        Query::run(db, QStringLiteral("PRAGMA secure_delete = ON"));
        Query version(db, QStringLiteral("PRAGMA user_version"));
        const int found = version.scalar().toInt();
        if (found > schemaVersion) {
            throw StorageError(
                StorageError::Kind::NewerSchema,
                tr("The offline journal %1 was written by a newer Interview Assistant.").arg(m_path));
        }
        if (found < schemaVersion) {
            Query::run(db, QStringLiteral("BEGIN IMMEDIATE"));
            Query::run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS journal_entry ("
                                          "seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                                          "owner TEXT NOT NULL, "
                                          "database TEXT NOT NULL, "
                                          "key TEXT NOT NULL, "
                                          "change TEXT NOT NULL, "
                                          "content TEXT NOT NULL, "
                                          "written_at TEXT NOT NULL, "
                                          "UNIQUE (owner, database, key))"));
            Query::run(db, QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion));
            Query::run(db, QStringLiteral("COMMIT"));
        }
    } catch (...) {
        Query::tryRun(db, QStringLiteral("ROLLBACK"));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName());
        throw;
    }
}

OfflineJournal::~OfflineJournal()
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName());
    // The entries stay for a later run; the lock files say nobody is writing them any more.
}

QString OfflineJournal::lockPathFor(const QString& owner) const
{
    return m_path + QStringLiteral(".") + owner + QStringLiteral(".lock");
}

QString OfflineJournal::connectionName() const
{
    return QStringLiteral("ia-offline-journal-") + m_owner;
}

void OfflineJournal::put(const QString& database, const QString& key, const QJsonObject& change,
                         const QJsonObject& content)
{
    Query q(QSqlDatabase::database(connectionName(), false),
            QStringLiteral("INSERT INTO journal_entry (owner, database, key, change, content, written_at) "
                           "VALUES (:owner, :database, :key, :change, :content, :at) "
                           "ON CONFLICT (owner, database, key) DO UPDATE SET change = excluded.change, "
                           "content = excluded.content, written_at = excluded.written_at"));
    q.bind(QStringLiteral(":owner"), m_owner)
        .bind(QStringLiteral(":database"), database)
        .bind(QStringLiteral(":key"), key)
        .bind(QStringLiteral(":change"), textOf(change))
        .bind(QStringLiteral(":content"), textOf(content))
        .bind(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .exec();
}

void OfflineJournal::remove(const QString& database, const QString& key)
{
    Query q(QSqlDatabase::database(connectionName(), false),
            QStringLiteral(
                "DELETE FROM journal_entry WHERE owner = :owner AND database = :database AND key = :key"));
    q.bind(QStringLiteral(":owner"), m_owner)
        .bind(QStringLiteral(":database"), database)
        .bind(QStringLiteral(":key"), key)
        .exec();
}

QList<OfflineJournal::Entry> OfflineJournal::entries(const QString& database) const
{
    Query q(QSqlDatabase::database(connectionName(), false),
            QStringLiteral("SELECT seq, key, change, content FROM journal_entry WHERE owner = :owner AND "
                           "database = :database ORDER BY seq"));
    q.bind(QStringLiteral(":owner"), m_owner).bind(QStringLiteral(":database"), database).exec();
    QList<Entry> result;
    while (q.next())
        result.append(Entry{q.int64(0), q.text(1), objectOf(q.text(2)), objectOf(q.text(3))});
    return result;
}

QList<OfflineJournal::Entry> OfflineJournal::leftovers(const QString& database)
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
    QStringList owners;
    {
        Query q(db, QStringLiteral("SELECT DISTINCT owner FROM journal_entry WHERE database = :database AND "
                                   "owner <> :owner"));
        q.bind(QStringLiteral(":database"), database).bind(QStringLiteral(":owner"), m_owner).exec();
        while (q.next())
            owners << q.text(0);
    }
    QList<Entry> result;
    for (const QString& owner : std::as_const(owners)) {
        // A lock file nobody holds (its process is gone) is taken over; a held one is a run that
        // still retries these itself.
        auto lock = std::make_shared<QLockFile>(lockPathFor(owner));
        lock->setStaleLockTime(0);
        const bool claimed =
            std::any_of(m_claimed.begin(), m_claimed.end(), [&](const std::shared_ptr<QLockFile>& l) {
                return l->fileName() == lock->fileName();
            });
        if (!claimed) {
            if (!lock->tryLock(0))
                continue;
            m_claimed.append(lock);
        }
        Query q(db, QStringLiteral("SELECT seq, key, change, content FROM journal_entry WHERE owner = :owner "
                                   "AND database = :database ORDER BY seq"));
        q.bind(QStringLiteral(":owner"), owner).bind(QStringLiteral(":database"), database).exec();
        while (q.next())
            result.append(Entry{q.int64(0), q.text(1), objectOf(q.text(2)), objectOf(q.text(3))});
    }
    std::sort(result.begin(), result.end(), [](const Entry& a, const Entry& b) { return a.seq < b.seq; });
    return result;
}

void OfflineJournal::removeLeftover(qint64 seq)
{
    Query q(QSqlDatabase::database(connectionName(), false),
            QStringLiteral("DELETE FROM journal_entry WHERE seq = :seq AND owner <> :owner"));
    q.bind(QStringLiteral(":seq"), seq).bind(QStringLiteral(":owner"), m_owner).exec();
}

} // namespace ia
