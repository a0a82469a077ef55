// The team server: addresses, connecting, the schema on PostgreSQL. The suites named TeamServer*
// run only against the run's server (ctest starts it; see tests/CMakeLists.txt); ServerAddress
// needs none.
#include "bank/QuestionBank.h"
#include "domain/Candidate.h"
#include "storage/CalibrationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "storage/LeaseRepository.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "storage/ServerAddress.h"
#include "storage/SqlDialect.h"
#include "storage/StorageError.h"
#include "support/CliRunner.h"
#include "support/TestStore.h"

#include <QDateTime>
#include <QMutex>
#include <QSemaphore>
#include <QThread>
#include <gtest/gtest.h>

#include <atomic>
#include <memory>

using namespace ia;
using namespace ia::test;

namespace {

StorageError openingError(const QString& location, Database::Options options = {})
{
    try {
        Database db(location, options);
    } catch (const StorageError& e) {
        return e;
    }
    ADD_FAILURE() << "opening " << location.toStdString() << " did not fail";
    return StorageError(StorageError::Kind::Failed, {});
}

Candidate serverCandidate(const QString& name)
{
    Candidate c;
    c.name = name;
    c.email = QStringLiteral("%1@example.com").arg(name.toLower());
    c.role = QStringLiteral("Backend developer");
    c.tags = {QStringLiteral("remote")};
    return c;
}

} // namespace

TEST(ServerAddress, ReadsLibpqUrlsAndNeverShowsThePassword)
{
    const ServerAddress remote =
        ServerAddress::parse(QStringLiteral("postgresql://alice:s3cret@db.example.com:6543/interviews"));
    EXPECT_EQ(remote.host(), QStringLiteral("db.example.com"));
    EXPECT_EQ(remote.port(), 6543);
    EXPECT_EQ(remote.database(), QStringLiteral("interviews"));
    EXPECT_EQ(remote.user(), QStringLiteral("alice"));
    EXPECT_EQ(remote.password(), QStringLiteral("s3cret"));
    // On the network the certificate must match the server's name, unless the URL says otherwise.
    EXPECT_EQ(remote.sslMode(), QStringLiteral("verify-full"));
    EXPECT_FALSE(remote.display().contains(QStringLiteral("s3cret"))) << remote.display().toStdString();
    EXPECT_EQ(remote.display(), QStringLiteral("postgresql://alice@db.example.com:6543/interviews"));

    const ServerAddress socket =
        ServerAddress::parse(QStringLiteral("postgresql://bob@/team?host=/run/postgresql"));
    EXPECT_EQ(socket.host(), QStringLiteral("/run/postgresql"));
    EXPECT_EQ(socket.database(), QStringLiteral("team"));
    EXPECT_EQ(socket.sslMode(), QStringLiteral("prefer"));
    // What is shown can be typed in again.
    const ServerAddress again = ServerAddress::parse(socket.display());
    EXPECT_EQ(again.host(), socket.host());
    EXPECT_EQ(ServerAddress::parse(QStringLiteral("postgresql://bob@/team?host=/run/pg&port=6000")).display(),
              QStringLiteral("postgresql://bob@/team?host=/run/pg&port=6000"));
    EXPECT_EQ(again.database(), socket.database());
    EXPECT_EQ(again.user(), socket.user());

    EXPECT_EQ(ServerAddress::parse(QStringLiteral("postgres://carol@localhost/db?sslmode=require")).sslMode(),
              QStringLiteral("require"));
    EXPECT_TRUE(ServerAddress::isServerUrl(QStringLiteral("postgresql://x/y")));
    EXPECT_FALSE(ServerAddress::isServerUrl(QStringLiteral("/home/me/interviews.sqlite")));
}

