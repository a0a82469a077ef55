#include "desk/HiringDesk.h"
#include "storage/CandidateListRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/CheckedFiles.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/PanelRepository.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "storage/StorageError.h"
#include "support/PanelFixture.h"
#include "support/TestFiles.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

using namespace ia;
using namespace ia::test;

namespace {

Database::Options withStep(const Migration& step)
{
    Database::Options options;
    options.migrations = Schema::migrations();
    options.migrations.append(step);
    return options;
}

// A later schema version that only a test knows: a new column filled from existing data.
Migration addPronounsColumn()
{
    return Migration{
        Schema::latestVersion() + 1, QStringLiteral("99.0.0"), QStringLiteral("test: pronouns"),
        [](const QSqlDatabase& db, const SqlDialect&) {
            Query::run(db,
                       QStringLiteral("ALTER TABLE candidate ADD COLUMN pronouns TEXT NOT NULL DEFAULT ''"));
            Query::run(db, QStringLiteral("UPDATE candidate SET pronouns = 'they/them'"));
        }};
}

Migration failingStep()
{
    return Migration{Schema::latestVersion() + 1, QStringLiteral("99.0.0"),
                     QStringLiteral("test: fails halfway"), [](const QSqlDatabase& db, const SqlDialect&) {
                         Query::run(db, QStringLiteral("CREATE TABLE half_done (x INTEGER)"));
                         Query::run(db, QStringLiteral("UPDATE candidate SET name = 'CHANGED'"));
                         Query::run(db, QStringLiteral("INSERT INTO table_that_does_not_exist VALUES (1)"));
                     }};
}

// Reads a value with a plain connection of its own, outside the Database class.
QVariant rawScalar(const QString& path, const QString& sql)
{
    QVariant result;
    const QString name = QStringLiteral("raw-") + sql;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            Query q(db, sql);
            result = q.scalar();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void createV1WithCandidate(const QString& path, const QString& name)
{
    Database db(path);
    Candidate c;
    c.name = name;
    CandidateRepository(db).create(c);
}

// As a version 10 file was: no index for a role's newest candidates.
void backToVersion10(const QSqlDatabase& raw)
{
    for (const char* sql : {"DROP INDEX candidate_by_role_newest", "PRAGMA user_version = 10"})
        Query::run(raw, QString::fromUtf8(sql));
}

// As a version 9 file was: one index on the candidate alone.
void backToVersion9(const QSqlDatabase& raw)
{
    backToVersion10(raw);
    for (const char* sql :
         {"DROP INDEX interview_by_candidate_state",
          "CREATE INDEX interview_by_candidate ON interview (candidate_id)", "PRAGMA user_version = 9"})
        Query::run(raw, QString::fromUtf8(sql));
}

// As a version 8 file was: no copy of the name beside the filter's text.
void backToVersion8(const QSqlDatabase& raw)
{
    backToVersion9(raw);
    for (const char* sql :
         {"DROP TRIGGER candidate_score_renamed", "DROP TRIGGER candidate_score_new",
          "DROP INDEX candidate_score_by_name", "ALTER TABLE candidate_score DROP COLUMN name",
          "CREATE TRIGGER candidate_score_new AFTER INSERT ON candidate FOR EACH ROW BEGIN INSERT INTO "
          "candidate_score (candidate_id) VALUES (NEW.id); INSERT INTO candidate_verdict (candidate_id) "
          "VALUES (NEW.id); END",
          "PRAGMA user_version = 8"})
        Query::run(raw, QString::fromUtf8(sql));
}

// Undoes v8 in a copy of a newer file: the panel's verdict back in the score cache, where v5's
// triggers kept it (their bodies are v8's now, so they go; the upgrade makes them again).
void backToVersion7(const QSqlDatabase& raw)
{
    backToVersion8(raw);
    for (const char* sql :
         {"DROP TRIGGER candidate_score_new", "DROP TRIGGER candidate_score_interview_added",
          "DROP TRIGGER candidate_score_interview_changed", "DROP TRIGGER candidate_score_interview_removed",
          "ALTER TABLE candidate_score ADD COLUMN weighted_score DOUBLE PRECISION",
          "ALTER TABLE candidate_score ADD COLUMN strong_no INTEGER NOT NULL DEFAULT 0",
          "ALTER TABLE candidate_score ADD COLUMN no INTEGER NOT NULL DEFAULT 0",
          "ALTER TABLE candidate_score ADD COLUMN yes INTEGER NOT NULL DEFAULT 0",
          "ALTER TABLE candidate_score ADD COLUMN strong_yes INTEGER NOT NULL DEFAULT 0",
          "UPDATE candidate_score SET (weighted_score, strong_no, no, yes, strong_yes) = (SELECT "
          "weighted_score, "
          "strong_no, no, yes, strong_yes FROM candidate_verdict v WHERE v.candidate_id = "
          "candidate_score.candidate_id)",
          "DROP TABLE candidate_verdict",
          "CREATE INDEX candidate_score_by_score ON candidate_score (weighted_score, candidate_id)",
          "PRAGMA user_version = 7"})
        Query::run(raw, QString::fromUtf8(sql));
}

// A copy of the fixture's file at an older schema version, made by `undo`.
QString olderCopy(PanelFixture& p, const QString& fileName,
                  const std::function<void(const QSqlDatabase&)>& undo)
{
    const QString old = p.dir.path(fileName);
    Query vacuum(p.db.connection(), QStringLiteral("VACUUM INTO :path"));
    vacuum.bind(QStringLiteral(":path"), old).exec();
    const QString name = QStringLiteral("older-copy");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(old);
        EXPECT_TRUE(raw.open());
        undo(raw);
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    return old;
}

QStringList verdicts(const Database& db)
{
    QStringList out;
    for (const CandidateRow& r : CandidateListRepository(db).page({}, CandidateListRepository::Sort::Score,
                                                                  true, 0, 100, Viewer::asManager()))
        out << QStringLiteral("%1 %2 %3/%4/%5/%6")
                   .arg(r.name)
                   .arg(r.weightedScore.value_or(-1))
                   .arg(r.tally[0])
                   .arg(r.tally[1])
                   .arg(r.tally[2])
                   .arg(r.tally[3]);
    return out;
}

} // namespace

TEST(Migration, ThePanelsVerdictMovesToATableOfItsOwnUnchanged)
{
    PanelFixture p;
    if (p.store.isServer())
        GTEST_SKIP() << "a file's upgrade";
    const QStringList before = verdicts(p.db);
    ASSERT_EQ(before.size(), 2);
    const QString old = olderCopy(p, QStringLiteral("schema-7.sqlite"), backToVersion7);
    Database upgraded(old);
    EXPECT_EQ(upgraded.upgradedFrom(), 7);
    EXPECT_EQ(verdicts(upgraded), before);
    // And kept from then on: the triggers write the new table.
    const Interview cyOnY = InterviewRepository(upgraded).create(p.y, p.cy, p.kit);
    InterviewRepository(upgraded).setRecommendation(cyOnY.id, Recommendation::StrongYes);
    InterviewRepository(upgraded).submit(cyOnY.id, QDateTime::currentDateTimeUtc());
    const QStringList after = verdicts(upgraded);
    const auto yolanda = std::find_if(after.cbegin(), after.cend(), [](const QString& r) {
        return r.startsWith(QLatin1String("Yolanda"));
    });
    ASSERT_NE(yolanda, after.cend());
    EXPECT_TRUE(yolanda->endsWith(QLatin1String(" 0/1/1/1"))) << yolanda->toStdString();
}

// The names in the list's order, as the candidates table pages them (the filter's words given).
QStringList namesInOrder(const Database& db, const QString& words = {})
{
    QStringList out;
    for (const CandidateRow& r : CandidateListRepository(db).page(words, CandidateListRepository::Sort::Name,
                                                                  false, 0, 100, Viewer::asManager()))
        out << r.name;
    return out;
}

TEST(Migration, TheListInNameOrderIsTheSameAfterTheNamesAreCopiedBesideTheFilterText)
{
    PanelFixture p;
    if (p.store.isServer())
        GTEST_SKIP() << "a file's upgrade";
    const auto named = [](const QString& name) {
        Candidate c;
        c.name = name;
        c.role = QStringLiteral("SRE");
        return c;
    };
    CandidateRepository(p.db).create(named(QStringLiteral("Aaron Zed")));
    const QStringList before = namesInOrder(p.db);
    ASSERT_EQ(before.size(), 3);
    ASSERT_EQ(before.first(), QStringLiteral("Aaron Zed"));
    const QString old = olderCopy(p, QStringLiteral("schema-8.sqlite"), backToVersion8);
    Database upgraded(old);
    EXPECT_EQ(upgraded.upgradedFrom(), 8);
    EXPECT_EQ(namesInOrder(upgraded), before);
    EXPECT_EQ(namesInOrder(upgraded, QStringLiteral("zed")), QStringList{QStringLiteral("Aaron Zed")});
    // And kept from then on: a renamed candidate moves, a new one takes their place in the order.
    CandidateRepository candidates(upgraded);
    Candidate aaron =
        *candidates.get(CandidateListRepository(upgraded)
                            .page({}, CandidateListRepository::Sort::Name, false, 0, 1, Viewer::asManager())
                            .first()
                            .id);
    aaron.name = QStringLiteral("Zed Aaron");
    candidates.update(aaron, {CandidateField::Name});
    const CandidateId abe = candidates.create(named(QStringLiteral("Abe New"))).id;
    const QStringList after = namesInOrder(upgraded);
    ASSERT_EQ(after.size(), 4);
    EXPECT_EQ(after.first(), QStringLiteral("Abe New"));
    EXPECT_EQ(after.last(), QStringLiteral("Zed Aaron"));
    Query copied(upgraded.connection(),
                 QStringLiteral("SELECT name FROM candidate_score WHERE candidate_id = :id"));
    copied.bind(QStringLiteral(":id"), abe);
    EXPECT_EQ(copied.scalar().toString(), QStringLiteral("Abe New")) << "an empty name would sort first too";
}

// How SQLite means to run a statement, as EXPLAIN QUERY PLAN says it.
QString planOf(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    EXPECT_TRUE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) << q.lastError().text().toStdString();
    QStringList steps;
    while (q.next())
        steps << q.value(3).toString();
    return steps.join(QStringLiteral("; "));
}

