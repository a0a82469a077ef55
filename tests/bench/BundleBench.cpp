#include "bank/QuestionBank.h"
#include "bench/BenchFloors.h"
#include "bundle/BundleExporter.h"
#include "bundle/BundleFormat.h"
#include "bundle/BundleImporter.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

#include <memory>

using namespace ia;

namespace {

constexpr int scorecardCount = 1000;

// One interviewer's laptop with 1,000 submitted, written-up scorecards of 1,000 candidates, and
// its bundle.
struct BundleData
{
    QTemporaryDir dir;
    Database laptop{dir.filePath(QStringLiteral("laptop.sqlite"))};
    InterviewerId me = 0;
    QString bundlePath = dir.filePath(QStringLiteral("laptop.iapanel"));

    BundleData()
    {
        QuestionBank::installDefault(laptop);
        const Kit kit = *KitRepository(laptop).byName(QuestionBank::defaultKitName());
        WriteTransaction tx(laptop);
        me = InterviewerRepository(laptop)
                 .create(Interviewer{0, {}, QStringLiteral("Bench Interviewer"), {}})
                 .id;
        InterviewRepository interviews(laptop);
        for (int n = 0; n < scorecardCount; ++n) {
            Candidate c;
            c.name = QStringLiteral("Candidate %1").arg(n);
            c.email = QStringLiteral("c%1@example.org").arg(n);
            c.role = QStringLiteral("Backend Python developer");
            const CandidateId candidate = CandidateRepository(laptop).create(c).id;
            const Interview iv = interviews.create(candidate, me, kit);
            interviews.start(iv.id, QDateTime::currentDateTimeUtc().addDays(-1));
            const Scorecard card = *interviews.scorecard(iv.id);
            for (const ScorecardEntry& e : card.entries) {
                interviews.setEntryResult(e.id, EntryStatus::Scored, 1 + (n + e.position) % 4);
                interviews.setNote(e.id, QStringLiteral("Explained the trade-offs of %1 with an example from "
                                                        "their last project.")
                                             .arg(e.question.title));
            }
            interviews.setRecommendation(iv.id, n % 3 ? Recommendation::Yes : Recommendation::No);
            interviews.submit(iv.id, QDateTime::currentDateTimeUtc());
        }
        tx.commit();
        BundleExporter::Selection all;
        all.interviewer = me;
        BundleExporter::write(BundleExporter(laptop).collect(all), bundlePath);
    }
};

BundleData& bundleData()
{
    static std::unique_ptr<BundleData> d;
    if (!d) {
        d = std::make_unique<BundleData>();
        // Closed while Qt SQL can still remove its connections.
        bench::onShutdown([] { d.reset(); });
    }
    return *d;
}

} // namespace

// Collecting 1,000 scorecards and writing the bundle file.
void BM_BundleExport1000(benchmark::State& state)
{
    BundleData& d = bundleData();
    BundleExporter::Selection all;
    all.interviewer = d.me;
    const QString path = d.dir.filePath(QStringLiteral("export.iapanel"));
    for (auto _ : state) {
        if (!BundleExporter::write(BundleExporter(d.laptop).collect(all), path).isEmpty()) {
            state.SkipWithError("export failed");
            break;
        }
    }
}
BENCHMARK(BM_BundleExport1000)->Unit(benchmark::kMillisecond);

// Reading, validating and merging the 1,000-scorecard bundle into a manager's fresh database (the
// target is 2 s): 1,000 new candidates and scorecards, one transaction.
void BM_BundleImport1000(benchmark::State& state)
{
    BundleData& d = bundleData();
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = d.dir.filePath(QStringLiteral("manager-%1.sqlite").arg(round++));
        auto manager = std::make_unique<Database>(path);
        QuestionBank::installDefault(*manager);
        state.ResumeTiming();
        QFile file(d.bundlePath);
        file.open(QIODevice::ReadOnly);
        const BundleImporter::Report report =
            BundleImporter(*manager, {}).import(BundleFormat::fromJson(file.readAll()));
        if (report.newScorecards != scorecardCount) {
            state.SkipWithError("import incomplete");
            break;
        }
        state.PauseTiming();
        manager.reset();
        QFile::remove(path);
        state.ResumeTiming();
    }
}
BENCHMARK(BM_BundleImport1000)->Unit(benchmark::kMillisecond)->Iterations(3);

// Reading and validating the 1,000-scorecard bundle alone, to see what the import spends on the file.
void BM_BundleRead1000(benchmark::State& state)
{
    BundleData& d = bundleData();
    QFile file(d.bundlePath);
    file.open(QIODevice::ReadOnly);
    const QByteArray json = file.readAll();
    state.counters["bytes"] = double(json.size());
    for (auto _ : state)
        benchmark::DoNotOptimize(BundleFormat::fromJson(json));
}
BENCHMARK(BM_BundleRead1000)->Unit(benchmark::kMillisecond);
