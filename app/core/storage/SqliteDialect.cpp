#include "SqliteDialect.h"

#include "storage/Query.h"
#include "storage/SearchSources.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QUrl>

#include <dirent.h>
#include <optional>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ia {

namespace {

QString pragmaValue(const QSqlDatabase& db, const QString& pragma)
{
    Query q(db, QStringLiteral("PRAGMA ") + pragma);
    return q.scalar().toString();
}

void requirePragma(const QSqlDatabase& db, const QString& assignment, const QString& name,
                   const QString& expected)
{
    Query::run(db, QStringLiteral("PRAGMA ") + assignment);
    const QString actual = pragmaValue(db, name).toLower();
    if (actual != expected) {
        throw StorageError(
            StorageError::Kind::Failed,
            QCoreApplication::translate("ia::SqliteDialect",
                                        "The database could not be set up safely: %1 is %2, "
                                        "expected %3. Is the file on a network or read-only disk?")
                .arg(name, actual, expected));
    }
}

} // namespace

SqliteDialect::SqliteDialect(int busyTimeoutMs)
    : m_busyTimeoutMs(busyTimeoutMs)
{}

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::connectOptions() const
{
    return QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs);
}

void SqliteDialect::configureConnection(const QSqlDatabase& db, bool readOnly) const
{
    if (readOnly) {
        // Nothing to make durable; foreign keys and the busy timeout still shape what is read.
        requirePragma(db, QStringLiteral("foreign_keys=ON"), QStringLiteral("foreign_keys"),
                      QStringLiteral("1"));
        requirePragma(db, QStringLiteral("busy_timeout=%1").arg(m_busyTimeoutMs),
                      QStringLiteral("busy_timeout"), QString::number(m_busyTimeoutMs));
        requirePragma(db, QStringLiteral("query_only=ON"), QStringLiteral("query_only"), QStringLiteral("1"));
        return;
    }
    // WAL lets the interview screen write while a report reads; it fails on some network file
    // systems, which is why the result is checked rather than assumed.
    requirePragma(db, QStringLiteral("journal_mode=WAL"), QStringLiteral("journal_mode"),
                  QStringLiteral("wal"));
    // NORMAL in WAL mode is durable against application crashes; a power cut may lose the last commit.
    requirePragma(db, QStringLiteral("synchronous=NORMAL"), QStringLiteral("synchronous"),
                  QStringLiteral("1"));
    requirePragma(db, QStringLiteral("foreign_keys=ON"), QStringLiteral("foreign_keys"), QStringLiteral("1"));
    // Erased candidates must not survive as free-page leftovers.
    requirePragma(db, QStringLiteral("secure_delete=ON"), QStringLiteral("secure_delete"),
                  QStringLiteral("1"));
    requirePragma(db, QStringLiteral("busy_timeout=%1").arg(m_busyTimeoutMs), QStringLiteral("busy_timeout"),
                  QString::number(m_busyTimeoutMs));
}

void SqliteDialect::setForeignKeyEnforcement(const QSqlDatabase& db, bool on) const
{
    // A no-op inside a transaction, hence checked.
    requirePragma(db, on ? QStringLiteral("foreign_keys=ON") : QStringLiteral("foreign_keys=OFF"),
                  QStringLiteral("foreign_keys"), on ? QStringLiteral("1") : QStringLiteral("0"));
}

void SqliteDialect::checkForeignKeys(const QSqlDatabase& db) const
{
    Query q(db, QStringLiteral("PRAGMA foreign_key_check"));
    q.exec();
    if (q.next()) {
        throw StorageError(StorageError::Kind::InvalidData,
                           QCoreApplication::translate("ia::SqliteDialect",
                                                       "Row %1 of table %2 refers to a missing row of %3.")
                               .arg(q.text(1), q.text(0), q.text(2)));
    }
}

QString SqliteDialect::beginWriteStatement() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

int SqliteDialect::schemaVersion(const QSqlDatabase& db) const
{
    return pragmaValue(db, QStringLiteral("user_version")).toInt();
}

void SqliteDialect::setSchemaVersion(const QSqlDatabase& db, int version) const
{
    // PRAGMA takes no bound parameters; the value is an integer we produce, never user text.
    Query::run(db, QStringLiteral("PRAGMA user_version=%1").arg(version));
}

