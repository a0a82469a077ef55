#include "Schema.h"

#include "domain/Identity.h"
#include "storage/CandidateFilterText.h"
#include "storage/Query.h"
#include "storage/SqlDialect.h"

#include <QHash>
#include <QStringList>

#include <functional>

namespace ia::Schema {

namespace {

// Portable DDL: {{id}} becomes the dialect's auto-numbered key. Times are UTC seconds since the
// epoch (BIGINT), enumerations are short text keys checked by the database itself.
const char* const v1Statements[] = {
    R"(CREATE TABLE app_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL))",

    R"(CREATE TABLE question (
        id {{id}},
        key TEXT UNIQUE,
        created_at BIGINT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))))",

    R"(CREATE TABLE question_version (
        id {{id}},
        question_id BIGINT NOT NULL REFERENCES question (id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        category TEXT NOT NULL,
        title TEXT NOT NULL,
        prompt TEXT NOT NULL,
        assesses TEXT NOT NULL DEFAULT '',
        code_syntax TEXT NOT NULL DEFAULT '',
        code_text TEXT NOT NULL DEFAULT '',
        time_budget_seconds INTEGER NOT NULL DEFAULT 0 CHECK (time_budget_seconds >= 0),
        practical INTEGER NOT NULL DEFAULT 0 CHECK (practical IN (0, 1)),
        created_at BIGINT NOT NULL,
        UNIQUE (question_id, version)))",

    R"(CREATE TABLE question_follow_up (
        question_version_id BIGINT NOT NULL REFERENCES question_version (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (question_version_id, position)))",

    R"(CREATE TABLE rubric_anchor (
        question_version_id BIGINT NOT NULL REFERENCES question_version (id) ON DELETE CASCADE,
        score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 4),
        label TEXT NOT NULL,
        description TEXT NOT NULL,
        PRIMARY KEY (question_version_id, score)))",

    R"(CREATE TABLE kit (
        id {{id}},
        name TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        created_at BIGINT NOT NULL))",

    R"(CREATE TABLE kit_item (
        id {{id}},
        kit_id BIGINT NOT NULL REFERENCES kit (id) ON DELETE CASCADE,
        question_id BIGINT NOT NULL REFERENCES question (id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        time_budget_seconds INTEGER NOT NULL CHECK (time_budget_seconds >= 0),
        weight DOUBLE PRECISION NOT NULL DEFAULT 1.0 CHECK (weight >= 0)))",
    "CREATE INDEX kit_item_by_kit ON kit_item (kit_id, position)",

    R"(CREATE TABLE candidate (
        id {{id}},
        name TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'new' CHECK (status IN
            ('new', 'screening', 'interviewing', 'offer', 'hired', 'rejected', 'withdrawn')),
        cultural_fit_notes TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL))",
    "CREATE INDEX candidate_by_name ON candidate (name)",
    "CREATE INDEX candidate_by_role ON candidate (role, name)",
    "CREATE INDEX candidate_by_status ON candidate (status)",

    R"(CREATE TABLE candidate_link (
        id {{id}},
        candidate_id BIGINT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('cv', 'portfolio', 'github', 'other')),
        url TEXT NOT NULL))",
    "CREATE INDEX candidate_link_by_candidate ON candidate_link (candidate_id, position)",

    R"(CREATE TABLE candidate_reference (
        id {{id}},
        candidate_id BIGINT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        relation TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX candidate_reference_by_candidate ON candidate_reference (candidate_id, position)",

    R"(CREATE TABLE candidate_tag (
        candidate_id BIGINT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (candidate_id, tag)))",
    "CREATE INDEX candidate_tag_by_tag ON candidate_tag (tag)",

    R"(CREATE TABLE interviewer (
        id {{id}},
        name TEXT NOT NULL UNIQUE,
        email TEXT NOT NULL DEFAULT '',
        created_at BIGINT NOT NULL))",

    R"(CREATE TABLE interview (
        id {{id}},
        candidate_id BIGINT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        interviewer_id BIGINT NOT NULL REFERENCES interviewer (id) ON DELETE RESTRICT,
        kit_id BIGINT REFERENCES kit (id) ON DELETE SET NULL,
        role TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'in_progress', 'submitted')),
        scheduled_at BIGINT,
        started_at BIGINT,
        ended_at BIGINT,
        submitted_at BIGINT,
        elapsed_seconds INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_seconds >= 0),
        recommendation TEXT CHECK (recommendation IN ('strong_no', 'no', 'yes', 'strong_yes')),
        summary TEXT NOT NULL DEFAULT '',
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL))",
    "CREATE INDEX interview_by_candidate ON interview (candidate_id)",
    "CREATE INDEX interview_by_interviewer ON interview (interviewer_id, state)",
    "CREATE INDEX interview_by_state ON interview (state)",

    R"(CREATE TABLE interview_reopening (
        id {{id}},
        interview_id BIGINT NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
        reopened_at BIGINT NOT NULL,
        reason TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX interview_reopening_by_interview ON interview_reopening (interview_id)",

    R"(CREATE TABLE scorecard_entry (
        id {{id}},
        interview_id BIGINT NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        question_version_id BIGINT NOT NULL REFERENCES question_version (id) ON DELETE RESTRICT,
        time_budget_seconds INTEGER NOT NULL DEFAULT 0 CHECK (time_budget_seconds >= 0),
        weight DOUBLE PRECISION NOT NULL DEFAULT 1.0 CHECK (weight >= 0),
        status TEXT NOT NULL DEFAULT 'not_asked' CHECK (status IN ('not_asked', 'scored', 'skipped')),
        score INTEGER CHECK (score BETWEEN 1 AND 4),
        note TEXT NOT NULL DEFAULT '',
        seconds_spent INTEGER NOT NULL DEFAULT 0 CHECK (seconds_spent >= 0),
        updated_at BIGINT NOT NULL,
        CHECK ((status = 'scored') = (score IS NOT NULL)),
        UNIQUE (interview_id, position)))",
    "CREATE INDEX scorecard_entry_by_question ON scorecard_entry (question_version_id)",

    R"(CREATE TABLE highlight (
        id {{id}},
        interview_id BIGINT NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
        entry_id BIGINT REFERENCES scorecard_entry (id) ON DELETE CASCADE,
        elapsed_seconds INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_seconds >= 0),
        text TEXT NOT NULL DEFAULT '',
        flag TEXT NOT NULL DEFAULT 'none' CHECK (flag IN ('none', 'red_flag', 'strength')),
        created_at BIGINT NOT NULL))",
    "CREATE INDEX highlight_by_interview ON highlight (interview_id, elapsed_seconds)",
    "CREATE INDEX highlight_by_entry ON highlight (entry_id)",

    R"(CREATE TABLE code_answer (
        id {{id}},
        interview_id BIGINT NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
        entry_id BIGINT NOT NULL UNIQUE REFERENCES scorecard_entry (id) ON DELETE CASCADE,
        syntax TEXT NOT NULL DEFAULT 'Python',
        code TEXT NOT NULL DEFAULT '',
        updated_at BIGINT NOT NULL))",
    "CREATE INDEX code_answer_by_interview ON code_answer (interview_id)",
};