// A network that goes away fails a statement after the connect timeout, not after TCP's quarter
// of an hour. This machine's kernel cannot stage it (no packet loss to be had), so what is checked
// is that libpq is asked; the suite's every connection proves that it accepts what it is asked.
TEST(ServerAddress, AVanishedNetworkIsGivenUpAfterTheConnectTimeout)
{
    const QString options =
        ServerAddress::parse(QStringLiteral("postgresql://alice@db.example.com/i?connect_timeout=4"))
            .connectOptions();
    EXPECT_TRUE(options.contains(QLatin1String("connect_timeout=4;"))) << options.toStdString();
    EXPECT_TRUE(options.contains(QLatin1String("tcp_user_timeout=4000;"))) << options.toStdString();
    EXPECT_TRUE(options.contains(QLatin1String("keepalives=1;"))) << options.toStdString();
    EXPECT_TRUE(ServerAddress::parse(QStringLiteral("postgresql://a@h/i?connect_timeout=99999999"))
                    .connectOptions()
                    .contains(QLatin1String("tcp_user_timeout=3600000;")));
}

TEST(ServerAddress, FieldsTypedInTheConnectDialogMakeTheSameAddressAsAUrl)
{
    EXPECT_EQ(ServerAddress::fromParts(QStringLiteral("db.example.com"), 5433, QStringLiteral("interviews"),
                                       QStringLiteral("alice"))
                  .display(),
              QStringLiteral("postgresql://alice@db.example.com:5433/interviews"));
    const ServerAddress local = ServerAddress::fromParts(QStringLiteral(" /run/postgresql "), 5432,
                                                         QStringLiteral("team"), QStringLiteral("bob"));
    EXPECT_EQ(local.host(), QStringLiteral("/run/postgresql"));
    EXPECT_EQ(local.sslMode(), QStringLiteral("prefer"));
    EXPECT_EQ(ServerAddress::parse(local.display()).display(), local.display());
    const ServerAddress odd =
        ServerAddress::fromParts(QStringLiteral("db"), 5432, QStringLiteral("hiring 2027"),
                                 QStringLiteral("a@b"), QStringLiteral("require"));
    EXPECT_EQ(odd.sslMode(), QStringLiteral("require"));
    EXPECT_EQ(ServerAddress::parse(odd.display()).user(), QStringLiteral("a@b"));
    EXPECT_EQ(ServerAddress::parse(odd.display()).database(), QStringLiteral("hiring 2027"));
    try {
        ServerAddress::fromParts(QStringLiteral("db"), 5432, QStringLiteral("a/b"), QStringLiteral("x"));
        ADD_FAILURE() << "a database name with a slash was taken";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::InvalidData);
        EXPECT_TRUE(e.message().contains(QStringLiteral("slash"))) << e.message().toStdString();
    }
}

TEST(ServerAddress, SaysWhatIsWrongWithAnAddress)
{
    const auto why = [](const QString& url) {
        try {
            ServerAddress::parse(url);
        } catch (const StorageError& e) {
            EXPECT_EQ(e.kind(), StorageError::Kind::InvalidData);
            return e.message();
        }
        ADD_FAILURE() << url.toStdString() << " was accepted";
        return QString();
    };
    EXPECT_TRUE(why(QStringLiteral("postgresql://db.example.com/")).contains(QStringLiteral("no database")));
    EXPECT_TRUE(why(QStringLiteral("postgresql://db.example.com/x?sslmode=maybe"))
                    .contains(QStringLiteral("sslmode")));
    EXPECT_TRUE(why(QStringLiteral("postgresql://db.example.com/x?options=-c%20role%3Dadmin"))
                    .contains(QStringLiteral("\"options\" is not supported")));
    const QString withPassword = why(QStringLiteral("postgresql://alice:s3cret@db.example.com/x?port=abc"));
    EXPECT_TRUE(withPassword.contains(QStringLiteral("port")));
    EXPECT_FALSE(withPassword.contains(QStringLiteral("s3cret"))) << withPassword.toStdString();
    // A password that makes the URL unreadable is not shown either.
    const QString unreadable = why(QStringLiteral("postgresql://alice:p#ss w/rd@db.example.com/x"));
    EXPECT_FALSE(unreadable.contains(QStringLiteral("ss w"))) << unreadable.toStdString();
    EXPECT_TRUE(unreadable.contains(QStringLiteral("alice@db.example.com"))) << unreadable.toStdString();
}

