#include "analysis/Comparison.h"
#include "bench/BenchDatabase.h"
#include "bench/BenchFloors.h"
#include "desk/HiringDesk.h"
#include "storage/CalibrationRepository.h"
#include "storage/CandidateListRepository.h"
#include "storage/Database.h"
#include "storage/SearchRepository.h"
#include "ui/CandidateTableModel.h"
#include "ui/ComparePage.h"
#include "ui/UserPrompts.h"

#include <QElapsedTimer>
#include <QIODevice>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextStream>
#include <benchmark/benchmark.h>

#include <cstdlib>

using namespace ia;

namespace {

Database& database()
{
    return bench::generatedDatabase(100'000);
}

} // namespace

// Opening the candidates table over 100,000 candidates: the model is built and its first rows are
// there to paint.
void BM_CandidatesOpenToFirstRows100k(benchmark::State& state)
{
    Database& db = database();
    for (auto _ : state) {
        CandidateTableModel model(db);
        if (model.rowCount() == 0) {
            state.SkipWithError("no rows");
            break;
        }
        benchmark::DoNotOptimize(model.index(0, CandidateTableModel::ScoreColumn).data());
    }
}
BENCHMARK(BM_CandidatesOpenToFirstRows100k)->Unit(benchmark::kMillisecond);

// One keystroke in the filter: the filter changes, the first matching rows are back, and the count
// label is updated (counting stops at the cap).
void BM_CandidatesFilterKeystroke100k(benchmark::State& state)
{
    CandidateTableModel model(database());
    const QStringList typed{QStringLiteral("q"), QStringLiteral("qu"), QStringLiteral("qui"),
                            QStringLiteral("quis"), QStringLiteral("quist")};
    int n = 0;
    for (auto _ : state) {
        model.setFilter(typed.at(n++ % typed.size()));
        benchmark::DoNotOptimize(model.index(0, 0).data());
        benchmark::DoNotOptimize(model.countText());
    }
}
BENCHMARK(BM_CandidatesFilterKeystroke100k)->Unit(benchmark::kMillisecond);

// Sorting the table best score first.
void BM_CandidatesSortByScore100k(benchmark::State& state)
{
    CandidateTableModel model(database());
    for (auto _ : state) {
        model.sort(CandidateTableModel::ScoreColumn, Qt::DescendingOrder);
        benchmark::DoNotOptimize(model.index(0, 0).data());
    }
}
BENCHMARK(BM_CandidatesSortByScore100k)->Unit(benchmark::kMillisecond);

// Opening a candidate from a search hit who sorts near the end of the list: the index says where
// they stand, and only their page is read.
void BM_CandidatesJumpToLastByName100k(benchmark::State& state)
{
    Database& db = database();
    const CandidateRow last =
        CandidateListRepository(db)
            .page({}, CandidateListRepository::Sort::Name, true, 0, 1, Viewer::asManager())
            .first();
    for (auto _ : state) {
        CandidateTableModel model(db);
        if (model.locate(last.id) < 0) {
            state.SkipWithError("not found");
            break;
        }
    }
}
BENCHMARK(BM_CandidatesJumpToLastByName100k)->Unit(benchmark::kMillisecond);

// Typing the start of a name near the end of the list in the table (what QAbstractItemView's
// keyboard search asks the model), and showing the row found.
void BM_CandidatesTypeToJump100k(benchmark::State& state)
{
    CandidateTableModel model(database());
    for (auto _ : state) {
        const QModelIndexList found = model.match(model.index(0, CandidateTableModel::NameColumn),
                                                  Qt::DisplayRole, QStringLiteral("tara yilmaz 999"));
        if (found.isEmpty()) {
            state.SkipWithError("no name starts with that");
            break;
        }
        benchmark::DoNotOptimize(found.first().data());
    }
}
BENCHMARK(BM_CandidatesTypeToJump100k)->Unit(benchmark::kMillisecond);

namespace {

const QString comparedRole = QStringLiteral("Backend Python developer");

const bench::Target compareTarget("BM_CompareRole", 2.0,
                                  "interview-cli compare --format json for one role (a quarter of all "
                                  "candidates), against the same figures in one SQL query");
const bench::Target
    searchTarget("BM_Search", 2.0,
                 "interview-cli search (100 hits with snippets), against the FTS5 query alone");
const bench::Target calibrationTarget("BM_Calibration", 0,
                                      "interview-cli calibration, against one pass over every submitted "
                                      "score",
                                      1.0);

// Reads every value of every row, as a caller of the floor query would.
int drain(QSqlQuery& q)
{
    int rows = 0;
    const int columns = q.record().count();
    while (q.next()) {
        for (int c = 0; c < columns; ++c)
            benchmark::DoNotOptimize(q.value(c));
        ++rows;
    }
    return rows;
}

// Where the CLI's standard output goes in a benchmark: nowhere, counted.
class CountingSink : public QIODevice
{
public:
    CountingSink() { open(QIODevice::WriteOnly); }
    qint64 bytes = 0;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 size) override
    {
        bytes += size;
        return size;
    }
};

} // namespace

