#include "demo/DemoData.h"
#include "reports/ReportExporter.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "storage/WriteTransaction.h"

#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace ia;

namespace {

// The demo database plus one candidate with twenty submitted, fully written-up interviews.
struct ReportData
{
    QTemporaryDir dir;
    Database db{dir.filePath(QStringLiteral("reports.sqlite"))};
    InterviewId scorecard = 0;
    CandidateId busyCandidate = 0;

    ReportData()
    {
        DemoData::create(db);
        for (const Interview& i : InterviewRepository(db).all()) {
            if (i.state == InterviewState::Submitted && scorecard == 0)
                scorecard = i.id;
        }
        const Kit kit = *KitRepository(db).byName(QStringLiteral("Python developer"));
        WriteTransaction tx(db);
        Candidate c;
        c.name = QStringLiteral("Twenty Interviews");
        c.role = QStringLiteral("Backend Python developer");
        busyCandidate = CandidateRepository(db).create(c).id;
        InterviewRepository interviews(db);
        for (int n = 0; n < 20; ++n) {
            const InterviewerId interviewer =
                InterviewerRepository(db).findOrCreate(QStringLiteral("Panel Member %1").arg(n % 5)).id;
            const Interview iv = interviews.create(busyCandidate, interviewer, kit);
            interviews.start(iv.id, QDateTime::currentDateTimeUtc().addDays(-n));
            const Scorecard card = *interviews.scorecard(iv.id);
            for (const ScorecardEntry& e : card.entries) {
                interviews.setEntryResult(e.id, EntryStatus::Scored, 1 + (n + e.position) % 4);
                interviews.setNote(e.id,
                                   QStringLiteral("Evidence for %1: explained the trade-offs clearly, gave a "
                                                  "concrete example from their last project and answered the "
                                                  "follow-up without prompting.")
                                       .arg(e.question.title));
                interviews.setSecondsSpent(e.id, e.timeBudgetSeconds - 20 + n);
            }
            interviews.setRecommendation(iv.id, n % 3 ? Recommendation::Yes : Recommendation::No);
            interviews.setSummary(iv.id, QStringLiteral("A consistent, well-reasoned interview."));
            interviews.submit(iv.id, QDateTime::currentDateTimeUtc().addDays(-n));
        }
        tx.commit();
    }
};

ReportData& data()
{
    static ReportData d;
    return d;
}

} // namespace

// One 15-question scorecard, from the database to a PDF file.
void BM_ScorecardPdf(benchmark::State& state)
{
    ReportData& d = data();
    const ReportExporter exporter(d.db, PdfReportWriter::defaultPageSize(), Viewer::asManager());
    const QString path = d.dir.filePath(QStringLiteral("scorecard.pdf"));
    for (auto _ : state) {
        const ReportExporter::Export result = exporter.scorecard(d.scorecard, path);
        if (!result.ok) {
            state.SkipWithError("export failed");
            break;
        }
    }
}
BENCHMARK(BM_ScorecardPdf)->Unit(benchmark::kMillisecond);

// A debrief packet of twenty interviews: cover, panel grid, twenty scorecards.
void BM_Packet20Interviews(benchmark::State& state)
{
    ReportData& d = data();
    const ReportExporter exporter(d.db, PdfReportWriter::defaultPageSize(), Viewer::asManager());
    const QString path = d.dir.filePath(QStringLiteral("packet.pdf"));
    int pages = 0;
    for (auto _ : state) {
        const ReportExporter::Export result = exporter.packet(d.busyCandidate, path);
        if (!result.ok) {
            state.SkipWithError("export failed");
            break;
        }
        pages = result.pages;
    }
    state.counters["pages"] = pages;
}
BENCHMARK(BM_Packet20Interviews)->Unit(benchmark::kMillisecond);
