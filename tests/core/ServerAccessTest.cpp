// The team server decides who reads and writes what (ServerAccess): proved with plain SQL sent as
// each login, nothing of the app in between, as psql or any other client would. Runs only against
// the run's server (the suite's name starts with TeamServer; see tests/CMakeLists.txt).
#include "storage/ServerAccess.h"

#include "bank/QuestionBank.h"
#include "desk/HiringDesk.h"
#include "domain/Candidate.h"
#include "storage/CandidateListRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "storage/LeaseRepository.h"
#include "storage/SearchRepository.h"
#include "storage/ServerAddress.h"
#include "storage/ServerChanges.h"
#include "storage/StorageError.h"
#include "support/CliRunner.h"
#include "support/TestFiles.h"
#include "support/TestStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <gtest/gtest.h>

#include <algorithm>

using namespace ia;
using namespace ia::test;

namespace {

// One login's session with nothing of the app in between: Qt's PostgreSQL driver and plain SQL.
class AsLogin
{
public:
    AsLogin(const QString& database, const QString& login, const QString& password)
        : m_name(QStringLiteral("as-%1-%2").arg(login).arg(++s_sessions))
    {
        const ServerAddress server = ServerAddress::parse(TestStore::serverUrl());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(server.host());
        if (server.port() > 0)
            db.setPort(server.port());
        db.setDatabaseName(database);
        db.setUserName(login);
        db.setPassword(password);
        m_open = db.open();
        EXPECT_TRUE(m_open) << login.toStdString() << ": " << db.lastError().text().toStdString();
    }
    ~AsLogin()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    // Every row, its columns joined by '|'; the error's text as the only row when it failed.
    QStringList rows(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            return {QStringLiteral("ERROR: ") + q.lastError().databaseText()};
        QStringList out;
        while (q.next()) {
            QStringList columns;
            for (int i = 0; i < q.record().count(); ++i)
                columns << q.value(i).toString();
            out << columns.join(QLatin1Char('|'));
        }
        return out;
    }
    // How many rows a write changed, or -1 (and the error's text) when the server refused it.
    int changed(const QString& sql, QString* error = nullptr) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().databaseText();
            return -1;
        }
        return q.numRowsAffected();
    }

private:
    static inline int s_sessions = 0;
    QString m_name;
    bool m_open = false;
};

// A login goes with the privileges it was given in the test's database (CONNECT).
void dropLogin(const QString& database, const QString& login)
{
    TestStore::runAsOwner(database, QStringLiteral("DROP OWNED BY \"%1\"").arg(login));
    TestStore::runAsOwner(QStringLiteral("postgres"),
                          QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
}

// A panel of two interviewers and a manager on one candidate, Cara; another candidate, Dan. Login
// names are cluster-wide: each test's carry its database's name.
struct LoginPanel
{
    TestStore store;
    QString database;
    QString alice, bob, mia;
    QString password = QStringLiteral("correct-horse-battery");
    InterviewerId aliceId = 0, bobId = 0, miaId = 0;
    CandidateId cara = 0, dan = 0;
    InterviewId aliceCara = 0, bobCara = 0;

    LoginPanel()
        : database(ServerAddress::parse(store.location()).database())
        , alice(database + QStringLiteral("_alice"))
        , bob(database + QStringLiteral("_bob"))
        , mia(database + QStringLiteral("_mia"))
    {
        Database db(store.location());
        QuestionBank::installDefault(db);
        const Kit kit = *KitRepository(db).byName(QuestionBank::defaultKitName());
        const auto add = [&](const QString& login, const QString& name, bool manager) {
            return ServerAccess::addUser(
                       db, {login, name, name.toLower() + QStringLiteral("@example.com"), manager, password})
                .interviewer;
        };
        aliceId = add(alice, QStringLiteral("Alice"), false);
        bobId = add(bob, QStringLiteral("Bob"), false);
        miaId = add(mia, QStringLiteral("Mia"), true);
        Candidate c;
        c.name = QStringLiteral("Cara");
        cara = CandidateRepository(db).create(c).id;
        c.name = QStringLiteral("Dan");
        dan = CandidateRepository(db).create(c).id;
        InterviewRepository interviews(db);
        const auto interview = [&](InterviewerId who, int score, const QString& note) {
            const Interview iv = interviews.create(cara, who, kit);
            interviews.start(iv.id, QDateTime::currentDateTimeUtc());
            const Scorecard card = *interviews.scorecard(iv.id);
            interviews.setEntryResult(card.entries.first().id, EntryStatus::Scored, score);
            interviews.setNote(card.entries.first().id, note);
            return iv.id;
        };
        aliceCara = interview(aliceId, 2, QStringLiteral("alice saw a shaky answer"));
        bobCara = interview(bobId, 4, QStringLiteral("bob saw a strong answer"));
        interviews.submit(bobCara, QDateTime::currentDateTimeUtc());
        db.releaseThreadConnection();
    }
    ~LoginPanel()
    {
        // The logins outlive the database otherwise.
        for (const QString& login : {alice, bob, mia})
            dropLogin(database, login);
    }
};

QString notes(const AsLogin& as)
{
    return as.rows(QStringLiteral("SELECT note FROM scorecard_entry WHERE note <> '' ORDER BY note"))
        .join(QStringLiteral("; "));
}

} // namespace

