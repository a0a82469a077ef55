#include "ReportExporter.h"

#include "reports/ComparisonReport.h"
#include "reports/DebriefPacket.h"
#include "reports/ScorecardReport.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/PanelRepository.h"
#include "storage/StorageError.h"
#include "storage/VisibilityPolicy.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QThread>

#include <atomic>
#include <exception>
#include <memory>
#include <optional>
#include <vector>

namespace ia {

namespace {

StorageError notFound(const QString& what)
{
    return StorageError(StorageError::Kind::Failed, what);
}

} // namespace

ReportExporter::ReportExporter(const Database& database, QPageSize pageSize, const Viewer& viewer)
    : m_database(database)
    , m_pageSize(std::move(pageSize))
    , m_viewer(viewer)
{}

QString ReportExporter::defaultFileName(const QString& candidateName, const QString& kind, const QDate& date)
{
    QString slug = candidateName.normalized(QString::NormalizationForm_KD).toLower();
    slug.remove(QRegularExpression(QStringLiteral("[\\x{0300}-\\x{036f}]")));
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    slug = slug.mid(0, 60);
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    if (slug.isEmpty())
        slug = QStringLiteral("candidate");
    return QStringLiteral("%1-%2-%3.pdf").arg(slug, kind, date.toString(Qt::ISODate));
}

CandidateId ReportExporter::findCandidate(const QString& nameOrId) const
{
    const CandidateRepository candidates(m_database);
    bool isNumber = false;
    const CandidateId id = nameOrId.toLongLong(&isNumber);
    if (isNumber) {
        if (candidates.get(id))
            return id;
        throw notFound(tr("There is no candidate number %1.").arg(nameOrId));
    }
    // Names equal but for case also fold alike, so the folded-name index narrows the search.
    QList<Candidate> matches = candidates.byFoldedName(nameOrId);
    matches.removeIf(
        [&](const Candidate& c) { return c.name.compare(nameOrId.trimmed(), Qt::CaseInsensitive) != 0; });
    if (matches.isEmpty())
        throw notFound(tr("There is no candidate called \"%1\".").arg(nameOrId));
    if (matches.size() > 1) {
        QStringList ids;
        for (const Candidate& c : std::as_const(matches))
            ids << QString::number(c.id);
        throw notFound(tr("Several candidates are called \"%1\"; use a number instead: %2.")
                           .arg(nameOrId, ids.join(QStringLiteral(", "))));
    }
    return matches.first().id;
}

QString ReportExporter::scorecardHtml(InterviewId interview, QString* footer) const
{
    const std::optional<Scorecard> card = InterviewRepository(m_database).scorecard(interview);
    if (!card)
        throw notFound(tr("There is no interview number %1.").arg(interview));
    VisibilityPolicy(m_database, m_viewer).requireMayOpen(card->interview);
    const Candidate candidate =
        CandidateRepository(m_database).get(card->interview.candidateId).value_or(Candidate{});
    if (footer)
        *footer = ScorecardReport::footer(*card);
    return ScorecardReport::html(*card, candidate);
}

QString ReportExporter::packetHtml(CandidateId candidateId, QString* footer) const
{
    const std::optional<Candidate> candidate = CandidateRepository(m_database).get(candidateId);
    if (!candidate)
        throw notFound(tr("There is no candidate number %1.").arg(candidateId));
    const PanelRepository panels(m_database);
    VisibilityPolicy(m_database, m_viewer).requirePanelVisible(candidateId, candidate->name);
    const QList<Scorecard> submitted = panels.visibleScorecards(candidateId, m_viewer);
    if (submitted.isEmpty())
        throw notFound(
            tr("%1 has no submitted interviews yet, so there is nothing to debrief.").arg(candidate->name));
    if (footer)
        *footer = DebriefPacket::footer(*candidate);
    return DebriefPacket::html(*candidate, submitted);
}

ReportExporter::Export ReportExporter::write(const QString& html, const QString& footer,
                                             const QString& path) const
{
    PdfReportWriter::Options options;
    options.pageSize = m_pageSize;
    options.title = footer;
    const PdfReportWriter::Result written = PdfReportWriter::writeFile(html, path, options);
    return Export{written.ok, QFileInfo(path).absoluteFilePath(), written.pages, written.error};
}

ReportExporter::Export ReportExporter::scorecard(InterviewId interview, const QString& path) const
{
    QString footer;
    const QString html = scorecardHtml(interview, &footer);
    return write(html, footer, path);
}

ReportExporter::Export ReportExporter::comparison(const Comparison& comparison, const QString& path) const
{
    return write(ComparisonReport::html(comparison), ComparisonReport::footer(comparison), path);
}

ReportExporter::Export ReportExporter::packet(CandidateId candidate, const QString& path) const
{
    QString footer;
    const QString html = packetHtml(candidate, &footer);
    return write(html, footer, path);
}

QList<ReportExporter::PlannedPacket> ReportExporter::plannedPackets(const QString& directory) const
{
    // Blind scoring: no packet of a panel the viewer may not see yet (decided in the query).
    QList<PlannedPacket> plan;
    const QDir folder(directory);
    for (const PanelRepository::Debrief& d : PanelRepository(m_database).debriefs(m_viewer)) {
        const QString name =
            QStringLiteral("%1-%2")
                .arg(d.candidate, 3, 10, QLatin1Char('0'))
                .arg(defaultFileName(d.name, QStringLiteral("debrief"), d.latestStart.toLocalTime().date()));
        plan.append(PlannedPacket{d.candidate, folder.filePath(name)});
    }
    return plan;
}

int ReportExporter::batchThreads(int requested, qsizetype packets)
{
    const int wanted = requested > 0 ? requested : QThread::idealThreadCount();
    return int(qBound(qsizetype(1), qMin(qsizetype(wanted), packets), qsizetype(64)));
}

QList<ReportExporter::Export> ReportExporter::allPackets(const QString& directory) const
{
    return allPackets(directory, BatchOptions());
}

QList<ReportExporter::Export> ReportExporter::allPackets(const QString& directory,
                                                         const BatchOptions& options) const
{
    if (!QDir().mkpath(directory)) {
        return {
            Export{false, directory, 0,
                   tr("Could not create the folder %1. Choose a folder you can write to.").arg(directory)}};
    }
    const QList<PlannedPacket> plan = plannedPackets(directory);
    const int total = int(plan.size());

    // Laying out a packet is almost all of its cost and needs nothing from the others, so each
    // thread takes the next packet not yet begun. Each reads through a connection of its own (the
    // Database hands every thread one; a QSqlDatabase may only be used by the thread that opened it).
    std::vector<std::optional<Export>> written(size_t(plan.size()));
    std::atomic<int> next{0};
    std::atomic<bool> stop{false};
    QMutex reporting; // guards done, failure and the progress calls
    int done = 0;
    std::exception_ptr failure;
    const auto work = [&] {
        while (!stop.load()) {
            const int i = next.fetch_add(1);
            if (i >= total)
                return;
            try {
                Export file;
                try {
                    file = packet(plan.at(i).candidate, plan.at(i).path);
                } catch (const StorageError& e) {
                    file = Export{false, QFileInfo(plan.at(i).path).absoluteFilePath(), 0, e.message()};
                }
                const QMutexLocker lock(&reporting);
                written[size_t(i)] = file;
                ++done;
                if (options.progress && !options.progress(done, total, file))
                    stop.store(true);
            } catch (...) {
                const QMutexLocker lock(&reporting);
                if (!failure)
                    failure = std::current_exception();
                stop.store(true);
            }
        }
    };
    std::vector<std::unique_ptr<QThread>> helpers;
    for (int t = 1; t < batchThreads(options.threads, total); ++t) {
        helpers.emplace_back(QThread::create([&] {
            work();
            // A connection belongs to its thread and goes with it.
            m_database.releaseThreadConnection();
        }));
        helpers.back()->start();
    }
    work(); // this thread is one of them
    for (const std::unique_ptr<QThread>& helper : helpers)
        helper->wait();
    if (failure)
        std::rethrow_exception(failure);

    QList<Export> results;
    for (const std::optional<Export>& file : written) {
        if (file)
            results.append(*file);
    }
    return results;
}

} // namespace ia
