#pragma once

#include "storage/SqlDialect.h"

namespace ia {

// SQLite specifics: WAL, pragmas, BEGIN IMMEDIATE, PRAGMA user_version, VACUUM INTO.
class SqliteDialect final : public SqlDialect
{
public:
    explicit SqliteDialect(int busyTimeoutMs = 5000);

    QString driverName() const override;
    QString connectOptions() const override;
    void configureConnection(const QSqlDatabase& db) const override;
    QString beginWriteStatement() const override;
    int schemaVersion(const QSqlDatabase& db) const override;
    void setSchemaVersion(const QSqlDatabase& db, int version) const override;
    bool hasAnyTable(const QSqlDatabase& db) const override;
    void backupTo(const QSqlDatabase& db, const QString& targetPath) const override;
    void purgeDeletedData(const QSqlDatabase& db) const override;
    QString identityPrimaryKey() const override;
    QString engineVersion(const QSqlDatabase& db) const override;
    void dropTrigger(const QSqlDatabase& db, const QString& name, const QString& table) const override;
    void createTrigger(const QSqlDatabase& db, const QString& name, const QString& event,
                       const QStringList& body) const override;
    void createSearchIndex(const QSqlDatabase& db) const override;
    QString searchQuery() const override;
    QString searchExpression(const QString& userText) const override;

private:
    int m_busyTimeoutMs;
};

} // namespace ia