TEST(TeamServerAccess, AnInterviewerSeesTheirPanelOnlyAfterSubmittingTheirOwnScorecard)
{
    LoginPanel panel;
    const AsLogin alice(panel.database, panel.alice, panel.password);

    // Before Alice submits: her own interview, her own note, no verdict, nothing of Bob's anywhere.
    EXPECT_EQ(alice.rows(QStringLiteral("SELECT id FROM interview")),
              QStringList{QString::number(panel.aliceCara)});
    EXPECT_EQ(notes(alice), QStringLiteral("alice saw a shaky answer"));
    EXPECT_TRUE(alice.rows(QStringLiteral("SELECT weighted_score, yes, strong_yes FROM candidate_verdict"))
                    .isEmpty());
    EXPECT_TRUE(alice.rows(QStringLiteral("SELECT * FROM panel_deviation")).isEmpty());
    EXPECT_TRUE(alice.rows(QStringLiteral("SELECT * FROM scorecard_total")).isEmpty());
    EXPECT_TRUE(alice.rows(QStringLiteral("SELECT doc FROM search_index WHERE body LIKE '%strong answer%'"))
                    .isEmpty());
    EXPECT_TRUE(alice.rows(QStringLiteral("SELECT * FROM scorecard_revision")).isEmpty());
    // What everyone reads: the candidates and the bank.
    EXPECT_EQ(alice.rows(QStringLiteral("SELECT name FROM candidate ORDER BY name")),
              (QStringList{QStringLiteral("Cara"), QStringLiteral("Dan")}));
    EXPECT_FALSE(
        alice.rows(QStringLiteral("SELECT count(*) FROM question")).value(0).startsWith(QLatin1String("0")));
    // Who is bound to whom is the owner's.
    EXPECT_TRUE(alice.rows(QStringLiteral("SELECT * FROM server_account"))
                    .value(0)
                    .contains(QLatin1String("permission denied")));

    // She submits, with plain SQL on her own row: now the panel is hers to see.
    EXPECT_EQ(alice.changed(QStringLiteral("UPDATE interview SET state = 'submitted', submitted_at = 1, "
                                           "recommendation = 'no' WHERE id = %1")
                                .arg(panel.aliceCara)),
              1);
    EXPECT_EQ(alice.rows(QStringLiteral("SELECT count(*) FROM interview")), QStringList{QStringLiteral("2")});
    EXPECT_EQ(notes(alice), QStringLiteral("alice saw a shaky answer; bob saw a strong answer"));
    EXPECT_EQ(alice.rows(QStringLiteral("SELECT weighted_score FROM candidate_verdict")),
              QStringList{QStringLiteral("3")});
    EXPECT_EQ(alice.rows(QStringLiteral("SELECT count(*) FROM scorecard_total")),
              QStringList{QStringLiteral("2")});
    EXPECT_EQ(alice.rows(QStringLiteral("SELECT count(*) FROM panel_deviation")),
              QStringList{QStringLiteral("2")});
    EXPECT_EQ(
        alice.rows(QStringLiteral("SELECT count(*) FROM search_index WHERE body LIKE '%strong answer%'")),
        QStringList{QStringLiteral("1")});
}

TEST(TeamServerAccess, AColleaguesDraftStaysTheirsEvenOnceThePanelIsVisible)
{
    LoginPanel panel;
    // Bob has submitted; Alice is still typing, with a summary and a verdict in her draft. Bob's
    // panel is visible, but her draft is not: not its notes, its summary or its recommendation.
    TestStore::runAsOwner(panel.database,
                          QStringLiteral("UPDATE interview SET summary = 'alice drafts a summary', "
                                         "recommendation = 'strong_no' WHERE id = %1")
                              .arg(panel.aliceCara));
    const AsLogin bob(panel.database, panel.bob, panel.password);
    EXPECT_EQ(bob.rows(QStringLiteral("SELECT id FROM interview")),
              QStringList{QString::number(panel.bobCara)});
    EXPECT_EQ(notes(bob), QStringLiteral("bob saw a strong answer"));
    // The manager sees every submitted scorecard, and a draft is still its interviewer's.
    const AsLogin mia(panel.database, panel.mia, panel.password);
    EXPECT_EQ(mia.rows(QStringLiteral("SELECT id FROM interview")),
              QStringList{QString::number(panel.bobCara)});
    EXPECT_TRUE(mia.rows(QStringLiteral("SELECT 1 FROM interview WHERE summary LIKE '%alice%' OR "
                                        "recommendation = 'strong_no'"))
                    .isEmpty());
    EXPECT_EQ(notes(mia), QStringLiteral("bob saw a strong answer"));
    // Nor can anyone turn her draft into a submitted scorecard to read it.
    for (const AsLogin* other : {&bob, &mia})
        EXPECT_EQ(other->changed(QStringLiteral("UPDATE interview SET state = 'submitted' WHERE id = %1")
                                     .arg(panel.aliceCara)),
                  0);
    EXPECT_EQ(mia.rows(QStringLiteral("SELECT weighted_score FROM candidate_verdict WHERE candidate_id = %1")
                           .arg(panel.cara)),
              QStringList{QStringLiteral("4")});
}