void applyV1(const QSqlDatabase& db, const SqlDialect& dialect)
{
    for (const char* statement : v1Statements) {
        QString sql = QString::fromUtf8(statement);
        sql.replace(QStringLiteral("{{id}}"), dialect.identityPrimaryKey());
        Query::run(db, sql);
    }
}

// Recomputes one candidate's row of candidate_score from their submitted interviews, with the
// formulas of PanelSummary: per question the mean of the scores given, weighted by the question's
// mean weight; skipped and unasked questions left out. The counts come from one pass over the
// candidate's interviews: separate counts with a state condition let SQLite pick the index on
// state and read every submitted interview of the database each time (an import of a thousand
// scorecards grew quadratic).
QString weightedScoreOf(const QString& candidate)
{
    return QStringLiteral("(SELECT sum(q.mean * q.weight) / nullif(sum(q.weight), 0) FROM ("
                          "SELECT avg(e.score) AS mean, avg(e.weight) AS weight FROM scorecard_entry e "
                          "JOIN interview i ON i.id = e.interview_id JOIN question_version qv ON qv.id = "
                          "e.question_version_id "
                          "WHERE i.candidate_id = %1 AND i.state = 'submitted' AND e.status = 'scored' "
                          "GROUP BY qv.question_id) AS q)")
        .arg(candidate);
}

QString candidateScoreUpdate(const QString& candidate)
{
    return QStringLiteral("UPDATE candidate_score SET "
                          "(interviews, submitted, strong_no, no, yes, strong_yes) = (SELECT count(*), "
                          "count(*) FILTER (WHERE state = 'submitted'), "
                          "count(*) FILTER (WHERE state = 'submitted' AND recommendation = 'strong_no'), "
                          "count(*) FILTER (WHERE state = 'submitted' AND recommendation = 'no'), "
                          "count(*) FILTER (WHERE state = 'submitted' AND recommendation = 'yes'), "
                          "count(*) FILTER (WHERE state = 'submitted' AND recommendation = 'strong_yes') "
                          "FROM interview WHERE candidate_id = %1), "
                          "weighted_score = %2 WHERE candidate_id = %1")
        .arg(candidate, weightedScoreOf(candidate));
}

// From v8 the panel's verdict (its weighted score and recommendations) has a table of its own,
// candidate_verdict: on a team server it is a row only a viewer who may see the panel can read
// (row-level security), while the counts and the filter's text in candidate_score stay readable by
// all. The counts and the verdict still come from one pass over the candidate's interviews each.
QStringList candidateScoreAndVerdictUpdate(const QString& candidate)
{
    return {QStringLiteral("UPDATE candidate_score SET (interviews, submitted) = (SELECT count(*), "
                           "count(*) FILTER (WHERE state = 'submitted') FROM interview WHERE candidate_id = "
                           "%1) WHERE candidate_id = %1")
                .arg(candidate),
            QStringLiteral("UPDATE candidate_verdict SET (strong_no, no, yes, strong_yes) = (SELECT "
                           "count(*) FILTER (WHERE recommendation = 'strong_no'), "
                           "count(*) FILTER (WHERE recommendation = 'no'), "
                           "count(*) FILTER (WHERE recommendation = 'yes'), "
                           "count(*) FILTER (WHERE recommendation = 'strong_yes') "
                           "FROM interview WHERE candidate_id = %1 AND state = 'submitted'), "
                           "weighted_score = %2 WHERE candidate_id = %1")
                .arg(candidate, weightedScoreOf(candidate))};
}

// The triggers that keep candidate_score right as interviews come, change and go; `update` is the
// version of the statements the migration creating them knew.
void createScoreTriggers(
    const QSqlDatabase& db, const SqlDialect& dialect,
    const std::function<QStringList(const QString&)>& statements = [](const QString& c) {
        return QStringList{candidateScoreUpdate(c)};
    })
{
    // On a server two panel members may submit the same candidate at once: their recomputations
    // take turns on the candidate's row, or the second would work from what the first had not yet
    // committed.
    const auto update = [&](const QString& candidate) {
        return dialect.lockRowInTrigger(QStringLiteral("candidate"), candidate) + statements(candidate);
    };
    dialect.createTrigger(db, QStringLiteral("candidate_score_interview_added"),
                          QStringLiteral("AFTER INSERT ON interview"),
                          update(QStringLiteral("NEW.candidate_id")));
    dialect.createTrigger(db, QStringLiteral("candidate_score_interview_changed"),
                          QStringLiteral("AFTER UPDATE OF state, recommendation ON interview"),
                          update(QStringLiteral("NEW.candidate_id")));
    dialect.createTrigger(db, QStringLiteral("candidate_score_interview_removed"),
                          QStringLiteral("AFTER DELETE ON interview"),
                          update(QStringLiteral("OLD.candidate_id")));
}