// The comparison of one role as the CLI makes it: every candidate's panel, written out as JSON.
// Memory: the peak above what the process held before (the database's page cache included).
void BM_CompareRole(benchmark::State& state)
{
    Database& db = bench::generatedDatabase(int(state.range(0)));
    const double before = bench::residentMiB();
    bench::resetPeakResident();
    qint64 bytes = 0;
    for (auto _ : state) {
        CountingSink sink;
        QTextStream out(&sink);
        HiringDesk(db, Viewer::asManager()).compare(comparedRole).writeJson(out);
        out.flush();
        bytes = sink.bytes;
    }
    state.counters["json_MB"] = double(bytes) / 1e6;
    state.counters["peak_growth_MiB"] = bench::peakResidentMiB() - before;
}
BENCHMARK(BM_CompareRole)->Arg(25'000)->Arg(50'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

// The floor: each candidate's per-question count, mean, minimum and maximum for the role in one
// grouped query, every value read.
void BM_CompareRole_Floor(benchmark::State& state)
{
    Database& db = bench::generatedDatabase(int(state.range(0)));
    for (auto _ : state) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT c.id, c.name, qv.question_id, count(*), avg(e.score), min(e.score), max(e.score) "
            "FROM candidate c JOIN interview i ON i.candidate_id = c.id AND i.state = 'submitted' "
            "JOIN scorecard_entry e ON e.interview_id = i.id AND e.status = 'scored' "
            "JOIN question_version qv ON qv.id = e.question_version_id WHERE c.role = ? "
            "GROUP BY c.id, qv.question_id"));
        q.addBindValue(comparedRole);
        q.exec();
        benchmark::DoNotOptimize(drain(q));
    }
}
BENCHMARK(BM_CompareRole_Floor)->Arg(25'000)->Arg(50'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

// The Compare page's change of role on a file of 100,000 candidates (25,000 in the role): the
// role's candidates listed, the most recent ones ticked and compared. Roles switched in turn.
void BM_ComparePageRole100k(benchmark::State& state)
{
    Database& db = bench::generatedDatabase(100'000);
    ComparePage page(db, []() -> UserPrompts& { std::abort(); });
    page.setViewer(Viewer::asManager());
    const QStringList roles{comparedRole, QStringLiteral("Site reliability engineer")};
    // Started on the other role, so every iteration is a change (the first shows the page).
    if (!page.chooseRole(roles.last())) {
        state.SkipWithError("no such role");
        return;
    }
    int n = 0;
    for (auto _ : state) {
        page.chooseRole(roles.at(n++ % roles.size()));
        benchmark::DoNotOptimize(page.comparison().columns().size());
    }
}
BENCHMARK(BM_ComparePageRole100k)->Unit(benchmark::kMillisecond);

// A search as the CLI makes it: the best 100 hits a manager may see, with snippets and names.
void BM_Search(benchmark::State& state)
{
    Database& db = bench::generatedDatabase(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(
            SearchRepository(db).search(QStringLiteral("solid answer"), Viewer::asManager(), 100));
}
BENCHMARK(BM_Search)->Arg(25'000)->Arg(50'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

// The floor: the FTS5 query alone, ranked, the best 100 read.
void BM_Search_Floor(benchmark::State& state)
{
    Database& db = bench::generatedDatabase(int(state.range(0)));
    for (auto _ : state) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT rowid, bm25(search_index) AS score FROM search_index WHERE "
                                 "search_index MATCH ? ORDER BY score LIMIT 100"));
        q.addBindValue(QStringLiteral("\"solid\" \"answer\""));
        q.exec();
        benchmark::DoNotOptimize(drain(q));
    }
}
BENCHMARK(BM_Search_Floor)->Arg(25'000)->Arg(50'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

// Calibration as the CLI makes it, for a manager: every interviewer against the panel.
void BM_Calibration(benchmark::State& state)
{
    Database& db = bench::generatedDatabase(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(CalibrationRepository(db).rows(Viewer::asManager()));
}
BENCHMARK(BM_Calibration)->Arg(25'000)->Arg(50'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

// The floor: one pass over every submitted score with its interviewer, summed per interviewer. It
// is what calibration would cost computed from the scores; it reads the figures kept per scorecard
// and per panel instead (schema 7), so it runs below this floor.
void BM_Calibration_Floor(benchmark::State& state)
{
    Database& db = bench::generatedDatabase(int(state.range(0)));
    for (auto _ : state) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT i.interviewer_id, count(*), sum(e.score) FROM interview i JOIN scorecard_entry e ON "
            "e.interview_id = i.id AND e.status = 'scored' WHERE i.state = 'submitted' GROUP BY "
            "i.interviewer_id"));
        q.exec();
        benchmark::DoNotOptimize(drain(q));
    }
}
BENCHMARK(BM_Calibration_Floor)->Arg(25'000)->Arg(50'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

namespace {
const bench::Target scrollTarget("BM_CandidatesScrollWhole", 2.0,
                                 "scrolling the whole candidates list a page at a time, against reading "
                                 "the same rows in one query");
} // namespace

// Scrolling the candidates table from top to bottom, as a manager: every page the view would ask
// for, in name order. The slowest single page is what a user could feel; memory is the peak above
// what the process held before, which a window of pages keeps the same at any size.
void BM_CandidatesScrollWhole(benchmark::State& state)
{
    Database& db = bench::generatedDatabase(int(state.range(0)));
    double slowest = 0;
    const double before = bench::residentMiB();
    bench::resetPeakResident();
    for (auto _ : state) {
        CandidateTableModel model(db);
        model.setViewer(Viewer::asManager());
        QElapsedTimer fetch;
        for (int row = 0; row < model.rowCount(); row += CandidateTableModel::pageSize) {
            fetch.start();
            benchmark::DoNotOptimize(model.index(row, CandidateTableModel::NameColumn).data());
            // At the end of what is counted, the view asks for more (the list counts to 1,000 at
            // first, ten times further each time).
            if (row + CandidateTableModel::pageSize >= model.rowCount() && model.canFetchMore({}))
                model.fetchMore({});
            slowest = std::max(slowest, double(fetch.nsecsElapsed()) / 1e6);
        }
        benchmark::DoNotOptimize(model.rowCount());
    }
    state.counters["slowest_fetch_ms"] = slowest;
    state.counters["peak_growth_MiB"] = bench::peakResidentMiB() - before;
}
BENCHMARK(BM_CandidatesScrollWhole)->Arg(25'000)->Arg(50'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

// The floor: the same rows in the same order read in one query.
void BM_CandidatesScrollWhole_Floor(benchmark::State& state)
{
    Database& db = bench::generatedDatabase(int(state.range(0)));
    for (auto _ : state) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT c.id, c.name, c.role, c.status, (SELECT group_concat(tag, ', ') FROM candidate_tag t "
            "WHERE t.candidate_id = c.id), cs.interviews, cs.submitted, cv.weighted_score, cv.strong_no, "
            "cv.no, cv.yes, cv.strong_yes FROM candidate c JOIN candidate_score cs ON cs.candidate_id = "
            "c.id JOIN candidate_verdict cv ON cv.candidate_id = c.id ORDER BY c.name, c.id"));
        q.exec();
        benchmark::DoNotOptimize(drain(q));
    }
}
BENCHMARK(BM_CandidatesScrollWhole_Floor)
    ->Arg(25'000)
    ->Arg(50'000)
    ->Arg(100'000)
    ->Unit(benchmark::kMillisecond);