TEST(TeamServerAccess, AnInterviewerWritesOnlyTheirOwnInterviewsAndNobodyButAManagerErases)
{
    LoginPanel panel;
    const AsLogin alice(panel.database, panel.alice, panel.password);
    QString error;
    // Bob's scores and notes: not there for her to change.
    EXPECT_EQ(alice.changed(QStringLiteral("UPDATE scorecard_entry SET note = 'rewritten', score = 1 WHERE "
                                           "interview_id = %1")
                                .arg(panel.bobCara)),
              0);
    EXPECT_EQ(alice.changed(QStringLiteral("UPDATE interview SET recommendation = 'strong_no' WHERE id = %1")
                                .arg(panel.bobCara)),
              0);
    // An interview in Bob's name, or her own turned into his: refused.
    EXPECT_EQ(alice.changed(QStringLiteral("INSERT INTO interview (candidate_id, interviewer_id, created_at, "
                                           "updated_at, uuid) VALUES (%1, %2, 1, 1, gen_random_uuid()::text)")
                                .arg(panel.dan)
                                .arg(panel.bobId),
                            &error),
              -1);
    EXPECT_TRUE(error.contains(QLatin1String("row-level security"))) << error.toStdString();
    EXPECT_EQ(alice.changed(QStringLiteral("UPDATE interview SET interviewer_id = %1 WHERE id = %2")
                                .arg(panel.bobId)
                                .arg(panel.aliceCara),
                            &error),
              -1);
    // Her own: written.
    EXPECT_EQ(alice.changed(QStringLiteral("UPDATE scorecard_entry SET note = 'alice, on reflection' WHERE "
                                           "interview_id = %1 AND note <> ''")
                                .arg(panel.aliceCara)),
              1);
    // The caches are the server's: not even readable for writing.
    EXPECT_EQ(alice.changed(QStringLiteral("UPDATE candidate_verdict SET weighted_score = 4"), &error), -1);
    EXPECT_TRUE(error.contains(QLatin1String("permission denied"))) << error.toStdString();
    // Erasing: nothing happens for her, neither a candidate nor her own interview nor an interviewer.
    EXPECT_EQ(alice.changed(QStringLiteral("DELETE FROM candidate WHERE id = %1").arg(panel.dan)), 0);
    EXPECT_EQ(alice.changed(QStringLiteral("DELETE FROM interview WHERE id = %1").arg(panel.aliceCara)), 0);
    EXPECT_EQ(alice.changed(QStringLiteral("INSERT INTO interviewer (name, email, created_at, uuid) VALUES "
                                           "('Eve', '', 1, gen_random_uuid()::text)"),
                            &error),
              -1);
    EXPECT_EQ(alice.rows(QStringLiteral("SELECT count(*) FROM candidate")), QStringList{QStringLiteral("2")});

    // Nor may Bob write into her draft, which he cannot read: not its scores, not a new score, a
    // reopening or a lease of his own on it.
    const AsLogin bob(panel.database, panel.bob, panel.password);
    EXPECT_EQ(
        bob.changed(QStringLiteral("UPDATE scorecard_entry SET note = 'rewritten' WHERE interview_id = %1")
                        .arg(panel.aliceCara)),
        0);
    for (const QString& insert :
         {QStringLiteral("INSERT INTO scorecard_entry (interview_id, position, question_version_id, "
                         "time_budget_seconds, weight, status, score, note, seconds_spent, updated_at, uuid) "
                         "SELECT %1, 99, question_version_id, 60, 1, 'scored', 1, 'planted', 0, 1, "
                         "gen_random_uuid()::text FROM scorecard_entry WHERE interview_id = %2 LIMIT 1"),
          QStringLiteral("INSERT INTO interview_reopening (interview_id, reopened_at, reason) SELECT %1, 1, "
                         "'planted' WHERE %2 > 0"),
          QStringLiteral(
              "INSERT INTO interview_lease (interview_id, holder, holder_name, acquired_at, "
              "heartbeat_at, expires_at) SELECT %1, 'bob', 'Bob', 1, 1, 9999999999 WHERE %2 > 0")}) {
        error.clear();
        EXPECT_EQ(bob.changed(insert.arg(panel.aliceCara).arg(panel.bobCara), &error), -1)
            << insert.toStdString();
        EXPECT_TRUE(error.contains(QLatin1String("row-level security"))) << error.toStdString();
    }
    EXPECT_EQ(notes(alice), QStringLiteral("alice, on reflection"));
    // The view the policies ask "is it mine?" shows each login their own interviews and nothing
    // else, and is nobody's to write.
    EXPECT_EQ(alice.rows(QStringLiteral("SELECT id FROM ia_my_interview")),
              QStringList{QString::number(panel.aliceCara)});
    EXPECT_EQ(bob.rows(QStringLiteral("SELECT id FROM ia_my_interview")),
              QStringList{QString::number(panel.bobCara)});
    error.clear();
    EXPECT_EQ(alice.changed(QStringLiteral("UPDATE ia_my_interview SET state = 'draft'"), &error), -1);
    EXPECT_TRUE(error.contains(QLatin1String("permission denied"))) << error.toStdString();

    // The manager erases.
    const AsLogin mia(panel.database, panel.mia, panel.password);
    EXPECT_EQ(mia.changed(QStringLiteral("DELETE FROM candidate WHERE id = %1").arg(panel.cara)), 1);
    EXPECT_EQ(alice.rows(QStringLiteral("SELECT name FROM candidate")), QStringList{QStringLiteral("Dan")});
}