TEST(TeamServer, CreatesTheSchemaKeepsDataAndNumbersRowsItself)
{
    TestStore store;
    CandidateId id = 0;
    {
        Database db(store.location());
        EXPECT_TRUE(db.isServer());
        EXPECT_EQ(db.schemaVersion(), Schema::latestVersion());
        EXPECT_TRUE(db.engineVersion().startsWith(QStringLiteral("PostgreSQL 17")))
            << db.engineVersion().toStdString();
        EXPECT_TRUE(db.backupFiles().isEmpty());
        id = CandidateRepository(db).create(serverCandidate(QStringLiteral("Zoë Quist"))).id;
        EXPECT_GT(id, 0);
    }
    Database db(store.location(), Database::Options{{}, 5000, /*mayCreate=*/false});
    const std::optional<Candidate> found = CandidateRepository(db).get(id);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->name, QStringLiteral("Zoë Quist"));
    EXPECT_EQ(found->tags, QStringList{QStringLiteral("remote")});
    // Ids are the server's: a client cannot choose one.
    const auto chooseId = [&] {
        Query::run(db.connection(),
                   QStringLiteral("INSERT INTO interviewer (id, uuid, name, created_at) VALUES "
                                  "(999, '00000000-0000-0000-0000-000000000999', 'X', 0)"));
    };
    EXPECT_THROW(chooseId(), StorageError);
}

TEST(TeamServer, SaysWhyItCannotConnect)
{
    QString name;
    TestStore::createServerDatabase(&name);
    TestStore::runAsOwner(QStringLiteral("postgres"),
                          QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                                         "'dora') THEN CREATE ROLE dora LOGIN PASSWORD 'right-one'; END IF; "
                                         "END $$"));

    const StorageError wrongPassword =
        openingError(TestStore::urlFor(name, QStringLiteral("dora"), QStringLiteral("wrong-one")));
    EXPECT_EQ(wrongPassword.kind(), StorageError::Kind::Refused);
    EXPECT_TRUE(wrongPassword.message().contains(QStringLiteral("did not accept the password for dora")))
        << wrongPassword.message().toStdString();
    EXPECT_FALSE(wrongPassword.message().contains(QStringLiteral("wrong-one")));
    // The window asks for another password then (ServerLogin), and for nothing else.
    EXPECT_TRUE(ServerAddress::isPasswordRefusal(wrongPassword));

    const StorageError noDatabase = openingError(TestStore::urlFor(QStringLiteral("no_such_db")));
    EXPECT_EQ(noDatabase.kind(), StorageError::Kind::Refused);
    EXPECT_FALSE(ServerAddress::isPasswordRefusal(noDatabase));
    EXPECT_TRUE(noDatabase.message().contains(QStringLiteral("There is no database \"no_such_db\"")))
        << noDatabase.message().toStdString();

    const StorageError noUser =
        openingError(TestStore::urlFor(name, QStringLiteral("nobody_here"), QStringLiteral("x")));
    EXPECT_EQ(noUser.kind(), StorageError::Kind::Refused) << noUser.message().toStdString();

    const StorageError unreachable =
        openingError(QStringLiteral("postgresql://ia_owner@/%1?host=/nonexistent-socket-dir").arg(name));
    EXPECT_EQ(unreachable.kind(), StorageError::Kind::Unreachable);
    EXPECT_TRUE(unreachable.message().contains(QStringLiteral("cannot be reached")))
        << unreachable.message().toStdString();

    // Nothing set up yet, and not asked to: the owner is told how.
    Database::Options existingOnly;
    existingOnly.mayCreate = false;
    const StorageError empty = openingError(TestStore::urlFor(name), existingOnly);
    EXPECT_EQ(empty.kind(), StorageError::Kind::NotADatabase);
    EXPECT_TRUE(empty.message().contains(QStringLiteral("interview-cli server setup")))
        << empty.message().toStdString();

    // Another program's tables: left alone.
    TestStore::runAsOwner(name, QStringLiteral("CREATE TABLE invoices (id INTEGER)"));
    const StorageError foreign = openingError(TestStore::urlFor(name));
    EXPECT_EQ(foreign.kind(), StorageError::Kind::NotADatabase);
    EXPECT_TRUE(foreign.message().contains(QStringLiteral("another program")))
        << foreign.message().toStdString();
    TestStore::dropServerDatabase(name);
}