// What the candidates table's filter matches, in one column: a single LIKE per row instead of four
// and a subquery, so a keystroke stays fast at 100,000 candidates.
QString filterTextUpdate(const QString& candidate)
{
    return QStringLiteral(
               "UPDATE candidate_score SET filter_text = (SELECT c.name || ' ' || c.role || ' ' || c.email "
               "|| ' ' || coalesce((SELECT string_agg(tag, ' ' ORDER BY tag) FROM candidate_tag WHERE "
               "candidate_id = c.id), '') FROM candidate c WHERE c.id = %1) WHERE candidate_id = %1")
        .arg(candidate);
}

// v2: the hiring manager's desk. A per-candidate score cache for the candidates table (100,000 rows
// must list without aggregating millions of scores), kept in sync by triggers; full-text search; an
// index for the blind-scoring check.
void applyV2(const QSqlDatabase& db, const SqlDialect& dialect)
{
    Query::run(
        db, QStringLiteral("CREATE TABLE candidate_score ("
                           "candidate_id BIGINT PRIMARY KEY REFERENCES candidate (id) ON DELETE CASCADE, "
                           "interviews INTEGER NOT NULL DEFAULT 0, submitted INTEGER NOT NULL DEFAULT 0, "
                           "weighted_score DOUBLE PRECISION, strong_no INTEGER NOT NULL DEFAULT 0, "
                           "no INTEGER NOT NULL DEFAULT 0, yes INTEGER NOT NULL DEFAULT 0, "
                           "strong_yes INTEGER NOT NULL DEFAULT 0, filter_text TEXT NOT NULL DEFAULT '')"));
    Query::run(
        db, QStringLiteral(
                "CREATE INDEX candidate_score_by_score ON candidate_score (weighted_score, candidate_id)"));
    Query::run(db,
               QStringLiteral("CREATE INDEX candidate_score_by_interviews ON candidate_score (interviews)"));
    Query::run(db, QStringLiteral("CREATE INDEX interview_by_candidate_interviewer ON interview "
                                  "(candidate_id, interviewer_id, state)"));
    dialect.createTrigger(db, QStringLiteral("candidate_score_new"),
                          QStringLiteral("AFTER INSERT ON candidate"),
                          {QStringLiteral("INSERT INTO candidate_score (candidate_id) VALUES (NEW.id)"),
                           filterTextUpdate(QStringLiteral("NEW.id"))});
    dialect.createTrigger(db, QStringLiteral("candidate_filter_edited"),
                          QStringLiteral("AFTER UPDATE OF name, role, email ON candidate"),
                          {filterTextUpdate(QStringLiteral("NEW.id"))});
    dialect.createTrigger(db, QStringLiteral("candidate_filter_tag_added"),
                          QStringLiteral("AFTER INSERT ON candidate_tag"),
                          {filterTextUpdate(QStringLiteral("NEW.candidate_id"))});
    dialect.createTrigger(db, QStringLiteral("candidate_filter_tag_removed"),
                          QStringLiteral("AFTER DELETE ON candidate_tag"),
                          {filterTextUpdate(QStringLiteral("OLD.candidate_id"))});
    createScoreTriggers(db, dialect);
    // Existing data: a row per candidate, all computed at once (the outer WHERE compares each row
    // with itself).
    Query::run(db, QStringLiteral("INSERT INTO candidate_score (candidate_id) SELECT id FROM candidate"));
    Query::run(db, candidateScoreUpdate(QStringLiteral("candidate_score.candidate_id")));
    Query::run(db, filterTextUpdate(QStringLiteral("candidate_score.candidate_id")));
    dialect.createSearchIndex(db);
}

// v3: the candidates filter folds case and accents in C++ (SQLite folds ASCII only), so
// CandidateRepository writes filter_text and the v2 triggers that wrote it go.
void applyV3(const QSqlDatabase& db, const SqlDialect& dialect)
{
    dialect.createFilterIndex(db);
    dialect.dropTrigger(db, QStringLiteral("candidate_filter_edited"), QStringLiteral("candidate"));
    dialect.dropTrigger(db, QStringLiteral("candidate_filter_tag_added"), QStringLiteral("candidate_tag"));
    dialect.dropTrigger(db, QStringLiteral("candidate_filter_tag_removed"), QStringLiteral("candidate_tag"));
    dialect.dropTrigger(db, QStringLiteral("candidate_score_new"), QStringLiteral("candidate"));
    dialect.createTrigger(db, QStringLiteral("candidate_score_new"),
                          QStringLiteral("AFTER INSERT ON candidate"),
                          {QStringLiteral("INSERT INTO candidate_score (candidate_id) VALUES (NEW.id)")});

    QHash<qint64, QStringList> tags;
    {
        Query q(db, QStringLiteral("SELECT candidate_id, tag FROM candidate_tag ORDER BY candidate_id, tag"));
        q.exec();
        while (q.next())
            tags[q.int64(0)].append(q.text(1));
    }
    Query candidates(db, QStringLiteral("SELECT id, name, role, email FROM candidate"));
    candidates.exec();
    Query update(db,
                 QStringLiteral("UPDATE candidate_score SET filter_text = :text WHERE candidate_id = :id"));
    while (candidates.next()) {
        const qint64 id = candidates.int64(0);
        update
            .bind(QStringLiteral(":text"), CandidateFilterText::of(candidates.text(1), candidates.text(2),
                                                                   candidates.text(3), tags.value(id)))
            .bind(QStringLiteral(":id"), id)
            .exec();
    }
}

