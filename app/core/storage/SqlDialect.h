#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ia {

// Everything that differs between database engines lives behind this seam: connection set-up,
// how a write transaction starts, where the schema version is kept, row locks, triggers, search,
// and the few DDL words that differ. The repositories and the schema are written once against it;
// SqliteDialect and PostgresDialect (a team server) fill it. What only a database file has (its
// side files, backups by copy, detached connections) is SqliteDialect's own, used by Database for
// files alone.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    virtual QString driverName() const = 0;
    virtual QString connectOptions() const = 0;

    // Per-connection settings; throws StorageError when one does not take. A read-only connection
    // gets the ones that apply to reading.
    virtual void configureConnection(const QSqlDatabase& db, bool readOnly) const = 0;

    // Starts a transaction that takes the write lock at once, so a second writer waits for it
    // instead of failing later at COMMIT.
    virtual QString beginWriteStatement() const = 0;

    virtual int schemaVersion(const QSqlDatabase& db) const = 0;
    // Must be transactional: it runs inside the migration's transaction.
    virtual void setSchemaVersion(const QSqlDatabase& db, int version) const = 0;

    // Whether the store holds any tables at all (a file of another program, say).
    virtual bool hasAnyTable(const QSqlDatabase& db) const = 0;

    // Around a migration's transaction: schema changes that rebuild a table (the documented way to
    // drop a constraint in SQLite) need foreign-key enforcement off while they run. Before the
    // commit, checkForeignKeys() throws if any key points nowhere, so nothing slips through.
    virtual void setForeignKeyEnforcement(const QSqlDatabase& db, bool on) const = 0;
    virtual void checkForeignKeys(const QSqlDatabase& db) const = 0;

    // The database's own clock in UTC seconds, as an SQL expression: leases are compared on it, so
    // several machines on one server agree whatever their own clocks say.
    virtual QString nowSql() const = 0;

    // DDL for an auto-numbered 64-bit primary key column.
    virtual QString identityPrimaryKey() const = 0;

    // Human-readable engine version, for Help > About.
    virtual QString engineVersion(const QSqlDatabase& db) const = 0;

    // A row trigger: `event` is e.g. "AFTER UPDATE OF state ON interview"; the body statements may
    // use NEW and OLD. (SQLite takes them inline; PostgreSQL would wrap them in a function.)
    virtual void createTrigger(const QSqlDatabase& db, const QString& name, const QString& event,
                               const QStringList& body) const = 0;
    virtual void dropTrigger(const QSqlDatabase& db, const QString& name, const QString& table) const = 0;

    // Full-text search over notes, highlights, summaries, code answers and candidate notes: the index
    // with the triggers that keep it in sync, and queries over it. searchQuery() yields the columns
    // kind, ref_id, candidate_id, interview_id, doc, score (lower is better) of the best :window
    // matches of :query, by score then doc (ranking first and reading the other columns for those
    // alone: reading them for every match cost as much as the ranking); matchCountQuery() counts
    // the matches;
    // snippetQuery(n) yields doc, snippet for :query and the docs bound to :doc0 … :doc<n-1>, with
    // \x01 and \x02 around the matched words. Snippets are made only for the hits shown: making one
    // for every match cost ten times the search itself.
    virtual void createSearchIndex(const QSqlDatabase& db) const = 0;
    virtual QString searchQuery() const = 0;
    virtual QString matchCountQuery() const = 0;
    virtual QString snippetQuery(int docs) const = 0;
    // The user's words as a query for the engine: every word taken literally, all of them required;
    // a trailing * matches a prefix. Empty when there is nothing to search for.
    virtual QString searchExpression(const QString& userText) const = 0;

    // Inside a migration's transaction, before it reads the version: makes a second program that
    // starts at the same moment wait, then find the schema up to date. (SQLite's BEGIN IMMEDIATE
    // does it already.)
    virtual void lockForMigration(const QSqlDatabase& db) const = 0;
    // Whether ALTER TABLE can drop a constraint; SQLite cannot, and rebuilds the table instead.
    virtual bool canDropConstraints() const = 0;
    // Row locks for a check followed by a write, appended to the SELECT that checks. SQLite has
    // none and needs none: BEGIN IMMEDIATE makes its writers take turns. On a server, FOR UPDATE
    // makes a second writer wait and then read the row as the first left it; FOR SHARE keeps the
    // row from changing until the reader's transaction ends.
    virtual QString lockForUpdate() const = 0;
    virtual QString lockForShare() const = 0;
    // Statements for a trigger body that make concurrent transactions touching the same row of
    // `table` take turns (the caches recomputed per candidate); none on SQLite.
    virtual QStringList lockRowInTrigger(const QString& table, const QString& idExpression) const = 0;
    // The words that let an INSERT put back an id the database handed out before (an undone
    // removal): PostgreSQL's identity columns refuse a given id without them.
    virtual QString keepGivenId() const = 0;
    // An index that serves the candidates filter (filter_text LIKE '%word%'), where the engine has
    // one; SQLite reads the column in full, which is fast enough on one laptop.
    virtual void createFilterIndex(const QSqlDatabase& db) const = 0;
    // An index on `keys` that also carries `carried`, so a walk in the keys' order reads those
    // columns from the index alone: PostgreSQL's INCLUDE, trailing key columns on SQLite.
    virtual void createCoveringIndex(const QSqlDatabase& db, const QString& name, const QString& table,
                                     const QString& keys, const QString& carried) const = 0;
    // After a migration's steps, in its transaction, what only a server has: who may read and write
    // what (roles and row-level security, ServerAccess) and the notifications of colleagues'
    // changes (ServerChanges). A file has its permissions (0600) and the app's own rules. What it
    // installs changes only with a schema step (an empty one will do): servers get it when they
    // are upgraded, and `server setup` and `server upgrade --yes` install it again on request.
    virtual void installServerSide(const QSqlDatabase& db) const = 0;
};

} // namespace ia
