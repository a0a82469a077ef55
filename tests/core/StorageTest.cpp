#include "domain/Candidate.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"
#include "support/TestFiles.h"
#include "support/TestStore.h"

#include <QSemaphore>
#include <QThread>
#include <gtest/gtest.h>

#include <atomic>

using namespace ia;
using namespace ia::test;

namespace {

Candidate makeCandidate(const QString& name)
{
    Candidate c;
    c.name = name;
    c.email = QStringLiteral("someone@example.com");
    c.role = QStringLiteral("Backend Python developer");
    c.tags = {QStringLiteral("django"), QStringLiteral("remote")};
    c.links = {CandidateLink{0, QStringLiteral("github"), QStringLiteral("https://github.com/example"), {}}};
    c.references = {CandidateReference{0,
                                       QStringLiteral("Ref Person"),
                                       QStringLiteral("Manager"),
                                       QStringLiteral("ref@example.org"),
                                       QStringLiteral("Good"),
                                       {}}};
    return c;
}

QString pragma(const Database& db, const QString& name)
{
    Query q(db.connection(), QStringLiteral("PRAGMA ") + name);
    return q.scalar().toString();
}

int countRows(const Database& db, const QString& table)
{
    Query q(db.connection(), QStringLiteral("SELECT count(*) FROM ") + table);
    return q.scalar().toInt();
}

} // namespace

TEST(Storage, CreatesSchemaAndReopensWithDataIntact)
{
    // On a file, or on the team server when the suite runs against one.
    const TestStore store;
    const QString path = store.location();
    CandidateId id = 0;
    {
        Database db(path);
        EXPECT_TRUE(db.wasCreated());
        EXPECT_EQ(db.schemaVersion(), Schema::latestVersion());
        EXPECT_TRUE(db.backupPath().isEmpty());
        id = CandidateRepository(db).create(makeCandidate(QStringLiteral("Ada Example"))).id;
    }
    Database reopened(path);
    EXPECT_FALSE(reopened.wasCreated());
    EXPECT_EQ(reopened.schemaVersion(), Schema::latestVersion());
    EXPECT_TRUE(reopened.backupPath().isEmpty()) << "no backup when nothing is migrated";
    const std::optional<Candidate> c = CandidateRepository(reopened).get(id);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->name, QStringLiteral("Ada Example"));
    EXPECT_EQ(c->tags, (QStringList{QStringLiteral("django"), QStringLiteral("remote")}));
    ASSERT_EQ(c->links.size(), 1);
    EXPECT_EQ(c->links.first().url, QStringLiteral("https://github.com/example"));
    ASSERT_EQ(c->references.size(), 1);
    EXPECT_EQ(c->references.first().relation, QStringLiteral("Manager"));
}

