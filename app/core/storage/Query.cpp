#include "Query.h"

#include "storage/CheckedFiles.h"
#include "storage/StatementCache.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlRecord>

namespace ia {

namespace {

StorageError errorFor(const QSqlError& error, const QString& sql)
{
    const QString detail = error.text() + QStringLiteral(" — in: ") + sql.simplified().left(300);
    // Qt's SQLite driver reports extended result codes (SQLITE_BUSY_SNAPSHOT is 517, say); the
    // primary code is the low byte.
    bool isNumber = false;
    const int primary = error.nativeErrorCode().toInt(&isNumber) & 0xff;
    if (!isNumber)
        return StorageError(StorageError::Kind::Failed,
                            QCoreApplication::translate("ia::Query", "Saving or reading data failed."),
                            detail);
    switch (primary) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return StorageError(
            StorageError::Kind::Busy,
            QCoreApplication::translate("ia::Query",
                                        "The database is in use by another program and did not become free "
                                        "in time. Close the other program and try again."),
            detail);
    case 8: // SQLITE_READONLY
        return StorageError(
            StorageError::Kind::ReadOnly,
            QCoreApplication::translate("ia::Query", "The database cannot be changed: the file or its folder "
                                                     "is read-only. Check their permissions."),
            detail);
    case 10: // SQLITE_IOERR
        return StorageError(StorageError::Kind::Io,
                            QCoreApplication::translate(
                                "ia::Query", "The disk reported an error while reading or writing the "
                                             "database. Check the disk, then try again."),
                            detail);
    case 11: // SQLITE_CORRUPT
        return StorageError(
            StorageError::Kind::Corrupt,
            QCoreApplication::translate("ia::Query", "The database file is damaged. Restore it from a backup "
                                                     "(Interview Assistant keeps one before every upgrade)."),
            detail);
    case 13: // SQLITE_FULL
        return StorageError(StorageError::Kind::DiskFull,
                            QCoreApplication::translate("ia::Query",
                                                        "The disk that holds the database is full. Free some "
                                                        "space, then try again."),
                            detail);
    case 3:  // SQLITE_PERM
    case 14: // SQLITE_CANTOPEN
        return StorageError(StorageError::Kind::Io,
                            QCoreApplication::translate(
                                "ia::Query", "The database's files could not be opened. Check that the "
                                             "file and its folder exist and may be read and written."),
                            detail);
    case 26: // SQLITE_NOTADB
        return StorageError(StorageError::Kind::NotADatabase,
                            QCoreApplication::translate("ia::Query", "The file is not a database."), detail);
    default:
        return StorageError(StorageError::Kind::Failed,
                            QCoreApplication::translate("ia::Query", "Saving or reading data failed."),
                            detail);
    }
}

} // namespace

Query::Query(const QSqlDatabase& db, const QString& sql)
    : m_sql(sql)
{
    m_query = StatementCache::instance().borrow(db, sql);
    if (m_query) {
        m_cachedOn = db.connectionName();
        return;
    }
    m_query = std::make_shared<QSqlQuery>(db);
    m_query->setForwardOnly(true);
    if (!m_query->prepare(sql))
        fail(QStringLiteral("prepare"));
}

Query::~Query()
{
    if (m_cachedOn.isEmpty())
        return;
    // Reset for the next user: an unfinished SELECT would hold its read snapshot, an unfinished
    // INSERT ... RETURNING would block COMMIT.
    // A statement whose use failed may have been finalized by the driver: not kept for reuse.
    const bool healthy = !m_query->lastError().isValid();
    m_query->finish();
    m_query.reset();
    StatementCache::instance().release(m_cachedOn, m_sql, healthy);
}

Query& Query::bind(const QString& placeholder, const QVariant& value)
{
    // Qt binds a null QString as SQL NULL, which NOT NULL text columns reject; an unset text field
    // is empty text. A deliberate NULL is a null QVariant, which is passed through.
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query->bindValue(placeholder, QString(QLatin1String("")));
    else
        m_query->bindValue(placeholder, value);
    return *this;
}

Query& Query::exec()
{
    if (!m_query->exec())
        fail(QStringLiteral("exec"));
    return *this;
}

bool Query::next()
{
    if (m_query->next())
        return true;
    // next() also returns false on a read error halfway through a result set.
    if (m_query->lastError().isValid())
        fail(QStringLiteral("next"));
    return false;
}

QString Query::columnName(int column) const
{
    return m_query->record().fieldName(column);
}

QVariant Query::scalar()
{
    exec();
    if (!next()) {
        throw StorageError(StorageError::Kind::Failed,
                           QCoreApplication::translate("ia::Query", "Saving or reading data failed."),
                           QStringLiteral("no row returned by: ") + m_sql.simplified().left(300));
    }
    return value(0);
}

qint64 Query::insertReturningId()
{
    const qint64 id = scalar().toLongLong();
    m_query->finish();
    return id;
}

void Query::run(const QSqlDatabase& db, const QString& sql)
{
    Query q(db, sql);
    q.exec();
}

bool Query::tryRun(const QSqlDatabase& db, const QString& sql) noexcept
{
    QSqlQuery q(db);
    return q.exec(sql);
}

void Query::fail(const QString& step) const
{
    Q_UNUSED(step)
    StorageError error = errorFor(m_query->lastError(), m_sql);
    if (error.kind() == StorageError::Kind::Corrupt)
        CheckedFiles::sawDamage();
    throw error;
}

} // namespace ia
