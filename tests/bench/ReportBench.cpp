#include "bench/BenchFloors.h"
#include "demo/DemoData.h"
#include "reports/ReportExporter.h"
#include "reports/ReportHtml.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QElapsedTimer>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>
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
    static std::unique_ptr<ReportData> d;
    if (!d) {
        d = std::make_unique<ReportData>();
        // Closed while Qt SQL can still remove its connections.
        bench::onShutdown([] { d.reset(); });
    }
    return *d;
}

// The demo database plus generatedCandidates more, each with one to three submitted interviews
// (a panel of three for every third): the packets `export --all` writes for a hiring round.
constexpr int generatedCandidates = 240;

struct RoundData
{
    QTemporaryDir dir;
    Database db{dir.filePath(QStringLiteral("round.sqlite"))};

    RoundData()
    {
        DemoData::create(db);
        const Kit kit = *KitRepository(db).byName(QStringLiteral("Python developer"));
        WriteTransaction tx(db);
        InterviewRepository interviews(db);
        for (int c = 0; c < generatedCandidates; ++c) {
            Candidate candidate;
            candidate.name = QStringLiteral("Generated Candidate %1").arg(c + 1);
            candidate.role = QStringLiteral("Backend Python developer");
            const CandidateId id = CandidateRepository(db).create(candidate).id;
            const int panel = c % 3 == 0 ? 3 : 1 + c % 2;
            for (int n = 0; n < panel; ++n) {
                const InterviewerId interviewer =
                    InterviewerRepository(db)
                        .findOrCreate(QStringLiteral("Panel Member %1").arg((c + n) % 7))
                        .id;
                const Interview iv = interviews.create(id, interviewer, kit);
                interviews.start(iv.id, QDateTime::currentDateTimeUtc().addDays(-(c % 30) - n));
                const Scorecard card = *interviews.scorecard(iv.id);
                for (const ScorecardEntry& e : card.entries) {
                    interviews.setEntryResult(e.id, EntryStatus::Scored, 1 + (c + n + e.position) % 4);
                    interviews.setNote(e.id, QStringLiteral("Explained %1 with a concrete example and "
                                                            "answered the follow-up without prompting.")
                                                 .arg(e.question.title));
                    interviews.setSecondsSpent(e.id, e.timeBudgetSeconds - 30 + c % 60);
                }
                interviews.setRecommendation(iv.id, (c + n) % 3 ? Recommendation::Yes : Recommendation::No);
                interviews.setSummary(iv.id, QStringLiteral("A consistent, well-reasoned interview."));
                interviews.submit(iv.id, QDateTime::currentDateTimeUtc().addDays(-(c % 30) - n));
            }
        }
        tx.commit();
    }
};

RoundData& round()
{
    static std::unique_ptr<RoundData> d;
    if (!d) {
        d = std::make_unique<RoundData>();
        bench::onShutdown([] { d.reset(); });
    }
    return *d;
}

// The floor: HTML already made, laid out to a PDF file by Qt with the same font, style sheet, page
// and footers, and nothing else (no database, no HTML building, no safe-save).
int layOutToPdf(const QString& bodyHtml, const QString& footer, const QString& path)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(PdfReportWriter::defaultPageSize());
    writer.setPageMargins(QMarginsF(16, 14, 16, 10), QPageLayout::Millimeter);
    writer.setTitle(footer);
    QTextDocument doc;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setFeature(QFont::Tag("liga"), 0);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(ReportHtml::styleSheet());
    QTextOption option = doc.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);
    doc.setDocumentMargin(0);
    doc.setHtml(QStringLiteral("<html><body>") + bodyHtml + QStringLiteral("</body></html>"));

    QPainter painter(&writer);
    const QRectF page = writer.pageLayout().paintRectPixels(writer.logicalDpiX());
    const qreal footerHeight = writer.logicalDpiY() * 0.35;
    const QSizeF body(page.width(), page.height() - footerHeight);
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setPageSize(body);
    const int pages = doc.pageCount();
    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPointSizeF(7.5);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -p * body.height());
        const QRectF visible(0, p * body.height(), body.width(), body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible;
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(visible);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x6b, 0x6b, 0x6b));
        const QRectF footerRect(0, page.height() - footerHeight * 0.6, page.width(), footerHeight * 0.6);
        painter.drawLine(QPointF(0, footerRect.top()), QPointF(page.width(), footerRect.top()));
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, footer);
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages));
    }
    painter.end();
    return pages;
}

