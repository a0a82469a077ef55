// Moving a team's database file onto a team server just set up: everything arrives, the server's
// own caches and search index agree with the file's, and a server already in use is refused.
#include "storage/ServerImport.h"

#include "bank/QuestionBank.h"
#include "demo/DemoData.h"
#include "domain/Candidate.h"
#include "storage/CandidateFilter.h"
#include "storage/CandidateListRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/SearchRepository.h"
#include "storage/StorageError.h"
#include "support/CliRunner.h"
#include "support/TestFiles.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace ia;
using namespace ia::test;

namespace {

// A team's laptop database: the demo panel, with a draft, private notes and a status.
QString teamFile(const TestDir& dir)
{
    const QString path = dir.path(QStringLiteral("team.sqlite"));
    Database file(path);
    DemoData::create(file);
    Candidate first = CandidateRepository(file).all().first();
    first.notes = QStringLiteral("Private: asked about relocation");
    first.status = CandidateStatus::Offer;
    CandidateRepository(file).update(first);
    return path;
}

QStringList rowsOf(const Database& db)
{
    QStringList rows;
    for (const CandidateRow& r : CandidateListRepository(db).page({}, CandidateListRepository::Sort::Name,
                                                                  false, 0, 1000, Viewer::asManager())) {
        rows << QStringLiteral("%1|%2|%3|%4/%5|%6|%7,%8,%9,%10")
                    .arg(r.name, r.role, toKey(r.status))
                    .arg(r.submitted)
                    .arg(r.interviews)
                    .arg(r.weightedScore ? QString::number(*r.weightedScore, 'f', 3) : QStringLiteral("-"))
                    .arg(r.tally[0])
                    .arg(r.tally[1])
                    .arg(r.tally[2])
                    .arg(r.tally[3]);
    }
    return rows;
}

} // namespace

TEST(TeamServerImport, AWholeDatabaseMovesOntoAServerJustSetUp)
{
    TestDir dir;
    const QString path = teamFile(dir);
    TestStore store;
    Database server(store.location());
    QuestionBank::installDefault(server); // as server setup leaves it

    Database::Options existing;
    existing.mayCreate = false;
    const Database file(path, existing);
    const ServerImport::Report report = ServerImport::run(file, server);
    EXPECT_GT(report.replacedBank, 0);

    // The desk reads the same on both: the server's triggers rebuilt the caches as rows arrived.
    const QStringList onFile = rowsOf(file);
    ASSERT_FALSE(onFile.isEmpty());
    EXPECT_EQ(rowsOf(server), onFile);
    // Everything, not only what a bundle carries: private notes, statuses, drafts, history.
    const QList<Candidate> candidates = CandidateRepository(server).all();
    EXPECT_EQ(candidates.size(), CandidateRepository(file).all().size());
    EXPECT_TRUE(std::any_of(candidates.begin(), candidates.end(), [](const Candidate& c) {
        return c.notes == QLatin1String("Private: asked about relocation") &&
               c.status == CandidateStatus::Offer;
    }));
    const QList<Interview> fileInterviews = InterviewRepository(file).all();
    const QList<Interview> serverInterviews = InterviewRepository(server).all();
    ASSERT_EQ(serverInterviews.size(), fileInterviews.size());
    EXPECT_TRUE(std::any_of(serverInterviews.begin(), serverInterviews.end(), [](const Interview& i) {
        return i.state != InterviewState::Submitted;
    })) << "no draft came along";
    for (qsizetype i = 0; i < fileInterviews.size(); ++i) {
        const Scorecard a = *InterviewRepository(file).scorecard(fileInterviews.at(i).id);
        const Scorecard b = *InterviewRepository(server).scorecard(fileInterviews.at(i).id);
        EXPECT_EQ(b.interview.uuid, a.interview.uuid);
        EXPECT_EQ(b.interview.summary, a.interview.summary);
        EXPECT_EQ(b.interview.state, a.interview.state);
        ASSERT_EQ(b.entries.size(), a.entries.size());
        for (qsizetype e = 0; e < a.entries.size(); ++e) {
            EXPECT_EQ(b.entries.at(e).note, a.entries.at(e).note);
            EXPECT_EQ(b.entries.at(e).score, a.entries.at(e).score);
            EXPECT_EQ(b.entries.at(e).question.versionUuid, a.entries.at(e).question.versionUuid);
        }
        EXPECT_EQ(b.highlights.size(), a.highlights.size());
    }
    EXPECT_EQ(report.rowsOf(QStringLiteral("interview")), fileInterviews.size());
    // The candidates filter and the name index (written by the app, not the triggers) came too.
    CandidateFilter filter;
    filter.text = candidates.first().name.section(QLatin1Char(' '), 0, 0);
    const auto found = [&](const Database& db) {
        return CandidateListRepository(db)
            .page(filter, CandidateListRepository::Sort::Name, false, 0, 1000, Viewer::asManager())
            .size();
    };
    EXPECT_GT(found(server), 0);
    EXPECT_EQ(found(server), found(file));
    // The server's search index found its way too.
    EXPECT_EQ(SearchRepository(server).search(QStringLiteral("relocation"), Viewer::asManager()).size(),
              SearchRepository(file).search(QStringLiteral("relocation"), Viewer::asManager()).size());
    EXPECT_FALSE(
        SearchRepository(server).search(QStringLiteral("relocation"), Viewer::asManager()).isEmpty());
    // New rows carry on after the ones that came.
    Candidate c;
    c.name = QStringLiteral("After the move");
    qint64 highest = 0;
    for (const Candidate& known : candidates)
        highest = qMax(highest, known.id);
    EXPECT_GT(CandidateRepository(server).create(c).id, highest);

    // Twice: refused, nothing doubled.
    try {
        ServerImport::run(file, server);
        ADD_FAILURE() << "a second team's records were mixed in";
    } catch (const StorageError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("already holds"))) << e.message().toStdString();
    }
    EXPECT_EQ(CandidateRepository(server).all().size(), candidates.size() + 1);
    server.releaseThreadConnection();
}

TEST(TeamServerImport, TheCommandLineMovesAFileAndSaysWhatCame)
{
    TestDir dir;
    const QString path = teamFile(dir);
    TestStore store;
    const CliRun setup =
        cli({QStringLiteral("server"), QStringLiteral("setup"), QStringLiteral("--db"), store.location()});
    ASSERT_EQ(setup.exitCode, 0) << setup.err.toStdString();
    const CliRun moved = cli({QStringLiteral("server"), QStringLiteral("import"), QStringLiteral("--from"),
                              path, QStringLiteral("--db"), store.location()});
    EXPECT_EQ(moved.exitCode, 0) << moved.err.toStdString();
    EXPECT_TRUE(moved.out.contains(QStringLiteral("candidates"))) << moved.out.toStdString();
    EXPECT_TRUE(moved.out.contains(QStringLiteral("server add-user"))) << moved.out.toStdString();
    const CliRun again = cli({QStringLiteral("server"), QStringLiteral("import"), QStringLiteral("--from"),
                              path, QStringLiteral("--db"), store.location()});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already holds"))) << again.err.toStdString();
    const CliRun noFile =
        cli({QStringLiteral("server"), QStringLiteral("import"), QStringLiteral("--db"), store.location()});
    EXPECT_EQ(noFile.exitCode, 2);
}