TEST(TeamServer, ANewerOrOlderSchemaIsLeftAsItIsWithWhatToDo)
{
    TestStore store;
    // The schema as it was at version 6, then this app.
    {
        Database::Options older;
        older.migrations = Schema::migrations().mid(0, 6);
        Database db(store.location(), older);
        EXPECT_EQ(db.schemaVersion(), 6);
    }
    const StorageError outdated = openingError(store.location());
    EXPECT_EQ(outdated.kind(), StorageError::Kind::UpgradeNeeded);
    EXPECT_TRUE(outdated.message().contains(QStringLiteral("pg_dump --format=custom")))
        << outdated.message().toStdString();
    EXPECT_TRUE(outdated.message().contains(QStringLiteral("interview-cli server upgrade")));
    {
        Database::Options upgrade;
        upgrade.mayUpgradeServer = true;
        Database db(store.location(), upgrade);
        EXPECT_EQ(db.schemaVersion(), Schema::latestVersion());
        EXPECT_TRUE(db.backupFiles().isEmpty());
        Query q(db.connection(), QStringLiteral("SELECT count(*) FROM scorecard_total"));
        EXPECT_EQ(q.scalar().toInt(), 0);
    }
    {
        Database db(store.location());
        Query q(db.connection(),
                QStringLiteral("UPDATE app_meta SET value = '99' WHERE key = 'schema_version'"));
        q.exec();
    }
    const StorageError newer = openingError(store.location());
    EXPECT_EQ(newer.kind(), StorageError::Kind::NewerSchema);
    EXPECT_TRUE(newer.message().contains(QStringLiteral("schema version 99")))
        << newer.message().toStdString();
}

TEST(TeamServer, TwoProgramsStartingAtOnceSetTheSchemaUpOnce)
{
    TestStore store;
    QSemaphore ready;
    QSemaphore go;
    QString errors[2];
    int versions[2] = {0, 0};
    std::unique_ptr<QThread> threads[2];
    for (int i = 0; i < 2; ++i) {
        threads[i].reset(QThread::create([&, i] {
            ready.release();
            go.acquire();
            try {
                Database db(store.location());
                versions[i] = db.schemaVersion();
                db.releaseThreadConnection();
            } catch (const StorageError& e) {
                errors[i] = e.fullText();
            }
        }));
        threads[i]->start();
    }
    ready.acquire(2);
    go.release(2);
    for (auto& t : threads)
        ASSERT_TRUE(t->wait(60000));
    for (int i = 0; i < 2; ++i) {
        EXPECT_TRUE(errors[i].isEmpty()) << errors[i].toStdString();
        EXPECT_EQ(versions[i], Schema::latestVersion());
    }
}