// v4: one window edits an interview at a time. The lease says who (a random id per open session,
// and a name for the others' banner), since when, and until when it holds without a heartbeat. Times
// are the database's clock, so machines sharing a server agree on expiry.
void applyV4(const QSqlDatabase& db, const SqlDialect&)
{
    Query::run(db,
               QStringLiteral("CREATE TABLE interview_lease ("
                              "interview_id BIGINT PRIMARY KEY REFERENCES interview (id) ON DELETE CASCADE, "
                              "holder TEXT NOT NULL, "
                              "holder_name TEXT NOT NULL, "
                              "acquired_at BIGINT NOT NULL, "
                              "heartbeat_at BIGINT NOT NULL, "
                              "expires_at BIGINT NOT NULL)"));
}

// The records that travel between laptops, each given a UUID by v5.
const char* const travellingTables[] = {
    "candidate", "candidate_link", "candidate_reference", "question",  "question_version",
    "kit",       "interview",      "scorecard_entry",     "highlight", "code_answer"};

// Gives every row of `table` without one a UUID: the bank's fixed one where `bankUuid` knows it,
// else a random one.
void fillUuids(const QSqlDatabase& db, const QString& table, const QString& select,
               const std::function<QString(const Query&)>& bankUuid)
{
    Query rows(db, select);
    rows.exec();
    Query update(db, QStringLiteral("UPDATE %1 SET uuid = :uuid WHERE id = :id").arg(table));
    while (rows.next()) {
        QString uuid = bankUuid ? bankUuid(rows) : QString();
        if (uuid.isEmpty())
            uuid = Identity::create();
        update.bind(QStringLiteral(":uuid"), uuid).bind(QStringLiteral(":id"), rows.int64(0)).exec();
    }
}

// v5's interviewer without the unique name and with a UUID, where SQLite must rebuild the table
// (the documented way to drop a constraint there, with foreign keys off around the migration).
void rebuildInterviewer(const QSqlDatabase& db, const SqlDialect& dialect)
{
    QString interviewer = QStringLiteral("CREATE TABLE interviewer_v5 ("
                                         "id {{id}}, "
                                         "uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36), "
                                         "name TEXT NOT NULL CHECK (name <> ''), "
                                         "email TEXT NOT NULL DEFAULT '', "
                                         "created_at BIGINT NOT NULL)");
    interviewer.replace(QStringLiteral("{{id}}"), dialect.identityPrimaryKey());
    Query::run(db, interviewer);
    {
        Query old(db, QStringLiteral("SELECT id, name, email, created_at FROM interviewer"));
        old.exec();
        Query copy(db, QStringLiteral("INSERT INTO interviewer_v5 (id, uuid, name, email, created_at) "
                                      "VALUES (:id, :uuid, :name, :email, :at)"));
        while (old.next()) {
            copy.bind(QStringLiteral(":id"), old.int64(0))
                .bind(QStringLiteral(":uuid"), Identity::create())
                .bind(QStringLiteral(":name"), old.text(1))
                .bind(QStringLiteral(":email"), old.text(2))
                .bind(QStringLiteral(":at"), old.int64(3))
                .exec();
        }
    }
    Query::run(db, QStringLiteral("DROP TABLE interviewer"));
    Query::run(db, QStringLiteral("ALTER TABLE interviewer_v5 RENAME TO interviewer"));
}

// The same where ALTER TABLE can drop the constraint: the table and what refers to it stay.
void alterInterviewerInPlace(const QSqlDatabase& db)
{
    Query::run(db, QStringLiteral("ALTER TABLE interviewer DROP CONSTRAINT interviewer_name_key"));
    Query::run(db, QStringLiteral("ALTER TABLE interviewer ADD COLUMN uuid TEXT"));
    fillUuids(db, QStringLiteral("interviewer"), QStringLiteral("SELECT id FROM interviewer"), {});
    Query::run(db, QStringLiteral("ALTER TABLE interviewer ALTER COLUMN uuid SET NOT NULL"));
    Query::run(db,
               QStringLiteral("ALTER TABLE interviewer ADD CONSTRAINT interviewer_uuid_key UNIQUE (uuid)"));
    Query::run(db, QStringLiteral("ALTER TABLE interviewer ADD CHECK (length(uuid) = 36)"));
    Query::run(db, QStringLiteral("ALTER TABLE interviewer ADD CHECK (name <> '')"));
}