TEST(TeamServerAccess, ASubmittedScorecardIsNotRewrittenQuietlyAndNoLoginImpersonatesAnother)
{
    LoginPanel panel;
    const AsLogin alice(panel.database, panel.alice, panel.password);
    ASSERT_EQ(alice.changed(QStringLiteral("UPDATE interview SET state = 'submitted', submitted_at = 1, "
                                           "recommendation = 'no' WHERE id = %1")
                                .arg(panel.aliceCara)),
              1);
    // Bob's scorecard is visible to her now, and still not hers to change.
    EXPECT_EQ(
        alice.changed(QStringLiteral("UPDATE scorecard_entry SET note = 'rewritten' WHERE interview_id = %1")
                          .arg(panel.bobCara)),
        0);
    // Her own, once submitted, changes only after reopening it (which leaves a record).
    EXPECT_EQ(alice.changed(QStringLiteral("UPDATE scorecard_entry SET score = 4 WHERE interview_id = %1 AND "
                                           "status = 'scored'")
                                .arg(panel.aliceCara)),
              0);
    EXPECT_EQ(alice.changed(
                  QStringLiteral("DELETE FROM scorecard_entry WHERE interview_id = %1").arg(panel.aliceCara)),
              0);
    QString planted;
    EXPECT_EQ(alice.changed(
                  QStringLiteral("INSERT INTO scorecard_entry (interview_id, position, question_version_id, "
                                 "time_budget_seconds, weight, status, score, note, seconds_spent, "
                                 "updated_at, uuid) SELECT interview_id, 99, question_version_id, 60, 1, "
                                 "'scored', 4, 'added afterwards', 0, 1, gen_random_uuid()::text FROM "
                                 "scorecard_entry WHERE interview_id = %1 LIMIT 1")
                      .arg(panel.aliceCara),
                  &planted),
              -1);
    EXPECT_TRUE(planted.contains(QLatin1String("row-level security"))) << planted.toStdString();
    EXPECT_EQ(
        alice.changed(QStringLiteral("INSERT INTO interview_reopening (interview_id, reopened_at, reason) "
                                     "VALUES (%1, 1, 'second thoughts')")
                          .arg(panel.aliceCara)),
        1);
    EXPECT_EQ(alice.changed(QStringLiteral("DELETE FROM interview_reopening")), 0);
    // Nor is the submitted row itself rewritten in place (its verdict, its summary), reopened
    // without a record, or created already submitted.
    QString refusal;
    EXPECT_EQ(alice.changed(QStringLiteral("UPDATE interview SET recommendation = 'strong_yes', summary = "
                                           "'changed my mind quietly' WHERE id = %1")
                                .arg(panel.aliceCara),
                            &refusal),
              -1);
    EXPECT_TRUE(refusal.contains(QLatin1String("only after it is reopened"))) << refusal.toStdString();
    EXPECT_EQ(
        alice.changed(QStringLiteral("UPDATE interview SET kit_name = 'what the PDF prints' WHERE id = %1")
                          .arg(panel.aliceCara)),
        -1);
    EXPECT_EQ(
        alice.changed(
            QStringLiteral("UPDATE interview SET state = 'in_progress' WHERE id = %1").arg(panel.aliceCara),
            &refusal),
        -1);
    EXPECT_TRUE(refusal.contains(QLatin1String("record of the reopening"))) << refusal.toStdString();
    EXPECT_EQ(alice.changed(QStringLiteral("INSERT INTO interview (candidate_id, interviewer_id, state, "
                                           "submitted_at, recommendation, created_at, updated_at) SELECT "
                                           "candidate_id, interviewer_id, 'submitted', 1, 'strong_yes', 1, 1 "
                                           "FROM interview WHERE id = %1")
                                .arg(panel.aliceCara),
                            &refusal),
              -1);
    EXPECT_TRUE(refusal.contains(QLatin1String("already submitted"))) << refusal.toStdString();
    // The app's way still works: reopened with its record, then submitted again.
    ASSERT_EQ(alice.changed(QStringLiteral("BEGIN")), 0);
    EXPECT_EQ(alice.changed(QStringLiteral("UPDATE interview SET state = 'in_progress', submitted_at = NULL "
                                           "WHERE id = %1")
                                .arg(panel.aliceCara)),
              1);
    EXPECT_EQ(
        alice.changed(QStringLiteral("INSERT INTO interview_reopening (interview_id, reopened_at, reason) "
                                     "VALUES (%1, 2, 'typo')")
                          .arg(panel.aliceCara)),
        1);
    EXPECT_EQ(alice.changed(QStringLiteral("COMMIT"), &refusal), 0) << refusal.toStdString();
    EXPECT_EQ(alice.changed(QStringLiteral("UPDATE interview SET state = 'submitted', submitted_at = 3, "
                                           "summary = 'typo fixed' WHERE id = %1")
                                .arg(panel.aliceCara)),
              1);

    // No temporary table can stand in for the server's own in its functions' lookups.
    QString error;
    EXPECT_EQ(
        alice.changed(QStringLiteral("CREATE TEMP TABLE server_account (login TEXT, interviewer_id BIGINT, "
                                     "manager BOOLEAN)"),
                      &error),
        -1);
    EXPECT_TRUE(error.contains(QLatin1String("permission denied"))) << error.toStdString();
    EXPECT_EQ(alice.rows(QStringLiteral("SELECT ia_me(), ia_manager()")),
              QStringList{QStringLiteral("%1|0").arg(panel.aliceId)});
    // The manager passphrase's hash is nobody's to read on a server.
    TestStore::runAsOwner(
        panel.database,
        QStringLiteral("INSERT INTO app_meta (key, value) VALUES ('manager_passphrase', 'x')"));
    EXPECT_TRUE(
        alice.rows(QStringLiteral("SELECT value FROM app_meta WHERE key = 'manager_passphrase'")).isEmpty());

    // A login of another team's database (the same cluster, the same group roles) is not let in.
    TestStore other;
    const QString otherDatabase = ServerAddress::parse(other.location()).database();
    const QString stranger = otherDatabase + QStringLiteral("_stranger");
    {
        Database db(other.location());
        ServerAccess::addUser(db, {stranger, QStringLiteral("Stranger"), QStringLiteral("s@example.com"),
                                   true, panel.password});
        db.releaseThreadConnection();
    }
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("stranger"));
        const ServerAddress server = ServerAddress::parse(TestStore::serverUrl());
        probe.setHostName(server.host());
        probe.setDatabaseName(panel.database);
        probe.setUserName(stranger);
        probe.setPassword(panel.password);
        EXPECT_FALSE(probe.open());
        EXPECT_TRUE(probe.lastError().text().contains(QLatin1String("permission denied for database")))
            << probe.lastError().text().toStdString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("stranger"));
    dropLogin(otherDatabase, stranger);
}

