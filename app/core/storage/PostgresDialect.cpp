#include "PostgresDialect.h"

#include "storage/Query.h"
#include "storage/SearchSources.h"
#include "storage/ServerAccess.h"
#include "storage/ServerChanges.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ia {

namespace {

// pg_advisory_xact_lock's key for migrations: any constant of our own ("IA" "SCHEMA" in ASCII).
constexpr qint64 migrationLockKey = 0x4941534348454d41LL;

const QString searchConfig = QStringLiteral("ia_search");

} // namespace

PostgresDialect::PostgresDialect(int busyTimeoutMs)
    : m_busyTimeoutMs(busyTimeoutMs)
{}

QString PostgresDialect::driverName() const
{
    return QStringLiteral("QPSQL");
}

QString PostgresDialect::connectOptions() const
{
    return {};
}

void PostgresDialect::configureConnection(const QSqlDatabase& db, bool readOnly) const
{
    // Times are seconds since the epoch in UTC throughout; NOTICEs ("extension already exists")
    // are not for the user.
    Query::run(db, QStringLiteral("SET TIME ZONE 'UTC'"));
    Query::run(db, QStringLiteral("SET client_min_messages = warning"));
    // A write waits this long for another's row lock before failing with Busy, as on SQLite.
    Query::run(db, QStringLiteral("SET lock_timeout = '%1ms'").arg(m_busyTimeoutMs));
    if (readOnly)
        Query::run(db, QStringLiteral("SET default_transaction_read_only = on"));
}

QString PostgresDialect::beginWriteStatement() const
{
    // Rows are locked as they are written; a check-then-update locks what it checks with
    // SELECT ... FOR UPDATE or checks in the UPDATE's WHERE.
    return QStringLiteral("BEGIN");
}

int PostgresDialect::schemaVersion(const QSqlDatabase& db) const
{
    Query exists(db, QStringLiteral("SELECT to_regclass('app_meta') IS NOT NULL"));
    if (!exists.scalar().toBool())
        return 0;
    Query q(db, QStringLiteral("SELECT value FROM app_meta WHERE key = 'schema_version'"));
    q.exec();
    return q.next() ? q.text(0).toInt() : 0;
}