TEST(TeamServer, APanelSubmittingOneCandidateAtTheSameMomentAllLandsAndAddsUp)
{
    // Four interviewers submit the same candidate at once, eight candidates in a row: each submit
    // recomputes the candidate's score cache and panel deviations in triggers, which on a server
    // must take turns (the second would otherwise work from what the first had not committed,
    // and fail on the first's rows).
    TestStore store;
    Database db(store.location());
    QuestionBank::installDefault(db);
    const Kit kit = *KitRepository(db).byName(QuestionBank::defaultKitName());
    constexpr int panel = 4;
    constexpr int candidates = 8;
    QList<InterviewerId> people;
    for (int i = 0; i < panel; ++i)
        people.append(
            InterviewerRepository(db).create(Interviewer{0, {}, QStringLiteral("P%1").arg(i), {}}).id);
    QList<QList<InterviewId>> interviews; // per candidate, per interviewer
    QList<CandidateId> ids;
    InterviewRepository repo(db);
    for (int c = 0; c < candidates; ++c) {
        ids.append(CandidateRepository(db).create(serverCandidate(QStringLiteral("Cand%1").arg(c))).id);
        QList<InterviewId> row;
        for (int i = 0; i < panel; ++i) {
            const Interview iv = repo.create(ids.last(), people.at(i), kit);
            repo.start(iv.id, QDateTime::currentDateTimeUtc());
            const Scorecard card = *repo.scorecard(iv.id);
            for (const ScorecardEntry& e : card.entries)
                repo.setEntryResult(e.id, EntryStatus::Scored, 1 + (i + c) % 4);
            row.append(iv.id);
        }
        interviews.append(row);
    }
    db.releaseThreadConnection();

    QSemaphore ready;
    std::atomic<int> failures{0};
    QStringList errors;
    QMutex errorsLock;
    std::unique_ptr<QSemaphore[]> go(new QSemaphore[candidates]);
    QList<QThread*> threads;
    for (int i = 0; i < panel; ++i) {
        threads.append(QThread::create([&, i] {
            Database mine(store.location());
            InterviewRepository theirs(mine);
            for (int c = 0; c < candidates; ++c) {
                ready.release();
                go[c].acquire();
                try {
                    theirs.submit(interviews.at(c).at(i), QDateTime::currentDateTimeUtc());
                } catch (const StorageError& e) {
                    ++failures;
                    QMutexLocker lock(&errorsLock);
                    errors.append(e.fullText());
                }
            }
            mine.releaseThreadConnection();
        }));
        threads.last()->start();
    }
    for (int c = 0; c < candidates; ++c) {
        ready.acquire(panel);
        go[c].release(panel); // all four submit candidate c together
    }
    for (QThread* t : threads) {
        EXPECT_TRUE(t->wait(120000));
        delete t;
    }
    EXPECT_EQ(failures.load(), 0) << errors.join(QStringLiteral("\n")).toStdString();

    // What the caches say equals what the scores say.
    for (int c = 0; c < candidates; ++c) {
        Query score(db.connection(),
                    QStringLiteral("SELECT submitted FROM candidate_score WHERE candidate_id = :id"));
        score.bind(QStringLiteral(":id"), ids.at(c));
        EXPECT_EQ(score.scalar().toInt(), panel) << "candidate " << c;
        Query deviations(db.connection(),
                         QStringLiteral("SELECT count(*) FROM panel_deviation WHERE candidate_id = :id"));
        deviations.bind(QStringLiteral(":id"), ids.at(c));
        EXPECT_EQ(deviations.scalar().toInt(), panel) << "candidate " << c;
    }
    Query totals(db.connection(), QStringLiteral("SELECT count(*) FROM scorecard_total"));
    EXPECT_EQ(totals.scalar().toInt(), panel * candidates);
}

TEST(TeamServer, AHighlightIsEditedAndARemovalUndoneUnderTheSameId)
{
    // The server numbers rows; an undone removal puts back the number it handed out, so the undo
    // history that refers to it stays right.
    TestStore store;
    Database db(store.location());
    QuestionBank::installDefault(db);
    const Kit kit = *KitRepository(db).byName(QuestionBank::defaultKitName());
    const InterviewerId me =
        InterviewerRepository(db).create(Interviewer{0, {}, QStringLiteral("Me"), {}}).id;
    const CandidateId c = CandidateRepository(db).create(serverCandidate(QStringLiteral("Hilda"))).id;
    InterviewRepository repo(db);
    const Interview iv = repo.create(c, me, kit);
    Highlight h;
    h.interviewId = iv.id;
    h.text = QStringLiteral("first words");
    h = repo.saveHighlight(h);
    ASSERT_GT(h.id, 0);
    h.text = QStringLiteral("edited words");
    EXPECT_EQ(repo.saveHighlight(h).id, h.id);
    repo.removeHighlight(h.id);
    EXPECT_EQ(repo.saveHighlight(h).id, h.id);
    const Scorecard card = *repo.scorecard(iv.id);
    ASSERT_EQ(card.highlights.size(), 1);
    EXPECT_EQ(card.highlights.first().text, QStringLiteral("edited words"));
    // And the next new one gets a number of its own.
    Highlight next;
    next.interviewId = iv.id;
    next.text = QStringLiteral("another");
    EXPECT_GT(repo.saveHighlight(next).id, h.id);
}

