#include "demo/DemoData.h"
#include "desk/HiringDesk.h"
#include "storage/CandidateListRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/KitRepository.h"
#include "storage/Query.h"
#include "storage/QuestionRepository.h"
#include "storage/StorageError.h"
#include "support/CliRunner.h"
#include "support/TestFiles.h"

#include <gtest/gtest.h>

#include <functional>

using namespace ia;
using namespace ia::test;

// One changed byte in the file used to abort both programs with an uncaught std::out_of_range.
// Every value the file hands back is checked where it becomes a domain value; a bad one is a
// StorageError naming the table and the row, and the programs carry on.

namespace {

struct Demo
{
    TestDir dir;
    QString path = dir.path(QStringLiteral("demo.sqlite"));
    InterviewId submitted = 0;
    CandidateId candidate = 0;

    Demo()
    {
        Database db(path);
        DemoData::create(db);
        Query q(db.connection(), QStringLiteral("SELECT id, candidate_id FROM interview WHERE state = "
                                                "'submitted' ORDER BY id LIMIT 1"));
        q.exec();
        EXPECT_TRUE(q.next());
        submitted = q.int64(0);
        candidate = q.int64(1);
    }
};

} // namespace

TEST(DamagedFile, RubricScoreOutsideOneToFourIsAnErrorNamingTheRowNotACrash)
{
    Demo demo;
    // The anchor for 4 of the first question asked now claims to be for a 9.
    tamper(demo.path, QStringLiteral("UPDATE rubric_anchor SET score = 9 WHERE score = 4 AND "
                                     "question_version_id = (SELECT question_version_id FROM "
                                     "scorecard_entry WHERE interview_id = %1 ORDER BY position LIMIT 1)")
                          .arg(demo.submitted));
    const QByteArray before = sha256(demo.path);

    TestDir out;
    const CliRun exported =
        cli({QStringLiteral("export"), QStringLiteral("--db"), demo.path, QStringLiteral("--interview"),
             QString::number(demo.submitted), QStringLiteral("--out"), out.path(QStringLiteral("s.pdf")),
             QStringLiteral("--manager")},
            "demo-manager\n");
    EXPECT_FALSE(exported.crashed) << "export aborted: " << exported.err.toStdString();
    EXPECT_EQ(exported.exitCode, 1);
    EXPECT_TRUE(exported.err.contains(QStringLiteral("rubric_anchor"))) << exported.err.toStdString();
    EXPECT_TRUE(exported.err.contains(QStringLiteral("9"))) << exported.err.toStdString();
    EXPECT_FALSE(QFile::exists(out.path(QStringLiteral("s.pdf"))));

    const CliRun compared =
        cli({QStringLiteral("compare"), QStringLiteral("--db"), demo.path, QStringLiteral("--role"),
             QStringLiteral("Backend Python developer"), QStringLiteral("--manager")},
            "demo-manager\n");
    EXPECT_FALSE(compared.crashed) << "compare aborted: " << compared.err.toStdString();
    // A comparison reads scores, weights, titles and categories, never the rubric: the damaged row
    // is not in its way.
    EXPECT_EQ(compared.exitCode, 0) << compared.err.toStdString();

    // What does not touch the damaged row still works.
    const CliRun searched = cli({QStringLiteral("search"), QStringLiteral("--db"), demo.path,
                                 QStringLiteral("the"), QStringLiteral("--manager")},
                                "demo-manager\n");
    EXPECT_EQ(searched.exitCode, 0) << searched.err.toStdString();
    EXPECT_EQ(sha256(demo.path), before) << "reading a damaged file must not change it";
}

