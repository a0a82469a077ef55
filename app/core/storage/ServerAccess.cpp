#include "ServerAccess.h"

#include "storage/Database.h"
#include "storage/InterviewerRepository.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "storage/VisibilityPolicy.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDriver>
#include <QStringList>

#include <libpq-fe.h>

namespace ia {

const QString ServerAccess::interviewerRole = QStringLiteral("interview_interviewer");
const QString ServerAccess::managerRole = QStringLiteral("interview_manager");

namespace {

// The tables everyone on the team reads and writes as the app does; policies narrow some of them.
const char* const teamTableNames[] = {"question",
                                      "question_version",
                                      "question_follow_up",
                                      "rubric_anchor",
                                      "kit",
                                      "kit_item",
                                      "kit_version",
                                      "kit_version_item",
                                      "candidate",
                                      "candidate_link",
                                      "candidate_reference",
                                      "candidate_tag",
                                      "candidate_alias",
                                      "interviewer",
                                      "interview",
                                      "interview_reopening",
                                      "scorecard_entry",
                                      "highlight",
                                      "code_answer",
                                      "scorecard_revision",
                                      "interview_lease",
                                      "tombstone"};
// Kept by triggers (which run as the owner): read only.
const char* const derivedTables[] = {"app_meta", "candidate_verdict", "panel_deviation", "scorecard_total",
                                     "search_index"};
// A scorecard's contents: read under the evidence rule, written by its interviewer while it is a
// draft (a submitted one changes only after it is reopened, which leaves a record).
const char* const scorecardRecords[] = {"scorecard_entry", "highlight", "code_answer"};
// Its history: read under the evidence rule, added to by its interviewer, never changed.
const char* const historyRecords[] = {"interview_reopening", "scorecard_revision"};

// The interview is the login's own. Only its interviewer writes an interview, a manager included
// (VisibilityPolicy::mayEdit's rule too); imports onto a server run as its owner.
QString ownSql(const QString& interview)
{
    return VisibilityPolicy::onServer(VisibilityPolicy::ownInterviewSql(interview));
}

// The login's own interviews, read as the view's owner: a policy asking "is this interview mine?"
// through it is answered by one index lookup, not through the interview table's own policy (the
// evidence rule, with the panel's function), which made every keystroke's write three times slower.
// A security barrier: nothing a login adds to a query on it runs before its own condition.
const QString myInterviews = QStringLiteral("ia_my_interview");

QString mineSql(const QString& table, const QString& condition = QString())
{
    return QStringLiteral("EXISTS (SELECT 1 FROM %1 m WHERE m.id = %2.interview_id%3)")
        .arg(myInterviews, table, condition.isEmpty() ? QString() : QStringLiteral(" AND ") + condition);
}

// The evidence rule for a record of an interview. An interviewer's own records, which every write
// of theirs reads, are let through by the view first; a manager, who reads whole roles, skips that
// lookup per row (the manager's answer is one value per statement). At a million candidates a
// role's comparison measured 39 s with the lookup and 34-39 s without: the difference is within
// this machine's spread, but the lookup is work a manager's read never needs.
QString evidenceOf(const QString& table)
{
    return QStringLiteral(
               "(((SELECT ia_manager()) = 0 AND %1) OR EXISTS (SELECT 1 FROM interview i WHERE i.id = "
               "%2.interview_id AND %3))")
        .arg(mineSql(table), table,
             VisibilityPolicy::onServer(VisibilityPolicy::evidenceVisibleSql(
                 QStringLiteral("i"), VisibilityPolicy::PanelCheck::ServerFunction)));
}

// Whether the schema has the table: every step of a server's schema ends by installing what it has
// (a test builds older schemas too); a table that is not there has nothing to protect.
bool hasTable(const QSqlDatabase& db, const QString& table)
{
    Query q(db, QStringLiteral("SELECT to_regclass(:table) IS NOT NULL"));
    q.bind(QStringLiteral(":table"), table);
    return q.scalar().toBool();
}

void policy(const QSqlDatabase& db, const QString& table, const QString& name, const QString& rest)
{
    Query::run(db, QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(name, table));
    Query::run(db, QStringLiteral("CREATE POLICY %1 ON %2 %3").arg(name, table, rest));
}

void createGroupRole(const QSqlDatabase& db, const QString& role)
{
    // Roles belong to the whole cluster: another team database may have made them already, maybe
    // at this very moment.
    Query exists(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = :role"));
    exists.bind(QStringLiteral(":role"), role);
    if (exists.scalar().toInt() > 0)
        return;
    // Asked first: after a refused statement the transaction takes no more.
    Query me(db, QStringLiteral("SELECT quote_ident(current_user)"));
    const QString owner = me.scalar().toString();
    try {
        Query::run(db,
                   QStringLiteral("DO $$ BEGIN CREATE ROLE %1 NOLOGIN; EXCEPTION WHEN duplicate_object OR "
                                  "unique_violation THEN NULL; END $$")
                       .arg(role));
    } catch (const StorageError& e) {
        if (e.kind() != StorageError::Kind::Denied)
            throw;
        throw StorageError(
            StorageError::Kind::Denied,
            ServerAccess::tr("Setting up the team server needs the roles %1 and %2, and your login may not "
                             "create roles (which it needs again to give people logins). Ask the server's "
                             "administrator to run, as a superuser:\n  ALTER ROLE %3 CREATEROLE;\nthen run "
                             "the setup again.")
                .arg(ServerAccess::interviewerRole, ServerAccess::managerRole, owner),
            e.detail());
    }
}

// A statement naming a role or holding a password, quoted by the server's format() (%I, %L): the
// only SQL here made from what someone typed.
// The password as the server keeps it (a SCRAM-SHA-256 verifier), computed here by libpq: the
// password itself never travels to the server, and a statement log holds nothing to replay.
QString passwordVerifier(const QSqlDatabase& db, const QString& login, const QString& password)
{
    const QVariant handle = db.driver()->handle();
    PGconn* connection =
        (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0)
            ? *static_cast<PGconn* const*>(handle.constData())
            : nullptr;
    char* verifier = connection ? PQencryptPasswordConn(connection, password.toUtf8().constData(),
                                                        login.toUtf8().constData(), "scram-sha-256")
                                : nullptr;
    if (!verifier) {
        throw StorageError(StorageError::Kind::Failed,
                           ServerAccess::tr("The password could not be prepared for the server."),
                           connection ? QString::fromUtf8(PQerrorMessage(connection)) : QString());
    }
    const QString result = QString::fromUtf8(verifier);
    PQfreemem(verifier);
    return result;
}

void runFormatted(const QSqlDatabase& db, const QString& pattern, const QStringList& values)
{
    QStringList arguments;
    for (int i = 0; i < values.size(); ++i)
        arguments << QStringLiteral("CAST(:v%1 AS text)").arg(i);
    Query q(db, QStringLiteral("SELECT format('%1', %2)").arg(pattern, arguments.join(QStringLiteral(", "))));
    for (int i = 0; i < values.size(); ++i)
        q.bind(QStringLiteral(":v%1").arg(i), values.at(i));
    try {
        Query::run(db, q.scalar().toString());
    } catch (const StorageError& e) {
        // The statement may hold a password: the server's words only, never the statement.
        throw StorageError(e.kind(), e.message(), e.detail().section(QStringLiteral(" — in: "), 0, 0));
    }
}

} // namespace

QStringList ServerAccess::teamTables()
{
    QStringList tables;
    for (const char* table : teamTableNames)
        tables << QLatin1String(table);
    return tables;
}

void ServerAccess::install(const QSqlDatabase& db)
{
    createGroupRole(db, interviewerRole);
    createGroupRole(db, managerRole);
    const QString roles = interviewerRole + QStringLiteral(", ") + managerRole;

    // A login bound to the interviewer it is, and whether it is a manager in this database (the
    // group roles belong to the whole cluster, so they cannot say). Only the owner reads it; the
    // functions below look the session's login up in it.
    Query::run(db,
               QStringLiteral("CREATE TABLE IF NOT EXISTS server_account ("
                              "login TEXT PRIMARY KEY, "
                              "interviewer_id BIGINT NOT NULL REFERENCES interviewer (id) ON DELETE CASCADE, "
                              "manager BOOLEAN NOT NULL DEFAULT false, "
                              "created_at BIGINT NOT NULL)"));
    Query names(db, QStringLiteral("SELECT quote_ident(current_schema()), quote_ident(current_database())"));
    names.exec();
    names.next();
    const QString schemaName = names.text(0);
    const QString databaseName = names.text(1);
    // Nobody but the owner and the logins added here may connect (a login of another team's
    // database in the same cluster has the same group roles), and nobody may make temporary
    // tables, which could stand in for ours in a function's name lookup.
    Query::run(db, QStringLiteral("REVOKE CONNECT, TEMPORARY ON DATABASE %1 FROM PUBLIC").arg(databaseName));
    // SECURITY DEFINER: they read server_account and the interviews as the owner, past the
    // policies (a policy on interview may not read interview itself). session_user is the login,
    // whatever role the session has set since. Names are looked up in our schema only, the
    // session's temporary one last.
    const QString searchPath = QStringLiteral("pg_catalog, %1, pg_temp").arg(schemaName);
    const QString definer =
        QStringLiteral("LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %1").arg(searchPath);
    Query::run(db, QStringLiteral("CREATE OR REPLACE FUNCTION ia_me() RETURNS bigint %1 AS $$ SELECT "
                                  "coalesce((SELECT interviewer_id FROM server_account WHERE login = "
                                  "session_user), 0) $$")
                       .arg(definer));
    Query::run(db, QStringLiteral("CREATE OR REPLACE FUNCTION ia_manager() RETURNS integer %1 AS $$ SELECT "
                                  "CASE WHEN EXISTS (SELECT 1 FROM server_account WHERE login = session_user "
                                  "AND manager) THEN 1 ELSE 0 END $$")
                       .arg(definer));
    Query::run(db,
               QStringLiteral("CREATE OR REPLACE FUNCTION ia_panel_visible(bigint) RETURNS boolean %1 AS $$ "
                              "SELECT %2 $$")
                   .arg(definer,
                        VisibilityPolicy::onServer(VisibilityPolicy::panelVisibleSql(QStringLiteral("$1")))));

    // The triggers keep the caches and the search index, the owner's tables, from every interview
    // of a candidate: they run as the owner, past the policies that limit what the login who
    // changed one may read, with the same name lookup as above.
    {
        Query triggers(db,
                       QStringLiteral("SELECT p.oid::regprocedure::text FROM pg_proc p WHERE p.pronamespace "
                                      "= current_schema()::regnamespace AND p.prorettype = "
                                      "'trigger'::regtype AND p.proname NOT LIKE 'ia_notify_%'"));
        triggers.exec();
        QStringList functions;
        while (triggers.next())
            functions << triggers.text(0);
        for (const QString& function : std::as_const(functions))
            Query::run(db, QStringLiteral("ALTER FUNCTION %1 SECURITY DEFINER SET search_path = %2")
                               .arg(function, searchPath));
    }

    Query::run(db, QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schemaName, roles));
    Query::run(
        db, QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schemaName, roles));
    QSet<QString> tables;
    for (const QList<const char*>& list :
         {QList<const char*>(std::begin(teamTableNames), std::end(teamTableNames)),
          QList<const char*>(std::begin(derivedTables), std::end(derivedTables))}) {
        for (const char* table : list) {
            if (hasTable(db, QLatin1String(table)))
                tables.insert(QLatin1String(table));
        }
    }
    for (const char* table : teamTableNames) {
        if (tables.contains(QLatin1String(table)))
            Query::run(db, QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO %2")
                               .arg(QLatin1String(table), roles));
    }
    for (const char* table : derivedTables) {
        if (tables.contains(QLatin1String(table)))
            Query::run(db, QStringLiteral("GRANT SELECT ON %1 TO %2").arg(QLatin1String(table), roles));
    }
    // The filter's text is written by the app (folded in C++); the counts by triggers.
    if (hasTable(db, QStringLiteral("candidate_score"))) {
        Query columns(db,
                      QStringLiteral("SELECT string_agg(column_name, ', ') FROM information_schema.columns "
                                     "WHERE table_schema = current_schema() AND table_name = "
                                     "'candidate_score' AND column_name IN ('filter_text', 'folded_name')"));
        Query::run(db, QStringLiteral("GRANT SELECT, UPDATE (%1) ON candidate_score TO %2")
                           .arg(columns.scalar().toString(), roles));
    }