// The verdict's triggers ask for a candidate's submitted interviews at every interview added or
// submitted. Without statistics SQLite could take the index on the state for it (which index of
// two equal ones it takes depends on their order in the file) and read every submitted interview
// in the database: version 10 gives it one index for both. The copy below does not have a real
// version 9 file's order of indexes, so only the plan after the upgrade is checked.
TEST(Migration, ACandidatesSubmittedInterviewsAreFoundWithoutReadingEveryonesAfterTheUpgrade)
{
    PanelFixture p;
    if (p.store.isServer())
        GTEST_SKIP() << "a file's upgrade, and SQLite's planner";
    const QString verdictQuery = QStringLiteral(
        "SELECT count(*) FILTER (WHERE recommendation = 'yes') FROM interview WHERE candidate_id "
        "= 1 AND state = 'submitted'");
    const QString old = olderCopy(p, QStringLiteral("schema-9.sqlite"), backToVersion9);
    Database upgraded(old);
    EXPECT_EQ(upgraded.upgradedFrom(), 9);
    EXPECT_TRUE(planOf(upgraded.connection(), verdictQuery)
                    .contains(QLatin1String("interview_by_candidate_state (candidate_id=? AND state=?)")))
        << planOf(upgraded.connection(), verdictQuery).toStdString();
    EXPECT_EQ(verdicts(upgraded), verdicts(p.db));
}

