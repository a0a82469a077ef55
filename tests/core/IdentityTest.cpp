#include "domain/Identity.h"

#include "bank/QuestionBank.h"
#include "demo/DemoData.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "storage/Query.h"
#include "storage/QuestionRepository.h"
#include "storage/Schema.h"
#include "storage/StorageError.h"
#include "support/DatabaseRows.h"
#include "support/TestFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace ia;
using namespace ia::test;

// Stable identity: what lets scorecards made on several laptops meet in one database.

namespace {

const char* const travelling[] = {
    "candidate", "candidate_link",  "candidate_reference", "question",    "question_version", "kit",
    "interview", "scorecard_entry", "highlight",           "code_answer", "interviewer"};

// Every row of every travelling table has a UUID of its own, in the canonical form.
void expectEveryRowHasAUuid(const Database& db)
{
    for (const char* table : travelling) {
        const QStringList uuids =
            firstColumn(db, QStringLiteral("SELECT coalesce(uuid, '') FROM %1").arg(QLatin1String(table)));
        for (const QString& uuid : uuids)
            EXPECT_TRUE(Identity::isValid(uuid)) << table << ": \"" << uuid.toStdString() << '"';
        EXPECT_EQ(QSet<QString>(uuids.begin(), uuids.end()).size(), uuids.size())
            << table << ": a UUID used twice";
    }
}

// A schema-v4 database with one of everything, written as the v4 app wrote it (raw SQL: today's
// repositories write columns v4 does not have).
QString versionFourDatabase(const TestDir& dir)
{
    const QString path = dir.path(QStringLiteral("v4.sqlite"));
    Database::Options v4;
    v4.migrations = Schema::migrations().mid(0, 4);
    Database db(path, v4);
    const QStringList statements{
        QStringLiteral("INSERT INTO question (id, key, created_at) VALUES (1, 'python.oop', 1700000000), (2, "
                       "NULL, 1700000000)"),
        QStringLiteral("INSERT INTO question_version (id, question_id, version, category, title, prompt, "
                       "created_at) VALUES (1, 1, 1, 'C', 'OOP', 'P', 1700000000), (2, 2, 1, 'C', 'Own', "
                       "'P', 1700000000)"),
        QStringLiteral("INSERT INTO kit (id, name, created_at) VALUES (1, 'Python developer', 1700000000)"),
        QStringLiteral("INSERT INTO kit_item (kit_id, question_id, position, time_budget_seconds) "
                       "VALUES (1, 1, 0, 60), (1, 2, 1, 60)"),
        QStringLiteral(
            "INSERT INTO interviewer (id, name, email, created_at) VALUES (1, 'Dana', 'd@x', 1700000000)"),
        QStringLiteral("INSERT INTO candidate (id, name, created_at, updated_at) VALUES (1, 'Ann', "
                       "1700000000, 1700000000)"),
        QStringLiteral("INSERT INTO candidate_link (candidate_id, position, url) VALUES (1, 0, 'https://a')"),
        QStringLiteral("INSERT INTO candidate_reference (candidate_id, position, name) VALUES (1, 0, 'Ref')"),
        QStringLiteral(
            "INSERT INTO interview (id, candidate_id, interviewer_id, kit_id, state, submitted_at, "
            "created_at, updated_at) VALUES (1, 1, 1, 1, 'submitted', 1700000500, 1700000000, 1700000000), "
            "(2, 1, 1, 1, 'in_progress', NULL, 1700000000, 1700000000)"),
        QStringLiteral("INSERT INTO interview_reopening (interview_id, reopened_at) VALUES (1, 1700000300)"),
        QStringLiteral(
            "INSERT INTO scorecard_entry (id, interview_id, position, question_version_id, status, "
            "score, updated_at) VALUES (1, 1, 0, 1, 'scored', 3, 1700000000), (2, 1, 1, 2, 'not_asked', "
            "NULL, 1700000000)"),
        QStringLiteral("INSERT INTO highlight (interview_id, entry_id, text, created_at) VALUES (1, 1, 'h', "
                       "1700000000)"),
        QStringLiteral("INSERT INTO code_answer (interview_id, entry_id, code, updated_at) VALUES (1, 1, "
                       "'x', 1700000000)"),
    };
    for (const QString& sql : statements)
        Query::run(db.connection(), sql);
    return path;
}

} // namespace