TEST(TeamServer, TwoWindowsOpeningOneInterviewAtOnceDoNotBothHoldIt)
{
    TestStore store;
    Database db(store.location());
    QuestionBank::installDefault(db);
    const Kit kit = *KitRepository(db).byName(QuestionBank::defaultKitName());
    const InterviewerId me =
        InterviewerRepository(db).create(Interviewer{0, {}, QStringLiteral("Me"), {}}).id;
    QList<InterviewId> interviews;
    for (int i = 0; i < 20; ++i) {
        const CandidateId c =
            CandidateRepository(db).create(serverCandidate(QStringLiteral("L%1").arg(i))).id;
        interviews.append(InterviewRepository(db).create(c, me, kit).id);
    }
    db.releaseThreadConnection();
    QSemaphore ready;
    std::unique_ptr<QSemaphore[]> go(new QSemaphore[interviews.size()]);
    std::atomic<int> bothHeld{0};
    std::atomic<int> held[20] = {};
    QList<QThread*> windows;
    for (int w = 0; w < 2; ++w) {
        windows.append(QThread::create([&, w] {
            Database mine(store.location());
            LeaseRepository leases(mine);
            for (int i = 0; i < interviews.size(); ++i) {
                ready.release();
                go[i].acquire();
                if (leases
                        .acquire(interviews.at(i), QStringLiteral("window-%1").arg(w),
                                 QStringLiteral("Window %1").arg(w), false)
                        .ours) {
                    if (++held[i] == 2)
                        ++bothHeld;
                }
            }
            mine.releaseThreadConnection();
        }));
        windows.last()->start();
    }
    for (int i = 0; i < interviews.size(); ++i) {
        ready.acquire(2);
        go[i].release(2);
    }
    for (QThread* t : windows) {
        EXPECT_TRUE(t->wait(60000));
        delete t;
    }
    EXPECT_EQ(bothHeld.load(), 0) << "two windows both believed they held an interview";
    for (int i = 0; i < interviews.size(); ++i)
        EXPECT_EQ(held[i].load(), 1) << "interview " << i;
}

TEST(TeamServer, TheOwnerSetsTheServerUpAndUpgradesItFromTheCommandLine)
{
    TestStore store;
    const CliRun setup =
        cli({QStringLiteral("server"), QStringLiteral("setup"), QStringLiteral("--db"), store.location()});
    EXPECT_EQ(setup.exitCode, 0) << setup.err.toStdString();
    EXPECT_TRUE(
        setup.out.contains(QStringLiteral("is set up (schema version %1)").arg(Schema::latestVersion())))
        << setup.out.toStdString();
    EXPECT_TRUE(setup.out.contains(QStringLiteral("default question bank was added")));
    const CliRun again =
        cli({QStringLiteral("server"), QStringLiteral("setup"), QStringLiteral("--db"), store.location()});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("set up already"))) << again.out.toStdString();
    const CliRun onAFile = cli({QStringLiteral("server"), QStringLiteral("setup"), QStringLiteral("--db"),
                                store.dir().path(QStringLiteral("x.sqlite"))});
    EXPECT_EQ(onAFile.exitCode, 2);
    EXPECT_TRUE(onAFile.err.contains(QStringLiteral("is for a team server"))) << onAFile.err.toStdString();

    // A server at version 6 (an older app set it up): asked first, then upgraded.
    TestStore older;
    {
        Database::Options six;
        six.migrations = Schema::migrations().mid(0, 6);
        Database db(older.location(), six);
    }
    const CliRun asked =
        cli({QStringLiteral("server"), QStringLiteral("upgrade"), QStringLiteral("--db"), older.location()});
    EXPECT_EQ(asked.exitCode, 1);
    EXPECT_TRUE(asked.err.contains(QStringLiteral("pg_dump --format=custom"))) << asked.err.toStdString();
    EXPECT_TRUE(asked.err.contains(QStringLiteral("server upgrade --yes")));
    const CliRun upgraded = cli({QStringLiteral("server"), QStringLiteral("upgrade"), QStringLiteral("--yes"),
                                 QStringLiteral("--db"), older.location()});
    EXPECT_EQ(upgraded.exitCode, 0) << upgraded.err.toStdString();
    EXPECT_TRUE(upgraded.out.contains(
        QStringLiteral("upgraded from schema version 6 to %1").arg(Schema::latestVersion())))
        << upgraded.out.toStdString();
    const CliRun current =
        cli({QStringLiteral("server"), QStringLiteral("upgrade"), QStringLiteral("--db"), older.location()});
    EXPECT_EQ(current.exitCode, 0);
    EXPECT_TRUE(current.out.contains(QStringLiteral("up to date"))) << current.out.toStdString();
}