TEST(TeamServerAccess, TheAppTakesWhoIsLookingFromTheLogin)
{
    LoginPanel panel;
    {
        Database owner(panel.store.location());
        EXPECT_FALSE(owner.serverViewer().has_value()) << "the owner chooses a viewer as on a file";
    }
    Database::Options existing;
    existing.mayCreate = false;
    Database alice(TestStore::urlFor(panel.database, panel.alice, panel.password), existing);
    ASSERT_TRUE(alice.serverViewer().has_value());
    EXPECT_EQ(alice.serverViewer()->interviewer, panel.aliceId);
    EXPECT_FALSE(alice.serverViewer()->manager);
    Database mia(TestStore::urlFor(panel.database, panel.mia, panel.password), existing);
    ASSERT_TRUE(mia.serverViewer().has_value());
    EXPECT_TRUE(mia.serverViewer()->manager);

    // Alice's own scorecard, through the app, as the server lets her.
    InterviewRepository interviews(alice);
    const Scorecard card = *interviews.scorecard(panel.aliceCara);
    interviews.setNote(card.entries.first().id, QStringLiteral("typed through the app"));
    // Bob's is not hers to change: the server says no, and the app says so.
    const Scorecard bobs = *InterviewRepository(mia).scorecard(panel.bobCara);
    try {
        interviews.setNote(bobs.entries.first().id, QStringLiteral("not mine"));
        ADD_FAILURE() << "Alice wrote Bob's note";
    } catch (const StorageError& e) {
        EXPECT_TRUE(e.kind() == StorageError::Kind::Gone || e.kind() == StorageError::Kind::Denied)
            << e.fullText().toStdString();
    }
    alice.releaseThreadConnection();
    mia.releaseThreadConnection();
}