const bench::Target scorecardTarget("BM_ScorecardPdf", 1.2,
                                    "a scorecard PDF against laying out its HTML to PDF");
const bench::Target packetTarget("BM_Packet20Interviews", 1.2,
                                 "a 20-interview debrief packet against laying out its HTML to PDF");
const bench::Target exportAllTarget("BM_ExportAllPackets", 1.1,
                                    "export --all against one thread laying out the same HTML / cores");

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

void BM_ScorecardPdf_Floor(benchmark::State& state)
{
    ReportData& d = data();
    const ReportExporter exporter(d.db, PdfReportWriter::defaultPageSize(), Viewer::asManager());
    QString footer;
    const QString html = exporter.scorecardHtml(d.scorecard, &footer);
    const QString path = d.dir.filePath(QStringLiteral("scorecard-floor.pdf"));
    for (auto _ : state)
        benchmark::DoNotOptimize(layOutToPdf(html, footer, path));
}
BENCHMARK(BM_ScorecardPdf_Floor)->Unit(benchmark::kMillisecond);

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

void BM_Packet20Interviews_Floor(benchmark::State& state)
{
    ReportData& d = data();
    const ReportExporter exporter(d.db, PdfReportWriter::defaultPageSize(), Viewer::asManager());
    QString footer;
    const QString html = exporter.packetHtml(d.busyCandidate, &footer);
    const QString path = d.dir.filePath(QStringLiteral("packet-floor.pdf"));
    int pages = 0;
    for (auto _ : state)
        pages = layOutToPdf(html, footer, path);
    state.counters["pages"] = pages;
}
BENCHMARK(BM_Packet20Interviews_Floor)->Unit(benchmark::kMillisecond);

// `export --all` of a hiring round: every packet, from the database to PDF files in a folder. Timed
// by the wall clock (the real time, not this thread's CPU time), given as manual time so that it
// pairs with its floor in the table (both "/manual_time").
void BM_ExportAllPackets(benchmark::State& state)
{
    RoundData& d = round();
    const ReportExporter exporter(d.db, PdfReportWriter::defaultPageSize(), Viewer::asManager());
    const QString folder = d.dir.filePath(QStringLiteral("all"));
    qsizetype files = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const QList<ReportExporter::Export> written = exporter.allPackets(folder);
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        for (const ReportExporter::Export& e : written) {
            if (!e.ok) {
                state.SkipWithError("export failed");
                return;
            }
        }
        files = written.size();
    }
    state.counters["files"] = double(files);
    state.counters["cores"] = ReportExporter::batchThreads(0, files);
}
BENCHMARK(BM_ExportAllPackets)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(2);

// The same packets' HTML (made before timing) laid out to PDF files by one thread, divided by the
// cores the export uses: the least the export could take if laying out were all it did and it kept
// every core busy.
void BM_ExportAllPackets_Floor(benchmark::State& state)
{
    RoundData& d = round();
    const ReportExporter exporter(d.db, PdfReportWriter::defaultPageSize(), Viewer::asManager());
    const QString folder = d.dir.filePath(QStringLiteral("all-floor"));
    QDir().mkpath(folder);
    struct Document
    {
        QString html;
        QString footer;
        QString path;
    };
    QList<Document> documents;
    const QDir out(folder);
    for (const Candidate& c : CandidateRepository(d.db).all()) {
        Document doc;
        try {
            doc.html = exporter.packetHtml(c.id, &doc.footer);
        } catch (const StorageError&) {
            continue; // no submitted interview: no packet
        }
        doc.path = out.filePath(QStringLiteral("%1.pdf").arg(c.id));
        documents.append(doc);
    }
    // The threads export --all lays packets out on: one per core.
    const int cores = ReportExporter::batchThreads(0, documents.size());
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        for (const Document& doc : std::as_const(documents))
            layOutToPdf(doc.html, doc.footer, doc.path);
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9 / cores);
    }
    state.counters["files"] = double(documents.size());
    state.counters["cores"] = cores;
}
BENCHMARK(BM_ExportAllPackets_Floor)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(2);