// v5: stable identity. Records that travel in bundles get a UUID; the shipped bank's get the fixed
// ones its file carries. Interviewers become people, not names: the unique name goes (SQLite drops a
// constraint only by rebuilding the table, with foreign keys off around the migration). A submitted
// scorecard has a revision, replaced revisions are kept, and erasing leaves a tombstone.
void applyV5(const QSqlDatabase& db, const SqlDialect& dialect)
{
    for (const char* table : travellingTables)
        Query::run(db, QStringLiteral("ALTER TABLE %1 ADD COLUMN uuid TEXT").arg(QLatin1String(table)));

    const auto keyed = [](const Query& row) {
        return row.isNull(1) ? QString() : Identity::ofBankQuestion(row.text(1));
    };
    fillUuids(db, QStringLiteral("question"), QStringLiteral("SELECT id, key FROM question"), keyed);
    fillUuids(db, QStringLiteral("question_version"),
              QStringLiteral("SELECT v.id, q.key, v.version FROM question_version v "
                             "JOIN question q ON q.id = v.question_id"),
              [](const Query& row) {
                  return row.isNull(1)
                             ? QString()
                             : Identity::ofBankQuestionVersion(row.text(1), static_cast<int>(row.int64(2)));
              });
    // Every kit so far came from a bank: kits could not be made any other way.
    fillUuids(db, QStringLiteral("kit"), QStringLiteral("SELECT id, name FROM kit"),
              [](const Query& row) { return Identity::ofBankKit(row.text(1)); });
    for (const char* table : travellingTables) {
        const QString name = QLatin1String(table);
        if (name == QLatin1String("question") || name == QLatin1String("question_version") ||
            name == QLatin1String("kit"))
            continue;
        fillUuids(db, name, QStringLiteral("SELECT id FROM %1").arg(name), {});
    }
    for (const char* table : travellingTables) {
        Query::run(db,
                   QStringLiteral("CREATE UNIQUE INDEX %1_by_uuid ON %1 (uuid)").arg(QLatin1String(table)));
    }

    if (dialect.canDropConstraints())
        alterInterviewerInPlace(db);
    else
        rebuildInterviewer(db, dialect);
    Query::run(db, QStringLiteral("CREATE INDEX interviewer_by_name ON interviewer (name)"));

    // Each submit makes a new revision: so far every submit but the last was followed by a reopening.
    Query::run(db, QStringLiteral("ALTER TABLE interview ADD COLUMN revision INTEGER NOT NULL DEFAULT 0 "
                                  "CHECK (revision >= 0)"));
    Query::run(
        db, QStringLiteral("UPDATE interview SET revision = "
                           "(SELECT count(*) FROM interview_reopening r WHERE r.interview_id = interview.id) "
                           "+ (CASE WHEN state = 'submitted' THEN 1 ELSE 0 END)"));
    QString history =
        QStringLiteral("CREATE TABLE scorecard_revision ("
                       "id {{id}}, "
                       "interview_id BIGINT NOT NULL REFERENCES interview (id) ON DELETE CASCADE, "
                       "revision INTEGER NOT NULL CHECK (revision >= 1), "
                       "replaced_at BIGINT NOT NULL, "
                       "document TEXT NOT NULL, "
                       "UNIQUE (interview_id, revision))");
    history.replace(QStringLiteral("{{id}}"), dialect.identityPrimaryKey());
    Query::run(db, history);

    // The score cache's triggers, rewritten to count in one indexed pass (see candidateScoreUpdate).
    for (const char* name : {"candidate_score_interview_added", "candidate_score_interview_changed",
                             "candidate_score_interview_removed"})
        dialect.dropTrigger(db, QLatin1String(name), QStringLiteral("interview"));
    createScoreTriggers(db, dialect);

    // Looking up a candidate by e-mail or by name must not read every candidate: an import asks for
    // each one it brings.
    Query::run(db, QStringLiteral("CREATE INDEX candidate_by_email ON candidate (lower(trim(email)))"));
    Query::run(db,
               QStringLiteral("ALTER TABLE candidate_score ADD COLUMN folded_name TEXT NOT NULL DEFAULT ''"));
    {
        Query names(db, QStringLiteral("SELECT id, name FROM candidate"));
        names.exec();
        Query update(
            db, QStringLiteral("UPDATE candidate_score SET folded_name = :name WHERE candidate_id = :id"));
        while (names.next()) {
            update.bind(QStringLiteral(":name"), CandidateFilterText::foldedName(names.text(1)))
                .bind(QStringLiteral(":id"), names.int64(0))
                .exec();
        }
    }
    Query::run(
        db, QStringLiteral("CREATE INDEX candidate_score_by_folded_name ON candidate_score (folded_name)"));

    // A candidate known under another UUID on another laptop (matched on import by e-mail or by
    // name): the next bundle from there finds them at once.
    Query::run(db,
               QStringLiteral("CREATE TABLE candidate_alias ("
                              "uuid TEXT PRIMARY KEY CHECK (length(uuid) = 36), "
                              "candidate_id BIGINT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE)"));
    Query::run(db,
               QStringLiteral("CREATE INDEX candidate_alias_by_candidate ON candidate_alias (candidate_id)"));

    // UUID and time only: no name, no e-mail, nothing that says who it was.
    Query::run(db, QStringLiteral("CREATE TABLE tombstone ("
                                  "uuid TEXT PRIMARY KEY CHECK (length(uuid) = 36), "
                                  "kind TEXT NOT NULL CHECK (kind IN ('candidate', 'interview')), "
                                  "erased_at BIGINT NOT NULL)"));
}