TEST(Storage, SafetyPragmasAreInEffect)
{
    TestDir dir;
    Database db(dir.path(QStringLiteral("p.sqlite")));
    EXPECT_EQ(pragma(db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    EXPECT_EQ(pragma(db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    EXPECT_EQ(pragma(db, QStringLiteral("secure_delete")), QStringLiteral("1"));
    EXPECT_EQ(pragma(db, QStringLiteral("synchronous")), QStringLiteral("1")); // NORMAL
    EXPECT_GE(pragma(db, QStringLiteral("busy_timeout")).toInt(), 1000);
}

TEST(Storage, DatabaseWalAndShmFilesAreOwnerOnly)
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("private.sqlite"));
    Database db(path);
    CandidateRepository(db).create(makeCandidate(QStringLiteral("Private Person")));
    for (const QString& file :
         QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        EXPECT_EQ(permissionBits(file), 0600) << file.toStdString();
}

TEST(Storage, ExistingLooseFilePermissionsAreNarrowedOnOpen)
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("loose.sqlite"));
    {
        Database db(path);
    }
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
    ASSERT_EQ(permissionBits(path), 0644);
    Database db(path);
    EXPECT_EQ(permissionBits(path), 0600);
}

TEST(Storage, ForeignKeysAreEnforced)
{
    const TestStore store(QStringLiteral("fk.sqlite"));
    Database db(store.location());
    // An interview for a candidate that does not exist is refused by the database itself.
    EXPECT_THROW(
        {
            WriteTransaction tx(db);
            Query::run(tx.connection(), QStringLiteral("INSERT INTO interview (candidate_id, interviewer_id, "
                                                       "created_at, updated_at) VALUES (424242, 1, 0, 0)"));
            tx.commit();
        },
        StorageError);
    EXPECT_EQ(countRows(db, QStringLiteral("interview")), 0);

    // Deleting a candidate takes their interviews with it.
    const Candidate c = CandidateRepository(db).create(makeCandidate(QStringLiteral("Cascade Candidate")));
    const Interviewer iv = InterviewerRepository(db).findOrCreate(QStringLiteral("Pat Interviewer"));
    InterviewRepository(db).create(c.id, iv.id, Kit{});
    EXPECT_EQ(countRows(db, QStringLiteral("interview")), 1);
    CandidateRepository(db).erase(c.id);
    EXPECT_EQ(countRows(db, QStringLiteral("interview")), 0);
    EXPECT_EQ(countRows(db, QStringLiteral("candidate_tag")), 0);
}

TEST(Storage, FailedStatementRollsBackTheWholeTransaction)
{
    const TestStore store(QStringLiteral("rollback.sqlite"));
    Database db(store.location());
    try {
        WriteTransaction tx(db);
        CandidateRepository(db).create(makeCandidate(QStringLiteral("Half Written")));
        Query::run(tx.connection(), QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
        tx.commit();
        FAIL() << "the bad statement should have thrown";
    } catch (const StorageError& e) {
        EXPECT_FALSE(e.message().isEmpty());
        EXPECT_TRUE(e.detail().contains(QStringLiteral("no_such_table"))) << e.detail().toStdString();
    }
    EXPECT_EQ(CandidateRepository(db).count(), 0)
        << "the candidate of the failed transaction must not be saved";
    // The connection is usable afterwards.
    CandidateRepository(db).create(makeCandidate(QStringLiteral("Next One")));
    EXPECT_EQ(CandidateRepository(db).count(), 1);
}

TEST(Storage, ReadThenWriteFromTwoConnectionsLosesNoUpdate)
{
    // What BEGIN IMMEDIATE is for: a transaction that reads, then writes what it read. With a
    // deferred BEGIN the second connection reads a snapshot, then cannot write on it
    // (SQLITE_BUSY_SNAPSHOT, at once, whatever the busy timeout) or writes over the first's update.
    TestDir dir;
    const QString path = dir.path(QStringLiteral("counter.sqlite"));
    Database db(path);
    {
        WriteTransaction tx(db);
        Query::run(tx.connection(),
                   QStringLiteral("INSERT INTO app_meta (key, value) VALUES ('counter', '0')"));
        tx.commit();
    }
    constexpr int rounds = 200;
    std::atomic<int> failures{0};
    QSemaphore ready;
    QSemaphore go;
    const auto worker = [&] {
        ready.release();
        go.acquire();
        for (int i = 0; i < rounds; ++i) {
            try {
                WriteTransaction tx(db);
                Query read(tx.connection(),
                           QStringLiteral("SELECT value FROM app_meta WHERE key = 'counter'"));
                const int value = read.scalar().toInt();
                Query write(tx.connection(),
                            QStringLiteral("UPDATE app_meta SET value = :v WHERE key = 'counter'"));
                write.bind(QStringLiteral(":v"), QString::number(value + 1)).exec();
                tx.commit();
            } catch (const StorageError&) {
                ++failures;
            }
        }
        db.releaseThreadConnection();
    };
    QThread* first = QThread::create(worker);
    QThread* second = QThread::create(worker);
    first->start();
    second->start();
    ready.acquire(2);
    go.release(2); // both start their read-then-write loops together
    ASSERT_TRUE(first->wait(60000));
    ASSERT_TRUE(second->wait(60000));
    delete first;
    delete second;

    EXPECT_EQ(failures.load(), 0) << "a writer failed instead of waiting for the other";
    Query q(db.connection(), QStringLiteral("SELECT value FROM app_meta WHERE key = 'counter'"));
    EXPECT_EQ(q.scalar().toInt(), 2 * rounds) << "updates were lost";
}

TEST(Storage, WriterBlockedPastTheTimeoutGetsAClearBusyError)
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("busy.sqlite"));
    Database::Options fast;
    fast.busyTimeoutMs = 200;
    Database holder(path);
    Database waiter(path, fast);
    WriteTransaction lock(holder);
    try {
        CandidateRepository(waiter).create(makeCandidate(QStringLiteral("Blocked")));
        FAIL() << "expected a busy error";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Busy);
        EXPECT_TRUE(e.message().contains(QStringLiteral("another program"))) << e.message().toStdString();
    }
}