    // Every table with policies has its row-level security on; one missing from the schema is
    // skipped with its policies (see hasTable).
    const auto enable = [&](const QString& table) {
        if (!tables.contains(table))
            return false;
        Query::run(db, QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table));
        return true;
    };
    const QString manager = QStringLiteral("(SELECT ia_manager()) = 1");

    // Interviews: under the evidence rule, the row itself too (a draft's summary and
    // recommendation are its interviewer's until submitted, even to a manager); written by their
    // interviewer alone; erased by managers.
    const QString interview = QStringLiteral("interview");
    enable(interview);
    policy(db, interview, QStringLiteral("ia_read"),
           QStringLiteral("FOR SELECT USING (%1)")
               .arg(VisibilityPolicy::onServer(VisibilityPolicy::evidenceVisibleSql(
                   interview, VisibilityPolicy::PanelCheck::ServerFunction))));
    policy(db, interview, QStringLiteral("ia_insert"),
           QStringLiteral("FOR INSERT WITH CHECK (%1)").arg(ownSql(interview)));
    policy(db, interview, QStringLiteral("ia_update"),
           QStringLiteral("FOR UPDATE USING (%1) WITH CHECK (%1)").arg(ownSql(interview)));
    policy(db, interview, QStringLiteral("ia_delete"), QStringLiteral("FOR DELETE USING (%1)").arg(manager));

    Query::run(db, QStringLiteral("CREATE OR REPLACE VIEW %1 WITH (security_barrier) AS SELECT i.id, i.state "
                                  "FROM interview i WHERE %2")
                       .arg(myInterviews, ownSql(QStringLiteral("i"))));
    // Read as the table's owner whoever ran the setup (a member of the owner's role, say): as
    // anyone else the view would read through the table's policy again.
    Query tableOwner(db,
                     QStringLiteral("SELECT quote_ident(pg_get_userbyid(relowner)) FROM pg_class WHERE oid = "
                                    "'interview'::regclass"));
    Query::run(db,
               QStringLiteral("ALTER VIEW %1 OWNER TO %2").arg(myInterviews, tableOwner.scalar().toString()));
    Query::run(db, QStringLiteral("GRANT SELECT ON %1 TO %2").arg(myInterviews, roles));

    for (const char* name : scorecardRecords) {
        const QString table = QLatin1String(name);
        const QString writable = mineSql(table, QStringLiteral("m.state <> 'submitted'"));
        if (!enable(table))
            continue;
        policy(db, table, QStringLiteral("ia_read"),
               QStringLiteral("FOR SELECT USING (%1)").arg(evidenceOf(table)));
        policy(db, table, QStringLiteral("ia_insert"),
               QStringLiteral("FOR INSERT WITH CHECK (%1)").arg(writable));
        policy(db, table, QStringLiteral("ia_update"),
               QStringLiteral("FOR UPDATE USING (%1) WITH CHECK (%1)").arg(writable));
        policy(db, table, QStringLiteral("ia_delete"), QStringLiteral("FOR DELETE USING (%1)").arg(writable));
    }
    for (const char* name : historyRecords) {
        const QString table = QLatin1String(name);
        if (!enable(table))
            continue;
        policy(db, table, QStringLiteral("ia_read"),
               QStringLiteral("FOR SELECT USING (%1)").arg(evidenceOf(table)));
        policy(db, table, QStringLiteral("ia_insert"),
               QStringLiteral("FOR INSERT WITH CHECK (%1)").arg(mineSql(table)));
    }
    // Which window edits one's own interview: one's own business.
    const QString lease = QStringLiteral("interview_lease");
    if (enable(lease)) {
        policy(db, lease, QStringLiteral("ia_all"),
               QStringLiteral("FOR ALL USING (%1) WITH CHECK (%1)").arg(mineSql(lease)));
    }
    // The database's settings, but not the manager passphrase's hash (ManagerPassphrase), which a
    // server does not use and nobody needs to read.
    const QString meta = QStringLiteral("app_meta");
    if (enable(meta))
        policy(db, meta, QStringLiteral("ia_read"),
               QStringLiteral("FOR SELECT USING (key <> 'manager_passphrase')"));
    const QString totals = QStringLiteral("scorecard_total");
    if (enable(totals))
        policy(db, totals, QStringLiteral("ia_read"),
               QStringLiteral("FOR SELECT USING (%1)").arg(evidenceOf(totals)));

    // The panel's verdict and each interviewer's deviation from the panel: once the panel is
    // visible.
    for (const char* name : {"candidate_verdict", "panel_deviation"}) {
        const QString table = QLatin1String(name);
        if (enable(table))
            policy(db, table, QStringLiteral("ia_read"),
                   // A manager's answer is known once per statement; the function, per row, only
                   // for the others.
                   QStringLiteral("FOR SELECT USING ((SELECT ia_manager()) = 1 OR "
                                  "ia_panel_visible(%1.candidate_id))")
                       .arg(table));
    }
    // Search finds a candidate's profile for everyone, an interview's text under the evidence rule.
    const QString search = QStringLiteral("search_index");
    if (enable(search))
        policy(db, search, QStringLiteral("ia_read"),
               QStringLiteral("FOR SELECT USING (%1.interview_id IS NULL OR %2)")
                   .arg(search, evidenceOf(search)));

    // Erasing a person, adding interviewers and recording erasures are a manager's.
    for (const char* name : {"candidate", "interviewer", "tombstone"}) {
        const QString table = QLatin1String(name);
        const bool everyoneWrites = table == QLatin1String("candidate");
        if (!enable(table))
            continue;
        policy(db, table, QStringLiteral("ia_read"), QStringLiteral("FOR SELECT USING (true)"));
        policy(db, table, QStringLiteral("ia_insert"),
               QStringLiteral("FOR INSERT WITH CHECK (%1)")
                   .arg(everyoneWrites ? QStringLiteral("true") : manager));
        policy(
            db, table, QStringLiteral("ia_update"),
            QStringLiteral("FOR UPDATE USING (%1)").arg(everyoneWrites ? QStringLiteral("true") : manager));
        policy(db, table, QStringLiteral("ia_delete"), QStringLiteral("FOR DELETE USING (%1)").arg(manager));
    }

    // A submitted scorecard is the record the panel relies on: a login changes it only by
    // reopening it, which leaves a record (interview_reopening, in the same transaction), and
    // cannot create one already submitted. The owner (ia_me() = 0) is not bound: imports and
    // upgrades are theirs. The policies cannot say this: they see rows, not what changed.
    if (hasTable(db, QStringLiteral("interview")) && hasTable(db, QStringLiteral("interview_reopening"))) {
        Query::run(
            db,
            QStringLiteral(
                "CREATE OR REPLACE FUNCTION ia_guard_submitted() RETURNS trigger LANGUAGE plpgsql "
                "SET search_path = %1 AS $body$ BEGIN "
                "IF ia_me() = 0 THEN RETURN NEW; END IF; "
                "IF TG_OP = 'INSERT' THEN "
                "  IF NEW.state = 'submitted' THEN RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', "
                "    MESSAGE = 'an interview cannot be created already submitted'; END IF; "
                // Every column but the time of the last change, whatever columns later versions add.
                "ELSIF OLD.state = 'submitted' AND NEW.state = 'submitted' AND "
                "  to_jsonb(NEW) - 'updated_at' IS DISTINCT FROM to_jsonb(OLD) - 'updated_at' THEN "
                "  RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', "
                "    MESSAGE = 'a submitted scorecard changes only after it is reopened'; "
                "END IF; RETURN NEW; END $body$")
                .arg(searchPath));
        Query::run(db, QStringLiteral("DROP TRIGGER IF EXISTS ia_guard_submitted ON interview"));
        Query::run(db,
                   QStringLiteral("CREATE TRIGGER ia_guard_submitted BEFORE INSERT OR UPDATE ON interview "
                                  "FOR EACH ROW EXECUTE FUNCTION ia_guard_submitted()"));
        // At commit: the reopening's record is written after the state changes.
        Query::run(db,
                   QStringLiteral(
                       "CREATE OR REPLACE FUNCTION ia_guard_reopened() RETURNS trigger LANGUAGE plpgsql "
                       "SET search_path = %1 AS $body$ BEGIN "
                       "IF ia_me() <> 0 AND OLD.state = 'submitted' AND NEW.state <> 'submitted' AND NOT "
                       "EXISTS (SELECT 1 FROM interview_reopening r WHERE r.interview_id = NEW.id AND "
                       "r.xmin = pg_current_xact_id()::xid) THEN "
                       "  RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', "
                       "    MESSAGE = 'a submitted scorecard is reopened with a record of the reopening'; "
                       "END IF; RETURN NULL; END $body$")
                       .arg(searchPath));
        Query::run(db, QStringLiteral("DROP TRIGGER IF EXISTS ia_guard_reopened ON interview"));
        Query::run(db, QStringLiteral("CREATE CONSTRAINT TRIGGER ia_guard_reopened AFTER UPDATE OF state ON "
                                      "interview DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
                                      "ia_guard_reopened()"));
    }
}