// v6: the bank and the kits become the user's. A question's newest version may be a draft: edited in
// place, never asked, until it is published; interviews use the newest published version. A kit's
// items (kit_item) are its working copy; publishing snapshots them as a kit version, which new
// interviews start from and pin. Existing versions are published, and each kit's items become its
// version 1, which the interviews started from it pin.
void applyV6(const QSqlDatabase& db, const SqlDialect& dialect)
{
    Query::run(db, QStringLiteral("ALTER TABLE question_version ADD COLUMN state TEXT NOT NULL DEFAULT "
                                  "'published' CHECK (state IN ('draft', 'published'))"));
    Query::run(db, QStringLiteral("ALTER TABLE question_version ADD COLUMN author TEXT NOT NULL DEFAULT ''"));
    Query::run(db, QStringLiteral("ALTER TABLE question_version ADD COLUMN published_at BIGINT"));
    Query::run(db, QStringLiteral("UPDATE question_version SET published_at = created_at"));
    Query::run(db, QStringLiteral("CREATE UNIQUE INDEX question_version_one_draft ON question_version "
                                  "(question_id) WHERE state = 'draft'"));

    Query::run(db, QStringLiteral("ALTER TABLE kit ADD COLUMN target_seconds INTEGER NOT NULL DEFAULT 0 "
                                  "CHECK (target_seconds >= 0)"));
    Query::run(db, QStringLiteral("ALTER TABLE kit ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 "
                                  "CHECK (archived IN (0, 1))"));
    // When the working copy was last changed after its newest published version; NULL when equal.
    Query::run(db, QStringLiteral("ALTER TABLE kit ADD COLUMN changed_at BIGINT"));
    QString version = QStringLiteral("CREATE TABLE kit_version ("
                                     "id {{id}}, "
                                     "uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36), "
                                     "kit_id BIGINT NOT NULL REFERENCES kit (id) ON DELETE CASCADE, "
                                     "version INTEGER NOT NULL CHECK (version >= 1), "
                                     "published_at BIGINT NOT NULL, "
                                     "published_by TEXT NOT NULL DEFAULT '', "
                                     "UNIQUE (kit_id, version))");
    version.replace(QStringLiteral("{{id}}"), dialect.identityPrimaryKey());
    Query::run(db, version);
    Query::run(db,
               QStringLiteral("CREATE TABLE kit_version_item ("
                              "kit_version_id BIGINT NOT NULL REFERENCES kit_version (id) ON DELETE CASCADE, "
                              "position INTEGER NOT NULL, "
                              "question_id BIGINT NOT NULL REFERENCES question (id) ON DELETE RESTRICT, "
                              "time_budget_seconds INTEGER NOT NULL CHECK (time_budget_seconds >= 0), "
                              "weight DOUBLE PRECISION NOT NULL CHECK (weight >= 0), "
                              "PRIMARY KEY (kit_version_id, position))"));
    Query::run(db,
               QStringLiteral("CREATE INDEX kit_version_item_by_question ON kit_version_item (question_id)"));
    Query::run(db, QStringLiteral("CREATE INDEX kit_item_by_question ON kit_item (question_id)"));
    Query::run(db, QStringLiteral("ALTER TABLE interview ADD COLUMN kit_version_id BIGINT "
                                  "REFERENCES kit_version (id) ON DELETE SET NULL"));
    // The kit's name as it was when the interview started: kits can be renamed now, and a past
    // scorecard must print what it printed.
    Query::run(db, QStringLiteral("ALTER TABLE interview ADD COLUMN kit_name TEXT NOT NULL DEFAULT ''"));
    Query::run(db,
               QStringLiteral("UPDATE interview SET kit_name = coalesce((SELECT name FROM kit WHERE kit.id = "
                              "interview.kit_id), '')"));
    {
        Query kits(db, QStringLiteral("SELECT id, created_at FROM kit ORDER BY id"));
        kits.exec();
        QList<std::pair<qint64, qint64>> found;
        while (kits.next())
            found.append({kits.int64(0), kits.int64(1)});
        for (const auto& [kit, createdAt] : found) {
            Query insert(db, QStringLiteral("INSERT INTO kit_version (uuid, kit_id, version, published_at) "
                                            "VALUES (:uuid, :kit, 1, :at) RETURNING id"));
            insert.bind(QStringLiteral(":uuid"), Identity::create())
                .bind(QStringLiteral(":kit"), kit)
                .bind(QStringLiteral(":at"), createdAt);
            const qint64 versionId = insert.insertReturningId();
            Query items(db,
                        QStringLiteral("INSERT INTO kit_version_item (kit_version_id, position, question_id, "
                                       "time_budget_seconds, weight) SELECT :version, position, question_id, "
                                       "time_budget_seconds, weight FROM kit_item WHERE kit_id = :kit"));
            items.bind(QStringLiteral(":version"), versionId).bind(QStringLiteral(":kit"), kit).exec();
            Query pin(db,
                      QStringLiteral("UPDATE interview SET kit_version_id = :version WHERE kit_id = :kit"));
            pin.bind(QStringLiteral(":version"), versionId).bind(QStringLiteral(":kit"), kit).exec();
        }
    }
}

// v7: calibration at any size. Its figures were one pass over every score in the database (6 s at
// 100,000 candidates); they are kept instead per submitted scorecard and per candidate's panel, the
// way candidate_score is, by triggers on the interview's state (a scorecard's entries change only
// while it is a draft, and an import writes them before it submits). Neither depends on who is
// looking: a viewer's blind scoring is applied when they are read (CalibrationRepository).
//
// scorecard_total: a submitted scorecard's number of scores, their total and their sum of squares.
QStringList scorecardTotalUpdate(const QString& interview)
{
    return {QStringLiteral("DELETE FROM scorecard_total WHERE interview_id = %1").arg(interview),
            QStringLiteral(
                "INSERT INTO scorecard_total (interview_id, scored, total, squares) "
                "SELECT i.id, count(e.id), coalesce(sum(e.score), 0), coalesce(sum(e.score * e.score), 0) "
                "FROM interview i LEFT JOIN scorecard_entry e ON e.interview_id = i.id AND "
                "e.status = 'scored' WHERE i.id = %1 AND i.state = 'submitted' GROUP BY i.id")
                .arg(interview)};
}

