#include "bench/BenchDatabase.h"
#include "storage/CandidateListRepository.h"
#include "ui/CandidateTableModel.h"

#include <benchmark/benchmark.h>

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

// Opening a candidate from a search hit who sorts near the end of the list: the rows down to them
// are loaded in one go.
void BM_CandidatesJumpToLastByName100k(benchmark::State& state)
{
    Database& db = database();
    const CandidateRow last =
        CandidateListRepository(db)
            .page({}, CandidateListRepository::Sort::Name, true, 0, 1, Viewer::asManager())
            .first();
    for (auto _ : state) {
        CandidateTableModel model(db);
        if (model.loadThrough(last.id) < 0) {
            state.SkipWithError("not found");
            break;
        }
    }
}
BENCHMARK(BM_CandidatesJumpToLastByName100k)->Unit(benchmark::kMillisecond);