// The Compare page ticks a large role's newest candidates. Version 11 finds them by an index on
// (role, id), not by walking the whole table back from its newest candidate.
TEST(Migration, ARolesNewestCandidatesAreFoundByTheirOwnIndexAfterTheUpgrade)
{
    PanelFixture p;
    if (p.store.isServer())
        GTEST_SKIP() << "a file's upgrade, and SQLite's planner";
    const QString newestQuery =
        QStringLiteral("SELECT id FROM candidate WHERE role = 'R' ORDER BY id DESC LIMIT 20");
    const QString old = olderCopy(p, QStringLiteral("schema-10.sqlite"), backToVersion10);
    Database upgraded(old);
    EXPECT_EQ(upgraded.upgradedFrom(), 10);
    EXPECT_TRUE(planOf(upgraded.connection(), newestQuery)
                    .contains(QLatin1String("candidate_by_role_newest (role=?)")))
        << planOf(upgraded.connection(), newestQuery).toStdString();
    EXPECT_EQ(PanelRepository(upgraded).recentCandidatesForRole(QStringLiteral("R"), 20),
              (QList<CandidateId>{p.y, p.x}));
}

TEST(Migration, UpgradeTakesAPrivateBackupFirstAndKeepsTheData)
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("upgrade.sqlite"));
    createV1WithCandidate(path, QStringLiteral("Existing Candidate"));

    Database upgraded(path, withStep(addPronounsColumn()));
    EXPECT_EQ(upgraded.schemaVersion(), Schema::latestVersion() + 1);
    EXPECT_EQ(Query(upgraded.connection(), QStringLiteral("SELECT name || ':' || pronouns FROM candidate"))
                  .scalar()
                  .toString(),
              QStringLiteral("Existing Candidate:they/them"));

    const QString backup = upgraded.backupPath();
    ASSERT_FALSE(backup.isEmpty());
    ASSERT_TRUE(QFile::exists(backup));
    EXPECT_EQ(permissionBits(backup), 0600);
    EXPECT_EQ(rawScalar(backup, QStringLiteral("PRAGMA user_version")).toInt(), Schema::latestVersion());
    EXPECT_EQ(rawScalar(backup, QStringLiteral("SELECT name FROM candidate")).toString(),
              QStringLiteral("Existing Candidate"));
    EXPECT_EQ(rawScalar(path, QStringLiteral("SELECT value FROM app_meta WHERE key = 'min_app_version'"))
                  .toString(),
              QStringLiteral("99.0.0"));
}