// panel_deviation: per candidate and interviewer, how far the interviewer's scores lie from the
// rest of the panel's, summed over the questions both scored. For an interviewer's n scores of a
// question with total t, where the whole panel gave N scores with total T, each score s differs
// from the others' mean by s − (T − t)/(N − n), and the n of them by t − n·(T − t)/(N − n); only
// where N > n (someone else scored it). An interviewer who met the candidate twice is still one
// voice. Rows exist only for candidates seen by two interviewers or more.
QStringList panelDeviationUpdate(const QString& candidate)
{
    const QString scores = QStringLiteral(
        "FROM interview i JOIN scorecard_entry e ON e.interview_id = i.id AND e.status = 'scored' "
        "JOIN question_version qv ON qv.id = e.question_version_id WHERE i.candidate_id = %1 AND "
        "i.state = 'submitted'");
    // SQLite allows no WITH in a trigger, hence the subqueries. The EXISTS keeps a candidate being
    // erased (their interviews go by cascade, each firing this) from getting rows again.
    return {
        QStringLiteral("DELETE FROM panel_deviation WHERE candidate_id = %1").arg(candidate),
        QStringLiteral("INSERT INTO panel_deviation (candidate_id, interviewer_id, deviation, comparisons) "
                       "SELECT %1, own.iv, sum(own.total - own.n * (p.total - own.total) * 1.0 / "
                       "(p.n - own.n)), sum(own.n) FROM (SELECT i.interviewer_id AS iv, qv.question_id AS q, "
                       "sum(e.score) AS total, count(*) AS n %2 GROUP BY i.interviewer_id, qv.question_id) "
                       "AS own JOIN (SELECT qv.question_id AS q, sum(e.score) AS total, count(*) AS n %2 "
                       "GROUP BY qv.question_id) AS p ON p.q = own.q WHERE p.n > own.n AND EXISTS "
                       "(SELECT 1 FROM candidate WHERE id = %1) GROUP BY own.iv")
            .arg(candidate, scores.arg(candidate))};
}

void applyV7(const QSqlDatabase& db, const SqlDialect& dialect)
{
    Query::run(db,
               QStringLiteral("CREATE TABLE scorecard_total ("
                              "interview_id BIGINT PRIMARY KEY REFERENCES interview (id) ON DELETE CASCADE, "
                              "scored INTEGER NOT NULL, total INTEGER NOT NULL, squares INTEGER NOT NULL)"));
    Query::run(db,
               QStringLiteral("CREATE TABLE panel_deviation ("
                              "candidate_id BIGINT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE, "
                              "interviewer_id BIGINT NOT NULL REFERENCES interviewer (id) ON DELETE CASCADE, "
                              "deviation DOUBLE PRECISION NOT NULL, comparisons INTEGER NOT NULL, "
                              "PRIMARY KEY (candidate_id, interviewer_id))"));
    Query::run(db, QStringLiteral("CREATE INDEX panel_deviation_by_interviewer ON panel_deviation "
                                  "(interviewer_id)"));
    // Taking turns per candidate, as the score cache's triggers do (createScoreTriggers).
    const auto both = [&](const QString& row) {
        return dialect.lockRowInTrigger(QStringLiteral("candidate"), row + QStringLiteral(".candidate_id")) +
               scorecardTotalUpdate(row + QStringLiteral(".id")) +
               panelDeviationUpdate(row + QStringLiteral(".candidate_id"));
    };
    dialect.createTrigger(db, QStringLiteral("calibration_interview_added"),
                          QStringLiteral("AFTER INSERT ON interview"), both(QStringLiteral("NEW")));
    dialect.createTrigger(db, QStringLiteral("calibration_interview_changed"),
                          QStringLiteral("AFTER UPDATE OF state ON interview"), both(QStringLiteral("NEW")));
    // The scorecard's total goes with it by cascade.
    dialect.createTrigger(
        db, QStringLiteral("calibration_interview_removed"), QStringLiteral("AFTER DELETE ON interview"),
        dialect.lockRowInTrigger(QStringLiteral("candidate"), QStringLiteral("OLD.candidate_id")) +
            panelDeviationUpdate(QStringLiteral("OLD.candidate_id")));

    // What the database holds already: every submitted scorecard at once (the condition on the
    // scorecard compares each with itself), then each candidate with a panel.
    Query::run(db, scorecardTotalUpdate(QStringLiteral("i.id")).last());
    {
        Query ids(db, QStringLiteral("SELECT candidate_id FROM interview WHERE state = 'submitted' GROUP BY "
                                     "candidate_id HAVING min(interviewer_id) <> max(interviewer_id)"));
        ids.exec();
        Query deviation(db, panelDeviationUpdate(QStringLiteral(":id")).last());
        while (ids.next())
            deviation.bind(QStringLiteral(":id"), ids.int64(0)).exec();
    }
}

// v8: the panel's verdict moves out of candidate_score into candidate_verdict (see
// candidateScoreAndVerdictUpdate), so that a team server can hide it row by row.
void applyV8(const QSqlDatabase& db, const SqlDialect& dialect)
{
    Query::run(db,
               QStringLiteral("CREATE TABLE candidate_verdict ("
                              "candidate_id BIGINT PRIMARY KEY REFERENCES candidate (id) ON DELETE CASCADE, "
                              "weighted_score DOUBLE PRECISION, strong_no INTEGER NOT NULL DEFAULT 0, "
                              "no INTEGER NOT NULL DEFAULT 0, yes INTEGER NOT NULL DEFAULT 0, "
                              "strong_yes INTEGER NOT NULL DEFAULT 0)"));
    Query::run(db, QStringLiteral("INSERT INTO candidate_verdict (candidate_id, weighted_score, strong_no, "
                                  "no, yes, strong_yes) SELECT candidate_id, weighted_score, strong_no, no, "
                                  "yes, strong_yes FROM candidate_score"));
    Query::run(db, QStringLiteral("CREATE INDEX candidate_verdict_by_score ON candidate_verdict "
                                  "(weighted_score, candidate_id)"));
    Query::run(db, QStringLiteral("DROP INDEX candidate_score_by_score"));
    for (const char* column : {"weighted_score", "strong_no", "no", "yes", "strong_yes"})
        Query::run(db,
                   QStringLiteral("ALTER TABLE candidate_score DROP COLUMN %1").arg(QLatin1String(column)));

    dialect.dropTrigger(db, QStringLiteral("candidate_score_new"), QStringLiteral("candidate"));
    dialect.createTrigger(db, QStringLiteral("candidate_score_new"),
                          QStringLiteral("AFTER INSERT ON candidate"),
                          {QStringLiteral("INSERT INTO candidate_score (candidate_id) VALUES (NEW.id)"),
                           QStringLiteral("INSERT INTO candidate_verdict (candidate_id) VALUES (NEW.id)")});
    for (const char* name : {"candidate_score_interview_added", "candidate_score_interview_changed",
                             "candidate_score_interview_removed"})
        dialect.dropTrigger(db, QLatin1String(name), QStringLiteral("interview"));
    createScoreTriggers(db, dialect, candidateScoreAndVerdictUpdate);
}