void PostgresDialect::setSchemaVersion(const QSqlDatabase& db, int version) const
{
    Query q(db, QStringLiteral("INSERT INTO app_meta (key, value) VALUES ('schema_version', :v) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":v"), QString::number(version)).exec();
}

bool PostgresDialect::hasAnyTable(const QSqlDatabase& db) const
{
    Query q(db,
            QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"));
    return q.scalar().toInt() > 0;
}

void PostgresDialect::setForeignKeyEnforcement(const QSqlDatabase&, bool) const
{
    // Always enforced; the schema's steps alter tables in place (canDropConstraints).
}

void PostgresDialect::checkForeignKeys(const QSqlDatabase&) const {}

QString PostgresDialect::nowSql() const
{
    return QStringLiteral("CAST(floor(extract(epoch FROM clock_timestamp())) AS BIGINT)");
}

QString PostgresDialect::identityPrimaryKey() const
{
    // Ids come from the server, never from a client.
    return QStringLiteral("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY");
}

QString PostgresDialect::engineVersion(const QSqlDatabase& db) const
{
    Query q(db, QStringLiteral("SELECT current_setting('server_version')"));
    return QStringLiteral("PostgreSQL ") + q.scalar().toString();
}

void PostgresDialect::createTrigger(const QSqlDatabase& db, const QString& name, const QString& event,
                                    const QStringList& body) const
{
    // Names and bodies are the schema's own text, never the user's. ServerAccess makes them run as
    // the owner, after every migration.
    Query::run(db, QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $body$ BEGIN %2; "
                                  "RETURN NULL; END $body$")
                       .arg(name, body.join(QStringLiteral("; "))));
    Query::run(db,
               QStringLiteral("CREATE TRIGGER %1 %2 FOR EACH ROW EXECUTE FUNCTION %1()").arg(name, event));
}

void PostgresDialect::dropTrigger(const QSqlDatabase& db, const QString& name, const QString& table) const
{
    Query::run(db, QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(name, table));
    Query::run(db, QStringLiteral("DROP FUNCTION IF EXISTS %1()").arg(name));
}

void PostgresDialect::createSearchIndex(const QSqlDatabase& db) const
{
    // Punctuation separates words, as in SQLite's unicode61 tokenizer: PostgreSQL's parser would
    // keep "copy.deepcopy" whole (as a host name) and "__deepcopy__" as one word, and a search for
    // deepcopy would find neither. The query's words are split the same way (searchExpression).
    // Words match with and without accents and in any case, as SQLite's remove_diacritics does.
    Query::run(db, QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent"));
    Query::run(
        db,
        QStringLiteral("CREATE TEXT SEARCH CONFIGURATION %1 (COPY = pg_catalog.simple)").arg(searchConfig));
    Query::run(db, QStringLiteral("ALTER TEXT SEARCH CONFIGURATION %1 ALTER MAPPING FOR hword, hword_part, "
                                  "word WITH unaccent, simple")
                       .arg(searchConfig));
    Query::run(db,
               QStringLiteral("CREATE TABLE search_index (doc BIGINT PRIMARY KEY, body TEXT NOT NULL, "
                              "kind TEXT NOT NULL, ref_id BIGINT NOT NULL, candidate_id BIGINT, "
                              "interview_id BIGINT, words tsvector GENERATED ALWAYS AS "
                              "(to_tsvector('%1', regexp_replace(body, '[[:punct:]]+', ' ', 'g'))) STORED)")
                   .arg(searchConfig));
    Query::run(db, QStringLiteral("CREATE INDEX search_index_words ON search_index USING gin (words)"));
    fillSearchIndex(*this, db, QStringLiteral("doc"));
}

QString PostgresDialect::searchQuery() const
{
    // ts_rank is higher for better matches; the repositories want lower is better.
    return QStringLiteral(
               "SELECT x.kind, x.ref_id, x.candidate_id, x.interview_id, f.doc, f.score FROM (SELECT s.doc, "
               "-ts_rank(s.words, q.query) AS score FROM search_index s, to_tsquery('%1', :query) AS q "
               "(query) "
               "WHERE s.words @@ q.query ORDER BY score, s.doc LIMIT :window) AS f JOIN search_index x ON "
               "x.doc = f.doc")
        .arg(searchConfig);
}

QString PostgresDialect::matchCountQuery() const
{
    return QStringLiteral("SELECT count(*) FROM search_index WHERE words @@ to_tsquery('%1', :query)")
        .arg(searchConfig);
}

QString PostgresDialect::snippetQuery(int docs) const
{
    QStringList placeholders;
    for (int i = 0; i < docs; ++i)
        placeholders << QStringLiteral(":doc%1").arg(i);
    return QStringLiteral("SELECT doc, ts_headline('%1', body, to_tsquery('%1', :query), 'StartSel=' || "
                          "chr(1) || ', StopSel=' || chr(2) || ', MaxWords=14, MinWords=6, "
                          "MaxFragments=1, FragmentDelimiter=…') FROM search_index WHERE doc IN (%2)")
        .arg(searchConfig, placeholders.join(QStringLiteral(", ")));
}

QString PostgresDialect::searchExpression(const QString& userText) const
{
    // Each word a quoted lexeme, all required (&), a trailing * a prefix (:*). Control characters
    // count as spaces, as for SQLite.
    QString text = userText;
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char(' ');
    }
    QStringList terms;
    for (QString word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const bool prefix = word.endsWith(QLatin1Char('*'));
        // Split where the index splits (see createSearchIndex): "copy.deepcopy" is two words.
        QStringList parts;
        QString part;
        for (const QChar c : std::as_const(word)) {
            if (c.isLetterOrNumber() || c.isMark()) {
                part += c;
            } else if (!part.isEmpty()) {
                parts << part;
                part.clear();
            }
        }
        if (!part.isEmpty())
            parts << part;
        for (int i = 0; i < parts.size(); ++i) {
            // Letters and digits only: nothing needs quoting inside the quoted lexeme.
            const bool last = i == parts.size() - 1;
            terms << QStringLiteral("'%1'%2").arg(parts.at(i),
                                                  prefix && last ? QStringLiteral(":*") : QString());
        }
    }
    return terms.join(QStringLiteral(" & "));
}

void PostgresDialect::lockForMigration(const QSqlDatabase& db) const
{
    // Another program's upgrade may take a while: wait for it, not for the short write timeout.
    Query::run(db, QStringLiteral("SET LOCAL lock_timeout = '120s'"));
    Query q(db, QStringLiteral("SELECT pg_advisory_xact_lock(:key)"));
    q.bind(QStringLiteral(":key"), migrationLockKey).exec();
}

bool PostgresDialect::canDropConstraints() const
{
    return true;
}

void PostgresDialect::createFilterIndex(const QSqlDatabase& db) const
{
    // LIKE '%word%' can use a trigram index; without it every keystroke reads every candidate.
    Query::run(db, QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"));
    Query::run(db, QStringLiteral("CREATE INDEX candidate_score_filter_trigrams ON candidate_score "
                                  "USING gin (filter_text gin_trgm_ops)"));
}

void PostgresDialect::createCoveringIndex(const QSqlDatabase& db, const QString& name, const QString& table,
                                          const QString& keys, const QString& carried) const
{
    // Names and columns are the schema's own text.
    Query::run(db, QStringLiteral("CREATE INDEX %1 ON %2 (%3) INCLUDE (%4)").arg(name, table, keys, carried));
}

QString PostgresDialect::lockForUpdate() const
{
    // NO KEY: a foreign-key check on the row (an interview inserted for the candidate takes
    // FOR KEY SHARE on it) does not conflict, so inserting and recomputing cannot deadlock.
    return QStringLiteral(" FOR NO KEY UPDATE");
}

QString PostgresDialect::lockForShare() const
{
    return QStringLiteral(" FOR SHARE");
}

QStringList PostgresDialect::lockRowInTrigger(const QString& table, const QString& idExpression) const
{
    return {QStringLiteral("PERFORM 1 FROM %1 WHERE id = %2%3").arg(table, idExpression, lockForUpdate())};
}

QString PostgresDialect::keepGivenId() const
{
    // Only ever an id the server issued and that was deleted since: the sequence never hands it
    // out again, so putting it back cannot collide.
    return QStringLiteral(" OVERRIDING SYSTEM VALUE");
}

void PostgresDialect::installServerSide(const QSqlDatabase& db) const
{
    ServerAccess::install(db);
    ServerChanges::install(db);
}

} // namespace ia