TEST(TeamServer, HostileSearchTextIsWordsNeverQuerySyntax)
{
    TestStore store;
    Database db(store.location());
    Candidate c = serverCandidate(QStringLiteral("Noor"));
    c.notes = QStringLiteral("Explained copy.deepcopy and __deepcopy__; café culture");
    CandidateRepository(db).create(c);
    const auto matches = [&](const QString& userText) {
        Query q(db.connection(), db.dialect().matchCountQuery());
        q.bind(QStringLiteral(":query"), db.dialect().searchExpression(userText));
        return q.scalar().toInt();
    };
    EXPECT_EQ(matches(QStringLiteral("deepcopy")), 1);
    EXPECT_EQ(matches(QStringLiteral("copy.deepcopy")), 1);
    EXPECT_EQ(matches(QStringLiteral("deep*")), 1);
    EXPECT_EQ(matches(QStringLiteral("CAFE")), 1) << "accents and case fold";
    EXPECT_EQ(matches(QStringLiteral("deepcopy zanzibar")), 0) << "every word is required";
    // Operators, quotes and backslashes are not syntax: what is left are words, none in the note.
    for (const char* hostile : {"'", "\\", "a & | !b", "(zanzibar", ":*", "zanzibar:* & !x", "'' OR 1=1 --",
                                "\x01\x02", "*", "&&&", "zanzibar'"}) {
        const QString text = QString::fromUtf8(hostile);
        int found = -1;
        EXPECT_NO_THROW(found = matches(text)) << hostile;
        EXPECT_EQ(found, 0) << hostile << " is only words, none of them in the note";
    }
}

TEST(TeamServer, TwoProgramsInstallingTheBankAtOnceInstallItOnce)
{
    TestStore store;
    {
        Database db(store.location());
    }
    QSemaphore ready;
    QSemaphore go;
    QString errors[2];
    bool installed[2] = {false, false};
    std::unique_ptr<QThread> threads[2];
    for (int i = 0; i < 2; ++i) {
        threads[i].reset(QThread::create([&, i] {
            Database db(store.location());
            ready.release();
            go.acquire();
            try {
                installed[i] = QuestionBank::installDefault(db);
            } catch (const StorageError& e) {
                errors[i] = e.fullText();
            }
            db.releaseThreadConnection();
        }));
        threads[i]->start();
    }
    ready.acquire(2);
    go.release(2);
    for (auto& t : threads)
        ASSERT_TRUE(t->wait(60000));
    EXPECT_TRUE(errors[0].isEmpty()) << errors[0].toStdString();
    EXPECT_TRUE(errors[1].isEmpty()) << errors[1].toStdString();
    EXPECT_NE(installed[0], installed[1]) << "exactly one of them installed the bank";
    Database db(store.location());
    EXPECT_TRUE(KitRepository(db).byName(QuestionBank::defaultKitName()).has_value());
}
