#include "Query.h"

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace ia {

namespace {

StorageError errorFor(const QSqlError& error, const QString& sql)
{
    const QString native = error.nativeErrorCode();
    const QString detail = error.text() + QStringLiteral(" — in: ") + sql.simplified().left(300);
    // SQLite's primary result codes: 5 BUSY, 6 LOCKED, 11 CORRUPT, 26 NOTADB.
    if (native == QLatin1String("5") || native == QLatin1String("6")) {
        return StorageError(
            StorageError::Kind::Busy,
            QCoreApplication::translate("ia::Query",
                                        "The database is in use by another program and did not become free "
                                        "in time. Close the other program and try again."),
            detail);
    }
    if (native == QLatin1String("11")) {
        return StorageError(
            StorageError::Kind::Corrupt,
            QCoreApplication::translate("ia::Query", "The database file is damaged. Restore it from a backup "
                                                     "(Interview Assistant keeps one before every upgrade)."),
            detail);
    }
    if (native == QLatin1String("26")) {
        return StorageError(StorageError::Kind::NotADatabase,
                            QCoreApplication::translate("ia::Query", "The file is not a database."), detail);
    }
    return StorageError(StorageError::Kind::Failed,
                        QCoreApplication::translate("ia::Query", "Saving or reading data failed."), detail);
}

} // namespace

Query::Query(const QSqlDatabase& db, const QString& sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        fail(QStringLiteral("prepare"));
}

Query& Query::bind(const QString& placeholder, const QVariant& value)
{
    // Qt binds a null QString as SQL NULL, which NOT NULL text columns reject; an unset text field
    // is empty text. A deliberate NULL is a null QVariant, which is passed through.
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QString(QLatin1String("")));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

Query& Query::exec()
{
    if (!m_query.exec())
        fail(QStringLiteral("exec"));
    return *this;
}

bool Query::next()
{
    if (m_query.next())
        return true;
    // next() also returns false on a read error halfway through a result set.
    if (m_query.lastError().isValid())
        fail(QStringLiteral("next"));
    return false;
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
    m_query.finish();
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
    throw errorFor(m_query.lastError(), m_sql);
}

} // namespace ia