TEST(TeamServerAccess, TheOwnerAddsUsersFromTheCommandLine)
{
    TestStore store;
    Database(store.location()).releaseThreadConnection();
    const QString database = ServerAddress::parse(store.location()).database();
    const QString login = database + QStringLiteral("_nora");
    // The server logs every statement of this run: the password must not be in any of them.
    const QString serverLog =
        QDir(ServerAddress::parse(TestStore::serverUrl()).host()).filePath(QStringLiteral("server.log"));
    const qint64 logBefore = QFileInfo(serverLog).size();
    qputenv("PGOPTIONS", "-c log_statement=all");
    const CliRun added = cli({QStringLiteral("server"), QStringLiteral("add-user"), login,
                              QStringLiteral("--email"), QStringLiteral("nora@example.com"),
                              QStringLiteral("--name"), QStringLiteral("Nora"), QStringLiteral("--manager"),
                              QStringLiteral("--password-stdin"), QStringLiteral("--db"), store.location()},
                             "a-long-secret\n");
    qunsetenv("PGOPTIONS");
    EXPECT_EQ(added.exitCode, 0) << added.err.toStdString();
    {
        QFile log(serverLog);
        ASSERT_TRUE(log.open(QIODevice::ReadOnly)) << serverLog.toStdString();
        log.seek(logBefore);
        const QByteArray logged = log.readAll();
        EXPECT_TRUE(logged.contains("ALTER ROLE"))
            << "the statements were not logged; the check proves nothing";
        EXPECT_TRUE(logged.contains("SCRAM-SHA-256$4096:"));
        EXPECT_FALSE(logged.contains("a-long-secret")) << "the password reached the server's log";
    }
    EXPECT_TRUE(added.out.contains(QStringLiteral("Created the login %1 as a manager, bound to Nora "
                                                  "<nora@example.com> (a new interviewer).")
                                       .arg(login)))
        << added.out.toStdString();
    EXPECT_FALSE(added.out.contains(QStringLiteral("a-long-secret")));
    {
        Database::Options existing;
        existing.mayCreate = false;
        Database nora(TestStore::urlFor(database, login, QStringLiteral("a-long-secret")), existing);
        EXPECT_TRUE(nora.serverViewer().value_or(Viewer::nobody()).manager);
        nora.releaseThreadConnection();
    }
    // Again without --manager: an interviewer now, with a password made and shown once.
    const CliRun again =
        cli({QStringLiteral("server"), QStringLiteral("add-user"), login, QStringLiteral("--email"),
             QStringLiteral("NORA@example.com"), QStringLiteral("--db"), store.location()});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(
        QStringLiteral("Updated the login %1 as an interviewer, bound to Nora").arg(login)))
        << again.out.toStdString();
    const qsizetype at = again.out.indexOf(QStringLiteral("Password: "));
    ASSERT_GE(at, 0) << again.out.toStdString();
    const QString made = again.out.mid(at + 10, 20);
    {
        Database::Options existing;
        existing.mayCreate = false;
        Database nora(TestStore::urlFor(database, login, made), existing);
        ASSERT_TRUE(nora.serverViewer().has_value());
        EXPECT_FALSE(nora.serverViewer()->manager);

        // Nora may not add users: she is not the owner.
        const CliRun refused = cli({QStringLiteral("server"), QStringLiteral("add-user"),
                                    database + QStringLiteral("_olga"), QStringLiteral("--email"),
                                    QStringLiteral("olga@example.com"), QStringLiteral("--keep-password"),
                                    QStringLiteral("--db"), TestStore::urlFor(database, login, made)});
        EXPECT_EQ(refused.exitCode, 1);
        EXPECT_TRUE(refused.err.contains(QStringLiteral("database's owner"))) << refused.err.toStdString();
        nora.releaseThreadConnection();
    }
    const CliRun badName = cli({QStringLiteral("server"), QStringLiteral("add-user"),
                                QStringLiteral("pg_sneaky"), QStringLiteral("--email"),
                                QStringLiteral("s@example.com"), QStringLiteral("--db"), store.location()});
    EXPECT_EQ(badName.exitCode, 1);
    EXPECT_TRUE(badName.err.contains(QStringLiteral("cannot be a login name"))) << badName.err.toStdString();
    dropLogin(database, login);
}