std::optional<Viewer> ServerAccess::viewer(const QSqlDatabase& db)
{
    Query q(db,
            QStringLiteral("SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), "
                           "false) OR pg_has_role(session_user, d.datdba, 'MEMBER'), ia_me(), ia_manager() "
                           "FROM pg_database d WHERE d.datname = current_database()"));
    q.exec();
    if (!q.next())
        return Viewer::nobody();
    if (q.value(0).toBool())
        return std::nullopt;
    return Viewer{q.int64(1), q.value(2).toInt() == 1};
}

QString ServerAccess::whyCannotAddUsers(const QSqlDatabase& db)
{
    Query q(db,
            QStringLiteral("SELECT r.rolsuper, r.rolcreaterole, current_setting('server_version_num')::int "
                           ">= 160000, pg_has_role(current_user, :interviewer, 'MEMBER WITH ADMIN OPTION') "
                           "AND pg_has_role(current_user, :manager, 'MEMBER WITH ADMIN OPTION'), "
                           "quote_ident(current_user) FROM pg_roles r WHERE r.rolname = current_user"));
    q.bind(QStringLiteral(":interviewer"), interviewerRole)
        .bind(QStringLiteral(":manager"), managerRole)
        .exec();
    if (!q.next() || q.value(0).toBool())
        return {};
    const QString owner = q.text(4);
    const bool mayCreate = q.value(1).toBool();
    const bool mayGrant = !q.value(2).toBool() || q.value(3).toBool();
    // The ADMIN option only, not membership: the owner is no interviewer or manager itself.
    const QString grant = QStringLiteral("GRANT %1, %2 TO %3 WITH ADMIN OPTION, INHERIT FALSE, SET FALSE;")
                              .arg(interviewerRole, managerRole, owner);
    if (!mayCreate && !mayGrant) {
        return tr("Your login may not give people logins on this server: that takes leave to create roles "
                  "and to give the group roles %1 and %2, which the administrator or another team's "
                  "database made. Ask the server's administrator to run, as a superuser:\n  %3 %4")
            .arg(interviewerRole, managerRole, QStringLiteral("ALTER ROLE %1 CREATEROLE;").arg(owner), grant);
    }
    if (!mayCreate) {
        return tr("Your login may not create roles, so it cannot give people logins on this server. Ask the "
                  "server's administrator to run, as a superuser:\n  ALTER ROLE %1 CREATEROLE;")
            .arg(owner);
    }
    if (!mayGrant) {
        return tr("Your login may not give people the group roles %1 and %2: the administrator or another "
                  "team's database made them. Ask the server's administrator to run, as a superuser:\n  %3")
            .arg(interviewerRole, managerRole, grant);
    }
    return {};
}