// v9: candidate_score keeps the candidate's name, kept by triggers, in an index that carries the
// filter's text. A filtered list in name order is then a walk of that one index, checking each
// entry's text and stopping at a page's worth of matches. Before, the walk went down the
// candidate table's name index and looked up every candidate's text in the scores cache, row by
// row: at a million candidates, seconds for a word whose first match lies a quarter down.
void applyV9(const QSqlDatabase& db, const SqlDialect& dialect)
{
    Query::run(db, QStringLiteral("ALTER TABLE candidate_score ADD COLUMN name TEXT NOT NULL DEFAULT ''"));
    Query::run(db, QStringLiteral("UPDATE candidate_score SET name = (SELECT c.name FROM candidate c WHERE "
                                  "c.id = candidate_score.candidate_id)"));
    // The text the index carries is bounded from now on (CandidateFilterText::maxLength).
    Query::run(db, QStringLiteral("UPDATE candidate_score SET filter_text = substr(filter_text, 1, %1) WHERE "
                                  "length(filter_text) > %1")
                       .arg(CandidateFilterText::maxLength));
    dialect.createCoveringIndex(db, QStringLiteral("candidate_score_by_name"),
                                QStringLiteral("candidate_score"), QStringLiteral("name, candidate_id"),
                                QStringLiteral("filter_text"));
    dialect.dropTrigger(db, QStringLiteral("candidate_score_new"), QStringLiteral("candidate"));
    dialect.createTrigger(
        db, QStringLiteral("candidate_score_new"), QStringLiteral("AFTER INSERT ON candidate"),
        {QStringLiteral("INSERT INTO candidate_score (candidate_id, name) VALUES (NEW.id, NEW.name)"),
         QStringLiteral("INSERT INTO candidate_verdict (candidate_id) VALUES (NEW.id)")});
    dialect.createTrigger(
        db, QStringLiteral("candidate_score_renamed"), QStringLiteral("AFTER UPDATE OF name ON candidate"),
        {QStringLiteral("UPDATE candidate_score SET name = NEW.name WHERE candidate_id = NEW.id")});
}

// v10: a candidate's submitted interviews found by one index. The triggers that keep the panel's
// verdict ask for them on every interview added or submitted; with an index on the candidate and
// another on the state, SQLite (which has no statistics until it is analysed) took the state's and
// read every submitted interview in the database each time: a submit grew dearer with every
// candidate, and making or importing 100,000 of them took hours instead of minutes. The new index
// starts with the candidate, so it serves everything the old one did.
void applyV10(const QSqlDatabase& db, const SqlDialect&)
{
    Query::run(
        db, QStringLiteral("CREATE INDEX interview_by_candidate_state ON interview (candidate_id, state)"));
    Query::run(db, QStringLiteral("DROP INDEX interview_by_candidate"));
}

// v11: a role's candidates newest first (the Compare page ticks a large role's newest) by one
// index. Walking back along the primary key for them is quick only while the role's candidates
// are spread over the whole table; a role whose candidates are all old had the walk read nearly
// every candidate first.
void applyV11(const QSqlDatabase& db, const SqlDialect&)
{
    Query::run(db, QStringLiteral("CREATE INDEX candidate_by_role_newest ON candidate (role, id)"));
}

} // namespace

QList<Migration> migrations()
{
    return {
        Migration{1, QStringLiteral("0.1.0"),
                  QStringLiteral("The whole domain: questions, kits, candidates, interviews"), applyV1},
        Migration{2, QStringLiteral("0.2.0"), QStringLiteral("Candidate score cache and full-text search"),
                  applyV2},
        Migration{3, QStringLiteral("0.2.0"), QStringLiteral("Candidate filter folds case and accents"),
                  applyV3},
        Migration{4, QStringLiteral("0.3.0"),
                  QStringLiteral("Interview leases: one editing window at a time"), applyV4},
        Migration{5, QStringLiteral("0.4.0"),
                  QStringLiteral("Stable identity: UUIDs, interviewers as people, revisions, tombstones"),
                  applyV5},
        Migration{6, QStringLiteral("0.4.0"),
                  QStringLiteral("Your own bank: draft and published question versions, kit versions"),
                  applyV6},
        Migration{7, QStringLiteral("0.4.0"),
                  QStringLiteral("Calibration figures kept per scorecard and per panel"), applyV7},
        Migration{8, QStringLiteral("0.4.0"),
                  QStringLiteral("The panel's verdict in a table of its own, which a team server can hide"),
                  applyV8},
        Migration{9, QStringLiteral("0.4.0"),
                  QStringLiteral("Candidate names beside the filter's text, for fast filtered lists"),
                  applyV9},
        Migration{10, QStringLiteral("0.4.0"),
                  QStringLiteral("A candidate's submitted interviews found by one index"), applyV10},
        Migration{11, QStringLiteral("0.4.0"),
                  QStringLiteral("A role's newest candidates found by one index"), applyV11},
    };
}

int latestVersion()
{
    return migrations().last().version;
}

} // namespace ia::Schema
