#pragma once

#include "storage/SqlDialect.h"

namespace ia {

// PostgreSQL specifics (Qt's QPSQL driver), for a team server: identity columns, PL/pgSQL trigger
// functions, full-text search with tsvector, a GIN index and unaccent, trigram indexes for the
// candidates filter, and an advisory lock around migrations. The schema version is a row of
// app_meta, so it changes in the migration's transaction.
class PostgresDialect final : public SqlDialect
{
public:
    // How long a write waits for another's row lock before failing with Busy (lock_timeout).
    explicit PostgresDialect(int busyTimeoutMs = 5000);

    QString driverName() const override;
    QString connectOptions() const override;
    void configureConnection(const QSqlDatabase& db, bool readOnly) const override;
    QString beginWriteStatement() const override;
    int schemaVersion(const QSqlDatabase& db) const override;
    void setSchemaVersion(const QSqlDatabase& db, int version) const override;
    bool hasAnyTable(const QSqlDatabase& db) const override;
    void setForeignKeyEnforcement(const QSqlDatabase& db, bool on) const override;
    void checkForeignKeys(const QSqlDatabase& db) const override;
    QString nowSql() const override;
    QString identityPrimaryKey() const override;
    QString engineVersion(const QSqlDatabase& db) const override;
    void createTrigger(const QSqlDatabase& db, const QString& name, const QString& event,
                       const QStringList& body) const override;
    void dropTrigger(const QSqlDatabase& db, const QString& name, const QString& table) const override;
    void createSearchIndex(const QSqlDatabase& db) const override;
    QString searchQuery() const override;
    QString matchCountQuery() const override;
    QString snippetQuery(int docs) const override;
    QString searchExpression(const QString& userText) const override;
    void lockForMigration(const QSqlDatabase& db) const override;
    bool canDropConstraints() const override;
    void createFilterIndex(const QSqlDatabase& db) const override;
    void createCoveringIndex(const QSqlDatabase& db, const QString& name, const QString& table,
                             const QString& keys, const QString& carried) const override;
    void installServerSide(const QSqlDatabase& db) const override;
    QString lockForUpdate() const override;
    QString lockForShare() const override;
    QStringList lockRowInTrigger(const QString& table, const QString& idExpression) const override;
    QString keepGivenId() const override;

private:
    int m_busyTimeoutMs;
};

} // namespace ia
