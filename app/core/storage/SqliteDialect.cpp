#include "SqliteDialect.h"

#include "storage/Query.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

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

void SqliteDialect::configureConnection(const QSqlDatabase& db) const
{
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
                                                    "yet. Close other windows and try again."));
    }
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

} // namespace ia