TEST(Storage, ErasedCandidateLeavesNoByteInDatabaseOrWal)
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("erase.sqlite"));
    const QByteArray secret = "Zebulon Quartermaine-Ostrowski";
    Database db(path);
    CandidateRepository candidates(db);
    // Someone else, so the pages are not simply all dropped.
    candidates.create(makeCandidate(QStringLiteral("Kept Candidate")));
    Candidate doomed = makeCandidate(QString::fromUtf8(secret));
    doomed.notes = QStringLiteral("Notes about ") + QString::fromUtf8(secret);
    doomed = candidates.create(doomed);
    const Interviewer iv = InterviewerRepository(db).findOrCreate(QStringLiteral("Pat Interviewer"));
    InterviewRepository(db).create(doomed.id, iv.id, Kit{});
    ASSERT_TRUE(readAll(path).contains(secret) || readAll(path + QStringLiteral("-wal")).contains(secret))
        << "the test must first see the name on disk";

    candidates.erase(doomed.id);

    EXPECT_FALSE(readAll(path).contains(secret)) << "name found in the database file";
    EXPECT_FALSE(readAll(path + QStringLiteral("-wal")).contains(secret)) << "name found in the WAL file";
    EXPECT_EQ(candidates.count(), 1);
}

TEST(Storage, ReusedStatementsGiveEachUseItsOwnRowsAndErrors)
{
    // Statements are prepared once per connection and reused (StatementCache). The same SQL inside
    // its own loop must not share the outer one's rows, and a failure must not stick to the next use.
    const TestStore store(QStringLiteral("reuse.sqlite"));
    Database db(store.location());
    CandidateRepository candidates(db);
    for (const char* name : {"Ada", "Grace", "Edsger"})
        candidates.create(makeCandidate(QString::fromLatin1(name)));
    const QString byName = QStringLiteral("SELECT name FROM candidate WHERE name >= :from ORDER BY name");
    QStringList pairs;
    for (int round = 0; round < 2; ++round) {
        Query outer(db.connection(), byName);
        outer.bind(QStringLiteral(":from"), QString()).exec();
        while (outer.next()) {
            Query inner(db.connection(), byName);
            inner.bind(QStringLiteral(":from"), outer.text(0)).exec();
            QStringList later;
            while (inner.next())
                later << inner.text(0);
            pairs << outer.text(0) + QLatin1Char(':') + later.join(QLatin1Char(','));
        }
    }
    const QStringList once{QStringLiteral("Ada:Ada,Edsger,Grace"), QStringLiteral("Edsger:Edsger,Grace"),
                           QStringLiteral("Grace:Grace")};
    EXPECT_EQ(pairs, once + once);

    const QString insert = QStringLiteral("INSERT INTO app_meta (key, value) VALUES (:key, 'x')");
    Query(db.connection(), insert).bind(QStringLiteral(":key"), QStringLiteral("one")).exec();
    EXPECT_THROW(Query(db.connection(), insert).bind(QStringLiteral(":key"), QStringLiteral("one")).exec(),
                 StorageError)
        << "the duplicate key must fail";
    EXPECT_NO_THROW(Query(db.connection(), insert).bind(QStringLiteral(":key"), QStringLiteral("two")).exec())
        << "the failure of the last use must not stick to the statement";
    EXPECT_EQ(countRows(db, QStringLiteral("app_meta WHERE value = 'x'")), 2);
}