TEST(Migration, FailingStepRollsBackAndLeavesTheFileAsItWas)
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("failing.sqlite"));
    createV1WithCandidate(path, QStringLiteral("Original Name"));
    const QByteArray before = sha256(path);

    try {
        Database broken(path, withStep(failingStep()));
        FAIL() << "the failing migration should have been reported";
    } catch (const StorageError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("Nothing was changed"))) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(QStringLiteral("backup"))) << e.message().toStdString();
    }

    EXPECT_EQ(sha256(path), before) << "the database file changed although the migration failed";
    Database db(path);
    EXPECT_EQ(db.schemaVersion(), Schema::latestVersion());
    EXPECT_EQ(Query(db.connection(), QStringLiteral("SELECT name FROM candidate")).scalar().toString(),
              QStringLiteral("Original Name"));
    EXPECT_EQ(
        Query(db.connection(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"))
            .scalar()
            .toInt(),
        0);
}

TEST(Migration, NewerSchemaIsRefusedNamingTheVersionNeededAndFileUntouched)
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("newer.sqlite"));
    // Written by a "future" app that knows one more step.
    {
        Database future(path, withStep(addPronounsColumn()));
    }
    const QByteArray before = sha256(path);

    try {
        Database db(path);
        FAIL() << "a newer schema must be refused";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::NewerSchema);
        EXPECT_TRUE(e.message().contains(QStringLiteral("99.0.0"))) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(QStringLiteral("left unchanged"))) << e.message().toStdString();
    }
    EXPECT_EQ(sha256(path), before);
}

TEST(Migration, NonDatabaseFileIsRefusedAndUntouched)
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("notes.txt"));
    writeAll(path, QByteArray("These are my interview notes, not a database.\n").repeated(200));
    const QByteArray before = sha256(path);
    try {
        Database db(path);
        FAIL() << "a text file must be refused";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::NotADatabase);
        EXPECT_TRUE(e.message().contains(path)) << e.message().toStdString();
    }
    EXPECT_EQ(sha256(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(Migration, CorruptDatabaseIsRefusedAndUntouched)
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("corrupt.sqlite"));
    {
        Database db(path);
        CandidateRepository repo(db);
        for (int i = 0; i < 200; ++i) {
            Candidate c;
            c.name = QStringLiteral("Candidate %1").arg(i);
            c.notes = QString(200, QLatin1Char('x'));
            repo.create(c);
        }
    }
    QByteArray bytes = readAll(path);
    ASSERT_GT(bytes.size(), 8 * 4096);
    // Scribble over the middle of the file, leaving the header intact.
    for (qsizetype i = 3 * 4096; i < 6 * 4096; ++i)
        bytes[i] = char(0xA5 ^ (i & 0xFF));
    writeAll(path, bytes);
    const QByteArray before = sha256(path);

    try {
        Database db(path);
        FAIL() << "a damaged database must be refused";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Corrupt);
        EXPECT_TRUE(e.message().contains(QStringLiteral("damaged"))) << e.message().toStdString();
    }
    EXPECT_EQ(sha256(path), before);
}

// A large file skips the full check only when it is exactly as the app left it at a clean close.
TEST(Migration, ALargeDatabaseIsCheckedInFullUnlessUnchangedSinceACleanClose)
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("large.sqlite"));
    {
        Database db(path);
        CandidateRepository repo(db);
        for (int i = 0; i < 1200; ++i) {
            Candidate c;
            c.name = QStringLiteral("Candidate %1").arg(i);
            c.notes = QString(8000, QLatin1Char('a' + i % 26));
            repo.create(c);
        }
        EXPECT_FALSE(CheckedFiles::unchangedSinceCleanClose(path)) << "no record while it is open";
    }
    ASSERT_GT(QFileInfo(path).size(), 9 * 1024 * 1024) << "above the size that is always checked";
    EXPECT_TRUE(CheckedFiles::unchangedSinceCleanClose(path)) << "recorded at the clean close";
    {
        Database db(path); // trusted: opens without reading every page
        EXPECT_FALSE(CheckedFiles::unchangedSinceCleanClose(path)) << "forgotten while open for writing";
    }
    EXPECT_TRUE(CheckedFiles::unchangedSinceCleanClose(path));

    // Written by something else since: checked in full, and refused when damaged.
    QByteArray bytes = readAll(path);
    // Pages of candidate notes in the middle of the file, which opening alone never reads.
    const qsizetype middle = bytes.size() / 2 / 4096 * 4096;
    for (qsizetype i = middle; i < middle + 4 * 4096; ++i)
        bytes[i] = char(0xA5 ^ (i & 0xFF));
    writeAll(path, bytes);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(
        file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(5), QFileDevice::FileModificationTime));
    file.close();
    EXPECT_FALSE(CheckedFiles::unchangedSinceCleanClose(path));
    const QByteArray before = sha256(path);
    try {
        Database db(path);
        FAIL() << "a damaged database must be refused";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Corrupt) << e.message().toStdString();
    }
    EXPECT_EQ(sha256(path), before);
}