// A database owned by a login that is no superuser, in a cluster whose group roles are there
// already (the administrator made them, or another team's database did): setup and add-user say
// what the administrator must run, and running exactly that lets the owner add people.
TEST(TeamServerAccess, AnOwnerWhoIsNoSuperuserIsToldWhatTheAdministratorMustRun)
{
    TestStore store;
    const QString database = ServerAddress::parse(store.location()).database();
    const QString owner = database + QStringLiteral("_owner");
    const QString login = database + QStringLiteral("_pia");
    const QString ownerPassword = QStringLiteral("owner-secret");
    TestStore::runAsOwner(
        QStringLiteral("postgres"),
        QStringLiteral("DO $$ BEGIN CREATE ROLE %1 NOLOGIN; EXCEPTION WHEN duplicate_object OR "
                       "unique_violation THEN NULL; END $$; DO $$ BEGIN CREATE ROLE %2 NOLOGIN; "
                       "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")
            .arg(ServerAccess::interviewerRole, ServerAccess::managerRole));
    TestStore::runAsOwner(QStringLiteral("postgres"),
                          QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'; ALTER DATABASE %3 OWNER TO %1")
                              .arg(owner, ownerPassword, database));
    const QString asOwner = TestStore::urlFor(database, owner, ownerPassword);
    // What the output asks the administrator to run: the line after the message.
    const auto statementIn = [](const QString& text) {
        const qsizetype at = text.indexOf(QStringLiteral("\n  "));
        return at < 0 ? QString() : text.mid(at + 3).section(QLatin1Char('\n'), 0, 0);
    };

    const QString advice = QStringLiteral("ALTER ROLE %1 CREATEROLE; GRANT %2, %3 TO %1 WITH ADMIN OPTION, "
                                          "INHERIT FALSE, SET FALSE;")
                               .arg(owner, ServerAccess::interviewerRole, ServerAccess::managerRole);
    const CliRun setup =
        cli({QStringLiteral("server"), QStringLiteral("setup"), QStringLiteral("--db"), asOwner});
    EXPECT_EQ(setup.exitCode, 0) << setup.err.toStdString();
    EXPECT_TRUE(setup.out.contains(QStringLiteral("is set up"))) << setup.out.toStdString();
    EXPECT_EQ(statementIn(setup.out), advice) << setup.out.toStdString();

    const auto addPia = [&] {
        return cli({QStringLiteral("server"), QStringLiteral("add-user"), login, QStringLiteral("--email"),
                    QStringLiteral("pia@example.com"), QStringLiteral("--name"), QStringLiteral("Pia"),
                    QStringLiteral("--password-stdin"), QStringLiteral("--db"), asOwner},
                   "pia-secret\n");
    };
    const CliRun refused = addPia();
    EXPECT_EQ(refused.exitCode, 1) << refused.out.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("may not give people logins")))
        << refused.err.toStdString();
    EXPECT_EQ(statementIn(refused.err), advice) << refused.err.toStdString();
    {
        // Refused before anything was written: no interviewer record for Pia.
        Database::Options existing;
        existing.mayCreate = false;
        Database db(asOwner, existing);
        const QList<Interviewer> everyone = InterviewerRepository(db).all();
        EXPECT_TRUE(std::none_of(everyone.cbegin(), everyone.cend(),
                                 [](const Interviewer& i) { return i.name == QStringLiteral("Pia"); }));
        db.releaseThreadConnection();
    }
    // Exactly what was asked for is enough.
    TestStore::runAsOwner(QStringLiteral("postgres"), advice);

    // Whether the login gets in and the server knows it as one of the team.
    const auto signsInAsTeam = [&](const QString& who, const QString& password) {
        Database::Options existing;
        existing.mayCreate = false;
        Database db(TestStore::urlFor(database, who, password), existing);
        const bool known = db.serverViewer().has_value();
        db.releaseThreadConnection();
        return known;
    };
    const CliRun added = addPia();
    EXPECT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(signsInAsTeam(login, QStringLiteral("pia-secret")));
    // A login the cluster has from elsewhere keeps its password: bound only when asked to keep it.
    const QString elsewhere = database + QStringLiteral("_elsewhere");
    TestStore::runAsOwner(QStringLiteral("postgres"),
                          QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'their-own'").arg(elsewhere));
    const auto addElsewhere = [&](const QString& how) {
        return cli({QStringLiteral("server"), QStringLiteral("add-user"), elsewhere,
                    QStringLiteral("--email"), QStringLiteral("else@example.com"), how,
                    QStringLiteral("--db"), asOwner},
                   "a-new-one\n");
    };
    const CliRun notOurs = addElsewhere(QStringLiteral("--password-stdin"));
    EXPECT_EQ(notOurs.exitCode, 1) << notOurs.out.toStdString();
    EXPECT_TRUE(notOurs.err.contains(QStringLiteral("not yours to change"))) << notOurs.err.toStdString();
    const CliRun kept = addElsewhere(QStringLiteral("--keep-password"));
    EXPECT_EQ(kept.exitCode, 0) << kept.err.toStdString();
    EXPECT_TRUE(signsInAsTeam(elsewhere, QStringLiteral("their-own")));

    // The owner is the administrator, not a login from elsewhere.
    const CliRun self = cli({QStringLiteral("server"), QStringLiteral("add-user"), owner,
                             QStringLiteral("--email"), QStringLiteral("o@example.com"),
                             QStringLiteral("--password-stdin"), QStringLiteral("--db"), asOwner},
                            "x-new\n");
    EXPECT_EQ(self.exitCode, 1);
    EXPECT_TRUE(self.err.contains(QStringLiteral("the server's administrator here")))
        << self.err.toStdString();

    // Set up by this owner again: nothing more to ask for.
    const CliRun again =
        cli({QStringLiteral("server"), QStringLiteral("setup"), QStringLiteral("--db"), asOwner});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_FALSE(again.out.contains(QStringLiteral("administrator"))) << again.out.toStdString();

    dropLogin(database, login);
    dropLogin(database, elsewhere);
    TestStore::dropServerDatabase(database);
    TestStore::runAsOwner(QStringLiteral("postgres"), QStringLiteral("DROP ROLE %1").arg(owner));
}

