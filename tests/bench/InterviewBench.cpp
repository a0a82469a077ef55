#include "bench/BenchFloors.h"
#include "demo/DemoData.h"
#include "interview/InterviewSession.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "support/FakeClock.h"
#include "ui/HomePage.h"
#include "ui/InterviewScreen.h"
#include "ui/MainWindow.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <benchmark/benchmark.h>

using namespace ia;

namespace {

struct OpenInterview
{
    QTemporaryDir dir;
    Database db{dir.filePath(QStringLiteral("bench.sqlite"))};
    test::FakeClock clock;
    bool ready = DemoData::create(db); // before the window: its home page lists the kits
    MainWindow window{db, &clock};

    OpenInterview()
    {
        ready = false;
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return;
        window.homePage()->chooseNewCandidate(QStringLiteral("Bench Candidate"),
                                              QStringLiteral("Bench role"));
        window.homePage()->setInterviewer(QStringLiteral("Bench Interviewer"));
        window.homePage()->requestStart();
        window.interviewScreen()->questionTree()->setFocus();
        ready = window.session() != nullptr;
    }
};

} // namespace

// A score key press, through the shortcut, the undo stack and the repository, to a committed row.
void BM_ScoreKeyToCommittedRow(benchmark::State& state)
{
    OpenInterview open;
    if (!open.ready) {
        state.SkipWithError("could not open an interview");
        return;
    }
    QWidget* tree = open.window.interviewScreen()->questionTree();
    const InterviewSession& session = *open.window.session();
    int score = 3;
    for (auto _ : state) {
        QTest::keyClick(tree, Qt::Key(Qt::Key_0 + score));
        if (session.entry(0).score != score) {
            state.SkipWithError("the key press did not score");
            break;
        }
        score = score == 3 ? 2 : 3;
    }
    state.SetLabel("key press to COMMIT");
}
BENCHMARK(BM_ScoreKeyToCommittedRow)->Unit(benchmark::kMillisecond);

// Writing a typed note: what the 300 ms delay ends in, and what flush() costs on question change.
void BM_NoteFlushToCommittedRow(benchmark::State& state)
{
    OpenInterview open;
    if (!open.ready) {
        state.SkipWithError("could not open an interview");
        return;
    }
    InterviewSession& session = *open.window.session();
    int n = 0;
    for (auto _ : state) {
        session.setNote(0, QStringLiteral("Evidence note, revision %1").arg(++n));
        session.flush();
    }
}
BENCHMARK(BM_NoteFlushToCommittedRow)->Unit(benchmark::kMillisecond);

namespace {

const bench::Target scoreWriteTarget("BM_ScoreWrite", 3.0,
                                     "a score's storage write, against a raw prepared one-row commit");

// An in-progress interview of the demo database: its first entry is what the benchmarks score.
struct DraftEntry
{
    QTemporaryDir dir;
    Database db{dir.filePath(QStringLiteral("bench.sqlite"))};
    ScorecardEntryId entry = 0;

    DraftEntry()
    {
        DemoData::create(db);
        const Kit kit = *KitRepository(db).byName(QStringLiteral("Python developer"));
        Candidate c;
        c.name = QStringLiteral("Bench Candidate");
        const CandidateId candidate = CandidateRepository(db).create(c).id;
        const InterviewerId interviewer = InterviewerRepository(db).findOrCreate(QStringLiteral("Bench")).id;
        InterviewRepository interviews(db);
        const Interview iv = interviews.create(candidate, interviewer, kit);
        interviews.start(iv.id, QDateTime::currentDateTimeUtc());
        entry = interviews.scorecard(iv.id)->entries.first().id;
    }
};

} // namespace

// What a score key writes: the repository's checked update of one entry, in its own transaction.
void BM_ScoreWrite(benchmark::State& state)
{
    DraftEntry d;
    InterviewRepository interviews(d.db);
    int score = 3;
    for (auto _ : state) {
        interviews.setEntryResult(d.entry, EntryStatus::Scored, score);
        score = score == 3 ? 2 : 3;
    }
}
BENCHMARK(BM_ScoreWrite)->Unit(benchmark::kMicrosecond);

// The floor: the same row updated by one prepared statement between a prepared BEGIN IMMEDIATE and
// COMMIT, on the same WAL database with the same durability, with Qt SQL and nothing else.
void BM_ScoreWrite_Floor(benchmark::State& state)
{
    DraftEntry d;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-raw"));
        c.setDatabaseName(d.db.path());
        if (!c.open()) {
            state.SkipWithError("could not open");
            return;
        }
        // The durability and rules the app's connections have (SqliteDialect::configureConnection).
        for (const char* pragma :
             {"PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON", "PRAGMA secure_delete = ON"})
            QSqlQuery(c).exec(QLatin1String(pragma));
        QSqlQuery begin(c);
        QSqlQuery update(c);
        QSqlQuery commit(c);
        begin.prepare(QStringLiteral("BEGIN IMMEDIATE"));
        update.prepare(
            QStringLiteral("UPDATE scorecard_entry SET status = 'scored', score = ?, updated_at = ? "
                           "WHERE id = ?"));
        commit.prepare(QStringLiteral("COMMIT"));
        int score = 3;
        for (auto _ : state) {
            begin.exec();
            update.addBindValue(score);
            update.addBindValue(QDateTime::currentSecsSinceEpoch());
            update.addBindValue(d.entry);
            if (!update.exec() || !commit.exec()) {
                state.SkipWithError("the write failed");
                break;
            }
            score = score == 3 ? 2 : 3;
        }
        begin.finish();
        update.finish();
        commit.finish();
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-raw"));
}
BENCHMARK(BM_ScoreWrite_Floor)->Unit(benchmark::kMicrosecond);