ServerAccess::AddedUser ServerAccess::addUser(const Database& database, const NewUser& user)
{
    const QString login = user.login.trimmed();
    // PostgreSQL's limits on a role's name: 63 bytes, and pg_ is the system's.
    if (login.isEmpty() || login.toUtf8().size() > 63 || login.startsWith(QLatin1String("pg_")) ||
        login.contains(QChar(0)) || login == interviewerRole || login == managerRole) {
        throw StorageError(StorageError::Kind::InvalidData,
                           tr("\"%1\" cannot be a login name on the server: give 1 to 63 bytes, not "
                              "starting with pg_ and not one of the group roles.")
                               .arg(login));
    }
    AddedUser added;
    WriteTransaction tx(database);
    const QSqlDatabase& db = tx.connection();
    if (viewer(db)) {
        throw StorageError(StorageError::Kind::Denied,
                           tr("Only the database's owner adds users to the team server; run this with the "
                              "owner's login."));
    }
    // Asked before anything is written: a refused grant would leave an interviewer record behind.
    if (const QString why = whyCannotAddUsers(db); !why.isEmpty())
        throw StorageError(StorageError::Kind::Denied, why);
    {
        Query self(db, QStringLiteral("SELECT session_user = :login"));
        self.bind(QStringLiteral(":login"), login);
        if (self.scalar().toBool()) {
            throw StorageError(StorageError::Kind::InvalidData,
                               tr("%1 is the server's administrator here; give each interviewer a login of "
                                  "their own.")
                                   .arg(login));
        }
    }
    if (!user.password.isEmpty()) {
        // A login the cluster has but this database does not (another team's, or the
        // administrator's): its password is not this team's to change.
        Query foreign(db,
                      QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :login) AND NOT "
                                     "EXISTS (SELECT 1 FROM server_account WHERE login = :login)"));
        foreign.bind(QStringLiteral(":login"), login);
        if (foreign.scalar().toBool()) {
            throw StorageError(
                StorageError::Kind::Denied,
                tr("The login %1 is on the server already, but not this team's: its password is "
                   "not yours to change. Add it with --keep-password (its person signs in with "
                   "the password they have), or choose another login name.")
                    .arg(login));
        }
    }

    // The interviewer record: the one with this e-mail, or a new one.
    InterviewerRepository interviewers(database);
    std::optional<Interviewer> person;
    if (!user.email.trimmed().isEmpty()) {
        for (const Interviewer& i : interviewers.all()) {
            if (i.email.compare(user.email.trimmed(), Qt::CaseInsensitive) == 0) {
                person = i;
                break;
            }
        }
    }
    if (!person) {
        Interviewer fresh;
        fresh.name = user.name.trimmed().isEmpty() ? login : user.name.trimmed();
        fresh.email = user.email.trimmed();
        person = interviewers.create(fresh);
        added.newInterviewer = true;
    }
    added.interviewer = person->id;

    try {
        Query exists(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = :login"));
        exists.bind(QStringLiteral(":login"), login);
        added.newRole = exists.scalar().toInt() == 0;
        if (added.newRole)
            runFormatted(db, QStringLiteral("CREATE ROLE %I LOGIN"), {login});
        runFormatted(db, QStringLiteral("GRANT %I TO %I"), {interviewerRole, login});
        // Manager or not in this database is the account's (ia_manager); the group role, shared by
        // the cluster, is given for the administrator's overview and never taken back here.
        if (user.manager)
            runFormatted(db, QStringLiteral("GRANT %I TO %I"), {managerRole, login});
        Query current(db, QStringLiteral("SELECT current_database()"));
        runFormatted(db, QStringLiteral("GRANT CONNECT ON DATABASE %I TO %I"),
                     {current.scalar().toString(), login});
        if (!user.password.isEmpty())
            runFormatted(db, QStringLiteral("ALTER ROLE %I PASSWORD %L"),
                         {login, passwordVerifier(db, login, user.password)});
    } catch (const StorageError& e) {
        if (e.kind() != StorageError::Kind::Denied)
            throw;
        throw StorageError(StorageError::Kind::Denied,
                           tr("Your login may not create or change roles on this server. Run this as the "
                              "database's owner with CREATEROLE, or ask the server's administrator."),
                           e.detail());
    }

    Query account(
        db, QStringLiteral("INSERT INTO server_account (login, interviewer_id, manager, created_at) "
                           "VALUES (:login, :interviewer, :manager, :at) ON CONFLICT (login) DO UPDATE SET "
                           "interviewer_id = excluded.interviewer_id, manager = excluded.manager"));
    account.bind(QStringLiteral(":login"), login)
        .bind(QStringLiteral(":interviewer"), added.interviewer)
        .bind(QStringLiteral(":manager"), user.manager)
        .bind(QStringLiteral(":at"), QDateTime::currentSecsSinceEpoch())
        .exec();
    tx.commit();
    return added;
}

} // namespace ia