bool SqliteDialect::hasAnyTable(const QSqlDatabase& db) const
{
    Query q(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    return q.scalar().toInt() > 0;
}

void SqliteDialect::backupTo(const QSqlDatabase& db, const QString& targetPath) const
{
    Query q(db, QStringLiteral("VACUUM INTO :path"));
    q.bind(QStringLiteral(":path"), targetPath).exec();
}

namespace {

// The connection's sqlite3 handle, from Qt's driver (the same system library we link).
sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

} // namespace

bool SqliteDialect::connectionDetached(const QSqlDatabase& db, const QString& path) const
{
    sqlite3* handle = handleOf(db);
    if (!handle)
        return false;
    // The main file: renamed, deleted or replaced at its path since the connection opened it.
    int moved = 0;
    if (sqlite3_file_control(handle, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && moved)
        return true;

    // The WAL: SQLite opens it without lock bookkeeping, so HAS_MOVED cannot tell; compare the file
    // the connection has open with the one at the path. The descriptor is found once, among the
    // process's own; after that each check is a single stat().
    const QByteArray walPath = QFile::encodeName(path + QStringLiteral("-wal"));
    const QString name = db.connectionName();
    {
        QMutexLocker lock(&m_mutex);
        if (const auto known = m_walFiles.constFind(name); known != m_walFiles.constEnd()) {
            struct stat st
            {};
            return ::stat(walPath.constData(), &st) != 0 ||
                   FileId{quint64(st.st_dev), quint64(st.st_ino)} != known.value();
        }
    }
    // /proc shows the path the file was opened by, with symbolic links resolved.
    const QByteArray canonical =
        QFile::encodeName(QFileInfo(path).canonicalFilePath() + QStringLiteral("-wal"));
    const QByteArray deletedSuffix = " (deleted)";
    DIR* fds = ::opendir("/proc/self/fd");
    if (!fds)
        return false;
    bool deleted = false;
    std::optional<FileId> open;
    while (const dirent* entry = ::readdir(fds)) {
        if (entry->d_name[0] == '.')
            continue;
        const QByteArray link = QByteArrayLiteral("/proc/self/fd/") + entry->d_name;
        char target[4096];
        const ssize_t length = ::readlink(link.constData(), target, sizeof target);
        if (length <= 0 || length >= ssize_t(sizeof target))
            continue;
        const QByteArray linked(target, length);
        if (linked == canonical + deletedSuffix) {
            deleted = true;
        } else if (linked == canonical) {
            struct stat st
            {};
            if (::stat(link.constData(), &st) == 0)
                open = FileId{quint64(st.st_dev), quint64(st.st_ino)};
        }
    }
    ::closedir(fds);
    if (deleted)
        return true;
    if (open) {
        QMutexLocker lock(&m_mutex);
        m_walFiles.insert(name, *open);
    }
    return false;
}

void SqliteDialect::abandonConnection(const QSqlDatabase& db) const
{
    {
        QMutexLocker lock(&m_mutex);
        m_walFiles.remove(db.connectionName());
    }
    if (sqlite3* handle = handleOf(db)) {
        // Closing would otherwise checkpoint the deleted WAL into the main file, over pages that
        // another program may have changed since.
        int set = 0;
        sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, &set);
    }
}

QString SqliteDialect::readOnlyDatabaseName(const QString& path, QString* options) const
{
    *options = connectOptions() + QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        return path;
    *options += QStringLiteral(";QSQLITE_OPEN_URI");
    return QString::fromLatin1(QUrl::fromLocalFile(path).toEncoded()) + QStringLiteral("?immutable=1");
}

void SqliteDialect::purgeDeletedData(const QSqlDatabase& db) const
{
    // With secure_delete the main file is already clean once the pages are written back; the
    // checkpoint writes them back and truncates the WAL, which still holds the old page images.
    Query q(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    q.exec();
    if (q.next() && q.integer(0) != 0) {
        throw StorageError(StorageError::Kind::Busy,
                           QCoreApplication::translate(
                               "ia::SqliteDialect", "The data was deleted, but another program is still "
                                                    "reading the database, so old copies could not be wiped "
                                                    "yet. Interview Assistant wipes them the next time it "
                                                    "opens the database; close other programs using it."));
    }
}

QString SqliteDialect::nowSql() const
{
    return QStringLiteral("unixepoch()");
}

QString SqliteDialect::identityPrimaryKey() const
{
    // An alias of the rowid: auto-numbered, 64-bit.
    return QStringLiteral("INTEGER PRIMARY KEY");
}

QString SqliteDialect::engineVersion(const QSqlDatabase& db) const
{
    Query q(db, QStringLiteral("SELECT sqlite_version()"));
    return QStringLiteral("SQLite ") + q.scalar().toString();
}

void SqliteDialect::createTrigger(const QSqlDatabase& db, const QString& name, const QString& event,
                                  const QStringList& body) const
{
    Query::run(db, QStringLiteral("CREATE TRIGGER %1 %2 FOR EACH ROW BEGIN %3; END")
                       .arg(name, event, body.join(QStringLiteral("; "))));
}

void SqliteDialect::dropTrigger(const QSqlDatabase& db, const QString& name, const QString&) const
{
    Query::run(db, QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(name));
}

void SqliteDialect::createSearchIndex(const QSqlDatabase& db) const
{
    Query::run(db, QStringLiteral(
                       "CREATE VIRTUAL TABLE search_index USING fts5(body, kind UNINDEXED, ref_id UNINDEXED, "
                       "candidate_id UNINDEXED, interview_id UNINDEXED, tokenize = 'unicode61 "
                       "remove_diacritics 2')"));
    // Deleted text leaves the index at once, not at the next merge: an erased candidate's words must
    // not linger in the file.
    Query::run(db,
               QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)"));
    fillSearchIndex(*this, db, QStringLiteral("rowid"));
}

QString SqliteDialect::searchQuery() const
{
    return QStringLiteral(
        "SELECT x.kind, x.ref_id, x.candidate_id, x.interview_id, f.doc, f.score FROM (SELECT rowid AS doc, "
        "bm25(search_index) AS score FROM search_index WHERE search_index MATCH :query ORDER BY score, doc "
        "LIMIT :window) AS f JOIN search_index x ON x.rowid = f.doc");
}

QString SqliteDialect::matchCountQuery() const
{
    return QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH :query");
}

QString SqliteDialect::snippetQuery(int docs) const
{
    QStringList placeholders;
    for (int i = 0; i < docs; ++i)
        placeholders << QStringLiteral(":doc%1").arg(i);
    return QStringLiteral(
               "SELECT rowid, snippet(search_index, 0, char(1), char(2), '…', 14) FROM search_index "
               "WHERE search_index MATCH :query AND rowid IN (%1)")
        .arg(placeholders.join(QStringLiteral(", ")));
}

QString SqliteDialect::searchExpression(const QString& userText) const
{
    // Control characters are not words, and a NUL would end the expression early inside FTS5's
    // parser ("unterminated string"): found by fuzzing, they count as spaces.
    QString text = userText;
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char(' ');
    }
    QStringList terms;
    for (QString word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const bool prefix = word.endsWith(QLatin1Char('*'));
        if (prefix)
            word.chop(1);
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        if (word.isEmpty())
            continue;
        terms << QStringLiteral("\"%1\"%2").arg(word, prefix ? QStringLiteral("*") : QString());
    }
    return terms.join(QLatin1Char(' '));
}

void SqliteDialect::lockForMigration(const QSqlDatabase&) const
{
    // BEGIN IMMEDIATE has taken the write lock.
}

bool SqliteDialect::canDropConstraints() const
{
    return false;
}

void SqliteDialect::createFilterIndex(const QSqlDatabase&) const {}

void SqliteDialect::createCoveringIndex(const QSqlDatabase& db, const QString& name, const QString& table,
                                        const QString& keys, const QString& carried) const
{
    // Names and columns are the schema's own text.
    Query::run(db, QStringLiteral("CREATE INDEX %1 ON %2 (%3, %4)").arg(name, table, keys, carried));
}

QString SqliteDialect::lockForUpdate() const
{
    return {};
}

QString SqliteDialect::lockForShare() const
{
    return {};
}

QStringList SqliteDialect::lockRowInTrigger(const QString&, const QString&) const
{
    return {};
}

QString SqliteDialect::keepGivenId() const
{
    return {};
}

void SqliteDialect::installServerSide(const QSqlDatabase&) const {}

} // namespace ia