namespace {

struct Tampering
{
    const char* name;
    const char* sql; // %1: a submitted interview, %2: its candidate
    const char* table;
    std::function<void(const Database&, InterviewId, CandidateId)> read;
};

void readScorecard(const Database& db, InterviewId interview, CandidateId)
{
    InterviewRepository(db).scorecard(interview);
}

void readCandidate(const Database& db, InterviewId, CandidateId candidate)
{
    CandidateRepository(db).get(candidate);
}

const Tampering tamperings[] = {
    {"unknown entry status", "UPDATE scorecard_entry SET status = 'pondering' WHERE interview_id = %1",
     "scorecard_entry", readScorecard},
    {"score above four", "UPDATE scorecard_entry SET score = 7 WHERE interview_id = %1 AND status = 'scored'",
     "scorecard_entry", readScorecard},
    {"scored without a score",
     "UPDATE scorecard_entry SET score = NULL WHERE interview_id = %1 AND status = 'scored'",
     "scorecard_entry", readScorecard},
    {"negative time spent", "UPDATE scorecard_entry SET seconds_spent = -5 WHERE interview_id = %1",
     "scorecard_entry", readScorecard},
    {"weight that is text", "UPDATE scorecard_entry SET weight = 'heavy' WHERE interview_id = %1",
     "scorecard_entry", readScorecard},
    {"note that is bytes", "UPDATE scorecard_entry SET note = X'00FF10' WHERE interview_id = %1",
     "scorecard_entry", readScorecard},
    {"unknown interview state", "UPDATE interview SET state = 'finished' WHERE id = %1", "interview",
     readScorecard},
    {"unknown recommendation", "UPDATE interview SET recommendation = 'maybe' WHERE id = %1", "interview",
     readScorecard},
    {"negative interview clock", "UPDATE interview SET elapsed_seconds = -1 WHERE id = %1", "interview",
     readScorecard},
    {"time in the year 1900", "UPDATE interview SET started_at = -2208988800 WHERE id = %1", "interview",
     readScorecard},
    {"unknown highlight flag", "UPDATE highlight SET flag = 'purple' WHERE interview_id = %1", "highlight",
     readScorecard},
    {"unknown candidate status", "UPDATE candidate SET status = 'ghost' WHERE id = %2", "candidate",
     readCandidate},
    {"unknown link kind", "UPDATE candidate_link SET kind = 'ftp' WHERE candidate_id = %2", "candidate_link",
     readCandidate},
    {"negative question budget",
     "UPDATE question_version SET time_budget_seconds = -10 WHERE id IN (SELECT question_version_id FROM "
     "scorecard_entry WHERE interview_id = %1)",
     "question_version", readScorecard},
    {"negative kit weight", "UPDATE kit_version_item SET weight = -1", "kit_version_item",
     [](const Database& db, InterviewId, CandidateId) {
         KitRepository(db).all();
     }},
    {"negative weight in a kit's working copy", "UPDATE kit_item SET weight = -1", "kit_item",
     [](const Database& db, InterviewId, CandidateId) {
         for (const Kit& kit : KitRepository(db).all())
             KitRepository(db).working(kit.id);
     }},
    {"cached score of seventeen", "UPDATE candidate_verdict SET weighted_score = 17 WHERE candidate_id = %2",
     "candidate",
     [](const Database& db, InterviewId, CandidateId) {
         CandidateListRepository(db).page({}, CandidateListRepository::Sort::Score, true, 0, 100,
                                          Viewer::asManager());
     }},
};

} // namespace

TEST(DamagedFile, EveryValueOutsideWhatTheAppWritesIsRefusedWhereItIsRead)
{
    for (const Tampering& t : tamperings) {
        SCOPED_TRACE(t.name);
        Demo demo;
        // Links exist only for some candidates; give the one under test a link first.
        if (QByteArray(t.table) == "candidate_link") {
            tamper(demo.path,
                   QStringLiteral("INSERT INTO candidate_link (uuid, candidate_id, position, kind, url) "
                                  "VALUES ('0b6f6a53-93a4-4c55-8e0f-3e1c1d7a9b10', %1, 9, 'other', "
                                  "'https://example.org')")
                       .arg(demo.candidate));
        }
        QString sql = QString::fromLatin1(t.sql);
        sql.replace(QStringLiteral("%1"), QString::number(demo.submitted));
        sql.replace(QStringLiteral("%2"), QString::number(demo.candidate));
        tamper(demo.path, sql);
        Database db(demo.path);
        try {
            t.read(db, demo.submitted, demo.candidate);
            ADD_FAILURE() << "the bad value was accepted";
        } catch (const StorageError& e) {
            EXPECT_EQ(e.kind(), StorageError::Kind::InvalidData) << e.fullText().toStdString();
            EXPECT_TRUE(e.message().contains(QLatin1String(t.table))) << e.message().toStdString();
        }
    }
}
