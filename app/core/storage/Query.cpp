#include "Query.h"

#include "storage/CheckedFiles.h"
#include "storage/StatementCache.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlDriver>
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

// PostgreSQL reports SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html);
// a lost connection often has none, only libpq's words.
StorageError serverErrorFor(const QSqlError& error, const QString& sql)
{
    const QString detail = error.text() + QStringLiteral(" — in: ") + sql.simplified().left(300);
    const QString state = error.nativeErrorCode();
    const QString text = error.text();
    const auto tr = [](const char* s) {
        return QCoreApplication::translate("ia::Query", s);
    };
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
        state == QLatin1String("57P02") || state == QLatin1String("57P03") ||
        (state.isEmpty() && (text.contains(QLatin1String("connection"), Qt::CaseInsensitive) ||
                             text.contains(QLatin1String("server closed"), Qt::CaseInsensitive)))) {
        return StorageError(StorageError::Kind::Unreachable,
                            tr("The team server cannot be reached. Check the network connection; what "
                               "you type is kept and saved when the server is back."),
                            detail);
    }
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return StorageError(StorageError::Kind::Busy,
                            tr("A colleague was changing the same record at the same moment. Try again."),
                            detail);
    if (state == QLatin1String("42501"))
        return StorageError(StorageError::Kind::Denied,
                            tr("The team server does not allow your account to do or see this. Ask the "
                               "server's administrator if you need it."),
                            detail);
    if (state == QLatin1String("25006"))
        return StorageError(StorageError::Kind::ReadOnly,
                            tr("The team server accepts no changes at the moment (it is read-only)."),
                            detail);
    if (state == QLatin1String("53100"))
        return StorageError(StorageError::Kind::DiskFull,
                            tr("The team server's disk is full. Tell its administrator."), detail);
    if (state.startsWith(QLatin1String("53")) || state.startsWith(QLatin1String("57")))
        return StorageError(StorageError::Kind::Unreachable,
                            tr("The team server is overloaded or shutting down. Try again in a moment."),
                            detail);
    return StorageError(StorageError::Kind::Failed, tr("Saving or reading data failed."), detail);
}

// PostgreSQL prepares only queries and data changes (Qt's driver prepares with PREPARE ... AS);
// the rest (BEGIN, COMMIT, DDL, SET) is sent as it is, with nothing bound.
bool needsDirectExecution(const QSqlDatabase& db, const QString& sql)
{
    if (!db.driver() || db.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        return false;
    static const QStringList preparable = {QStringLiteral("SELECT"), QStringLiteral("INSERT"),
                                           QStringLiteral("UPDATE"), QStringLiteral("DELETE"),
                                           QStringLiteral("WITH"),   QStringLiteral("VALUES")};
    const QString trimmed = sql.trimmed();
    qsizetype end = 0;
    while (end < trimmed.size() && trimmed.at(end).isLetter())
        ++end;
    const QString first = trimmed.left(end).toUpper();
    return !preparable.contains(first);
}

} // namespace

Query::Query(const QSqlDatabase& db, const QString& sql)
    : m_sql(sql)
    , m_connection(db.connectionName())
{
    // A server connection that broke (the cache's own PREPARE may have just found out), or one
    // closed after the server was lost (fail() below) and still held by a repository for its next
    // statement: the same answer as the first failure, without asking Qt to prepare on it.
    const auto requireOpen = [&] {
        if (!db.isOpen() && db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
            StatementCache::instance().forget(m_connection);
            throw serverErrorFor(
                QSqlError(QStringLiteral("connection closed"), QString(), QSqlError::ConnectionError), sql);
        }
    };
    requireOpen();
    if (needsDirectExecution(db, sql)) {
        m_direct = true;
        m_query = std::make_shared<QSqlQuery>(db);
        return;
    }
    m_query = StatementCache::instance().borrow(db, sql);
    if (m_query) {
        m_cachedOn = db.connectionName();
        return;
    }
    requireOpen();
    m_query = std::make_shared<QSqlQuery>(db);
    m_query->setForwardOnly(forwardOnly(db));
    if (!m_query->prepare(sql))
        fail(QStringLiteral("prepare"));
}

bool Query::forwardOnly(const QSqlDatabase& db)
{
    // Forward-only lets SQLite hand rows over as it finds them. Qt's PostgreSQL driver then reads
    // in single-row mode, which allows one open result per connection, and the repositories read
    // one query while running another: there the rows come in at once.
    return !db.driver() || db.driver()->dbmsType() != QSqlDriver::PostgreSQL;
}

Query::~Query()
{
    if (m_cachedOn.isEmpty())
        return;
    // Reset for the next user: an unfinished SELECT would hold its read snapshot, an unfinished
    // INSERT ... RETURNING would block COMMIT.
    // A statement whose use failed may have been finalized by SQLite's driver: not kept for reuse.
    // PostgreSQL's prepared statement outlives a failed execution, and freeing it now, inside the
    // transaction the failure aborted, would fail too.
    const bool onServer = m_query->driver() && m_query->driver()->dbmsType() == QSqlDriver::PostgreSQL;
    const bool healthy = !m_query->lastError().isValid() || onServer;
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
    if (m_direct) {
        if (!m_query->exec(m_sql))
            fail(QStringLiteral("exec"));
        return *this;
    }
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
    const QSqlDriver* driver = m_query->driver();
    StorageError error = driver && driver->dbmsType() == QSqlDriver::PostgreSQL
                             ? serverErrorFor(m_query->lastError(), m_sql)
                             : errorFor(m_query->lastError(), m_sql);
    if (error.kind() == StorageError::Kind::Corrupt)
        CheckedFiles::sawDamage();
    if (error.kind() == StorageError::Kind::Unreachable) {
        // libpq does not reconnect by itself: the connection is closed here, with the statements
        // prepared on it, and Database::connection() opens it again at the next use.
        StatementCache::instance().forget(m_connection);
        QSqlDatabase::database(m_connection, false).close();
    }
    throw error;
}

} // namespace ia