TEST(Identity, EveryRecordThatTravelsHasAUuidAndTheShippedBankTheSameOnEveryLaptop)
{
    TestDir dir;
    Database first(dir.path(QStringLiteral("first.sqlite")));
    Database second(dir.path(QStringLiteral("second.sqlite")));
    DemoData::create(first);
    QuestionBank::installDefault(second);
    expectEveryRowHasAUuid(first);

    const QString bankUuids =
        QStringLiteral("SELECT q.key || ' ' || q.uuid || ' ' || v.uuid FROM question q "
                       "JOIN question_version v ON v.question_id = q.id ORDER BY q.key");
    EXPECT_EQ(firstColumn(first, bankUuids), firstColumn(second, bankUuids));
    EXPECT_EQ(firstColumn(first, QStringLiteral("SELECT uuid FROM kit")),
              firstColumn(second, QStringLiteral("SELECT uuid FROM kit")));

    // The resource file carries them, and they are the name-based ones an upgraded database gets.
    QFile file(QuestionBank::defaultBankPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject bank = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray questions = bank.value(QStringLiteral("questions")).toArray();
    ASSERT_FALSE(questions.isEmpty());
    for (const QJsonValue& v : questions) {
        const QJsonObject q = v.toObject();
        const QString key = q.value(QStringLiteral("key")).toString();
        EXPECT_EQ(q.value(QStringLiteral("uuid")).toString(), Identity::ofBankQuestion(key))
            << key.toStdString();
        EXPECT_EQ(q.value(QStringLiteral("versionUuid")).toString(), Identity::ofBankQuestionVersion(key, 1));
        EXPECT_EQ(QuestionRepository(second).latestByKey(key)->uuid, Identity::ofBankQuestion(key));
    }
    EXPECT_EQ(KitRepository(second).byName(QuestionBank::defaultKitName())->uuid,
              Identity::ofBankKit(QuestionBank::defaultKitName()));
}

TEST(Identity, AnUpgradedDatabaseGetsUuidsRevisionsAndPeopleInsteadOfNames)
{
    TestDir dir;
    const QString path = versionFourDatabase(dir);
    Database db(path);
    EXPECT_EQ(db.schemaVersion(), Schema::latestVersion());
    EXPECT_FALSE(db.backupPath().isEmpty()) << "an upgrade takes a backup first";
    expectEveryRowHasAUuid(db);

    // The bank's question and kit get the fixed UUIDs; a user's own question a random one.
    EXPECT_EQ(firstColumn(db, QStringLiteral("SELECT uuid FROM question WHERE id = 1")),
              QStringList{Identity::ofBankQuestion(QStringLiteral("python.oop"))});
    EXPECT_EQ(firstColumn(db, QStringLiteral("SELECT uuid FROM question_version WHERE id = 1")),
              QStringList{Identity::ofBankQuestionVersion(QStringLiteral("python.oop"), 1)});
    EXPECT_EQ(KitRepository(db).get(1)->uuid, Identity::ofBankKit(QStringLiteral("Python developer")));

    // Submitted, reopened, submitted again: its second revision. The unfinished one has none yet.
    InterviewRepository interviews(db);
    EXPECT_EQ(interviews.get(1)->revision, 2);
    EXPECT_EQ(interviews.get(2)->revision, 0);
    interviews.reopen(1, QDateTime::currentDateTimeUtc());
    interviews.submit(1, QDateTime::currentDateTimeUtc());
    EXPECT_EQ(interviews.get(1)->revision, 3);
    // The score cache's rewritten triggers still count: two interviews, one submitted, scored 3.
    EXPECT_EQ(
        firstColumn(db, QStringLiteral("SELECT interviews || '/' || submitted || '/' || weighted_score FROM "
                                       "candidate_score JOIN candidate_verdict USING (candidate_id) "
                                       "WHERE candidate_id = 1")),
        QStringList{QStringLiteral("2/1/3.0")});

    // Two interviewers may now share a name: they are two people.
    InterviewerRepository people(db);
    const Interviewer other =
        people.create(Interviewer{0, {}, QStringLiteral("Dana"), QStringLiteral("dana@y")});
    EXPECT_EQ(people.named(QStringLiteral("Dana")).size(), 2);
    EXPECT_NE(other.uuid, people.get(1)->uuid);
    // Foreign keys survived the rebuilt table: an interview still cannot point at nobody.
    EXPECT_THROW(
        Query::run(db.connection(), QStringLiteral("UPDATE interview SET interviewer_id = 99 WHERE id = 2")),
        StorageError);
}

TEST(Identity, TheSamePersonKeepsTheirUuidOnEveryDatabaseAndANewNameIsAnUpdate)
{
    TestDir dir;
    Database a(dir.path(QStringLiteral("a.sqlite")));
    Database b(dir.path(QStringLiteral("b.sqlite")));
    const Interviewer me{0, Identity::create(), QStringLiteral("Dana"), QStringLiteral("dana@x")};
    const Interviewer inA = InterviewerRepository(a).ensure(me);
    const Interviewer inB = InterviewerRepository(b).ensure(me);
    EXPECT_EQ(inA.uuid, me.uuid);
    EXPECT_EQ(inB.uuid, me.uuid);
    Interviewer renamed = me;
    renamed.name = QStringLiteral("Dana Smith");
    EXPECT_EQ(InterviewerRepository(a).ensure(renamed).id, inA.id);
    EXPECT_EQ(InterviewerRepository(a).byUuid(me.uuid)->name, QStringLiteral("Dana Smith"));
    EXPECT_EQ(InterviewerRepository(a).all().size(), 1);
}

TEST(Identity, AnUnchangedLinkOrReferenceKeepsItsUuidWhenTheProfileIsSaved)
{
    TestDir dir;
    Database db(dir.path(QStringLiteral("db.sqlite")));
    CandidateRepository candidates(db);
    Candidate c;
    c.name = QStringLiteral("Ann");
    c.links = {CandidateLink{0, QStringLiteral("github"), QStringLiteral("https://github.com/ann"), {}}};
    c.references = {
        CandidateReference{0, QStringLiteral("Ref"), QStringLiteral("Boss"), QStringLiteral("r@x"), {}, {}}};
    const Candidate stored = candidates.create(c);
    ASSERT_TRUE(Identity::isValid(stored.links.first().uuid));

    // As the profile editor saves it: the lists rebuilt from what is on screen, without ids.
    Candidate edited = stored;
    edited.links = {CandidateLink{0, QStringLiteral("github"), QStringLiteral("https://github.com/ann"), {}},
                    CandidateLink{0, QStringLiteral("cv"), QStringLiteral("https://ann.example/cv"), {}}};
    edited.references = {CandidateReference{
        0, QStringLiteral("Ref"), QStringLiteral("Manager"), QStringLiteral("r@x"), {}, {}}};
    const Candidate saved = candidates.update(edited);
    ASSERT_EQ(saved.links.size(), 2);
    EXPECT_EQ(saved.links.at(0).uuid, stored.links.first().uuid);
    EXPECT_TRUE(Identity::isValid(saved.links.at(1).uuid));
    EXPECT_NE(saved.links.at(1).uuid, stored.links.first().uuid);
    EXPECT_EQ(saved.references.first().uuid, stored.references.first().uuid);
    EXPECT_EQ(saved.uuid, stored.uuid);
}

TEST(Identity, EraseLeavesATombstoneWithTheUuidAndTimeOnly)
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("db.sqlite"));
    Database db(path);
    DemoData::create(db);
    const Candidate victim = CandidateRepository(db).all().first();
    const QList<Interview> theirs = InterviewRepository(db).forCandidate(victim.id);
    ASSERT_FALSE(theirs.isEmpty());
    CandidateRepository(db).erase(victim.id);

    EXPECT_EQ(
        firstColumn(db, QStringLiteral("SELECT kind FROM tombstone WHERE uuid = '%1'").arg(victim.uuid)),
        QStringList{QStringLiteral("candidate")});
    for (const Interview& i : theirs) {
        EXPECT_EQ(firstColumn(db, QStringLiteral("SELECT kind FROM tombstone WHERE uuid = '%1'").arg(i.uuid)),
                  QStringList{QStringLiteral("interview")});
    }
    // Nothing in it says who it was.
    EXPECT_EQ(firstColumn(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('tombstone')")),
              QStringList{QStringLiteral("3")});
}

TEST(Identity, AUuidThatIsNotOneIsAnErrorNamingTheRow)
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("db.sqlite"));
    CandidateId id = 0;
    {
        Database db(path);
        Candidate c;
        c.name = QStringLiteral("Ann");
        id = CandidateRepository(db).create(c).id;
    }
    tamper(path, QStringLiteral("UPDATE candidate SET uuid = 'not-a-uuid' WHERE id = %1").arg(id));
    Database db(path);
    try {
        CandidateRepository(db).get(id);
        FAIL() << "a bad UUID was accepted";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::InvalidData);
        EXPECT_TRUE(e.message().contains(QStringLiteral("candidate"))) << e.message().toStdString();
    }
}