TEST(TeamServerAccess, EverythingAnInterviewerDoesInTheAppWorksUnderTheirLogin)
{
    // The app's own paths, as an interviewer's login: nothing it does on the way needs more than
    // the server grants (a write it did not need would fail here).
    LoginPanel panel;
    Database::Options existing;
    existing.mayCreate = false;
    Database alice(TestStore::urlFor(panel.database, panel.alice, panel.password), existing);
    const Viewer me = *alice.serverViewer();
    const Kit kit = *KitRepository(alice).byName(QuestionBank::defaultKitName());

    Candidate newcomer;
    newcomer.name = QStringLiteral("Ines");
    newcomer.tags = {QStringLiteral("remote")};
    Candidate ines = CandidateRepository(alice).create(newcomer);
    ines.role = QStringLiteral("Backend developer");
    CandidateRepository(alice).update(ines);

    InterviewRepository interviews(alice);
    const Interview iv = interviews.create(ines.id, me.interviewer, kit);
    const InterviewLease lease =
        LeaseRepository(alice).acquire(iv.id, QStringLiteral("window-1"), QStringLiteral("Alice's laptop"));
    EXPECT_TRUE(lease.ours);
    interviews.start(iv.id, QDateTime::currentDateTimeUtc());
    const Scorecard card = *interviews.scorecard(iv.id);
    interviews.setEntryResult(card.entries.first().id, EntryStatus::Scored, 3);
    interviews.setNote(card.entries.first().id, QStringLiteral("clear about trade-offs"));
    Highlight h;
    h.interviewId = iv.id;
    h.text = QStringLiteral("asked good questions");
    interviews.removeHighlight(interviews.saveHighlight(h).id);
    interviews.setRecommendation(iv.id, Recommendation::Yes);
    interviews.submit(iv.id, QDateTime::currentDateTimeUtc());
    interviews.reopen(iv.id, QDateTime::currentDateTimeUtc(), QStringLiteral("typo"));
    interviews.submit(iv.id, QDateTime::currentDateTimeUtc());
    LeaseRepository(alice).release(iv.id, QStringLiteral("window-1"));

    // The desk, as Alice: her own candidate's panel (hers alone) and Cara's hidden until she submits.
    const HiringDesk desk(alice, me);
    const QList<CandidateRow> rows =
        CandidateListRepository(alice).page({}, CandidateListRepository::Sort::Score, true, 0, 10, me);
    ASSERT_EQ(rows.size(), 3);
    for (const CandidateRow& r : rows) {
        EXPECT_EQ(r.blinded, r.name != QLatin1String("Ines")) << r.name.toStdString();
        if (r.name == QLatin1String("Ines")) {
            EXPECT_EQ(r.weightedScore, 3.0);
        }
    }
    EXPECT_TRUE(SearchRepository(alice).search(QStringLiteral("strong"), me).isEmpty());
    EXPECT_FALSE(SearchRepository(alice).search(QStringLiteral("trade"), me).isEmpty());
    desk.compare(QStringLiteral("Backend developer"));
    desk.calibration();

    // Erasing is refused, by the app and, below it, by the server.
    try {
        desk.erase(ines.id);
        ADD_FAILURE() << "an interviewer erased a candidate";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Denied) << e.fullText().toStdString();
    }
    alice.releaseThreadConnection();

    Database mia(TestStore::urlFor(panel.database, panel.mia, panel.password), existing);
    HiringDesk(mia, *mia.serverViewer()).erase(ines.id);
    EXPECT_FALSE(CandidateRepository(mia).get(ines.id).has_value());
    mia.releaseThreadConnection();
}

TEST(TeamServerAccess, ColleaguesChangesArriveAsTheyAreCommittedAndADraftsTypingSendsNothing)
{
    LoginPanel panel;
    Database::Options existing;
    existing.mayCreate = false;
    Database mia(TestStore::urlFor(panel.database, panel.mia, panel.password), existing);
    ServerChanges changes(mia);
    ASSERT_TRUE(changes.isListening());
    QSignalSpy panels(&changes, &ServerChanges::panelChanged);
    QSignalSpy candidates(&changes, &ServerChanges::candidatesChanged);

    // Alice, on her own connection: typing in her draft, then submitting Cara's scorecard.
    Database alice(TestStore::urlFor(panel.database, panel.alice, panel.password), existing);
    InterviewRepository interviews(alice);
    const Scorecard card = *interviews.scorecard(panel.aliceCara);
    interviews.setNote(card.entries.first().id, QStringLiteral("typing, typing"));
    interviews.setEntryResult(card.entries.first().id, EntryStatus::Scored, 3);
    // Then a new interview of hers, with Dan: the first word to arrive is about Dan, so the typing
    // before it sent nothing.
    interviews.create(panel.dan, panel.aliceId, *KitRepository(alice).byName(QuestionBank::defaultKitName()));
    ASSERT_TRUE(panels.wait(10000));
    EXPECT_EQ(panels.takeFirst().value(0).toLongLong(), panel.dan);
    interviews.submit(panel.aliceCara, QDateTime::currentDateTimeUtc());
    if (panels.isEmpty()) {
        ASSERT_TRUE(panels.wait(10000));
    }
    EXPECT_EQ(panels.takeFirst().value(0).toLongLong(), panel.cara);

    Candidate c;
    c.name = QStringLiteral("Jun");
    CandidateRepository(alice).create(c);
    ASSERT_TRUE(candidates.wait(10000));
    alice.releaseThreadConnection();
    mia.releaseThreadConnection();
}

TEST(ServerChangesOnAFile, ListenToNothing)
{
    TestDir dir;
    Database db(dir.path(QStringLiteral("alone.sqlite")));
    EXPECT_FALSE(ServerChanges(db).isListening());
}