TEST(Migration, DatabaseOfAnotherProgramIsRefusedAndUntouched)
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        Query::run(db, QStringLiteral("CREATE TABLE recipes (name TEXT)"));
        Query::run(db, QStringLiteral("INSERT INTO recipes VALUES ('bread')"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = sha256(path);
    try {
        Database db(path);
        FAIL() << "another program's database must be refused";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::NotADatabase);
        EXPECT_TRUE(e.message().contains(QStringLiteral("another program"))) << e.message().toStdString();
    }
    EXPECT_EQ(sha256(path), before);
}

// Calibration's figures are kept per scorecard and per panel since schema 7. A database from before
// has none kept: the upgrade computes them from its scores, and the desk shows the figures it
// showed before (the hand-computed ones of the panel fixture).
TEST(Migration, CalibrationFiguresAreComputedForTheScorecardsADatabaseAlreadyHolds)
{
    PanelFixture p;
    const QString old = olderCopy(p, QStringLiteral("schema-6.sqlite"), [](const QSqlDatabase& raw) {
        for (const char* sql :
             {"DROP TRIGGER calibration_interview_added", "DROP TRIGGER calibration_interview_changed",
              "DROP TRIGGER calibration_interview_removed", "DROP TABLE scorecard_total",
              "DROP TABLE panel_deviation"})
            Query::run(raw, QString::fromUtf8(sql));
        backToVersion7(raw);
        Query::run(raw, QStringLiteral("PRAGMA user_version = 6"));
    });

    Database upgraded(old);
    ASSERT_EQ(upgraded.schemaVersion(), Schema::latestVersion());
    const QList<CalibrationRow> rows = HiringDesk(upgraded, Viewer::asManager()).calibration();
    const auto row = [&](const QString& name) {
        const auto found =
            std::find_if(rows.cbegin(), rows.cend(), [&](const CalibrationRow& r) { return r.name == name; });
        return found == rows.cend() ? CalibrationRow{} : *found;
    };
    EXPECT_EQ(row(QStringLiteral("Ann")).scorecards, 2);
    EXPECT_EQ(row(QStringLiteral("Ann")).scores, 6);
    ASSERT_TRUE(row(QStringLiteral("Ann")).mean);
    EXPECT_NEAR(*row(QStringLiteral("Ann")).mean, 22.0 / 6.0, 1e-9);
    ASSERT_TRUE(row(QStringLiteral("Bob")).deviation);
    EXPECT_NEAR(*row(QStringLiteral("Bob")).deviation, -8.5 / 6.0, 1e-9);
    EXPECT_EQ(row(QStringLiteral("Cy")).comparisons, 2);

    // And they are kept from then on: reopening Bob's scorecard for X takes it out of his figures
    // and out of the others' panel for X.
    const Interview bobOnX = [&] {
        for (const Interview& i : InterviewRepository(upgraded).forCandidate(p.x)) {
            if (i.interviewerId == p.bob)
                return i;
        }
        return Interview{};
    }();
    InterviewRepository(upgraded).reopen(bobOnX.id, QDateTime::currentDateTimeUtc(), QStringLiteral("typo"));
    const QList<CalibrationRow> after = HiringDesk(upgraded, Viewer::asManager()).calibration();
    for (const CalibrationRow& r : after) {
        if (r.name == QLatin1String("Bob")) {
            EXPECT_EQ(r.scorecards, 1);
            EXPECT_NEAR(*r.deviation, -4.0 / 3.0, 1e-9) << "Y only: -2, -2, 0";
        }
        if (r.name == QLatin1String("Cy")) {
            EXPECT_NEAR(*r.deviation, -0.5, 1e-9) << "X against Ann alone: q1 3 - 4, q3 4 - 4";
        }
    }
}
