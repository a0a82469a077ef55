#include "PanelExchange.h"

#include "bundle/BundleExporter.h"
#include "bundle/BundleFormat.h"
#include "reports/ReportExporter.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/StorageError.h"
#include "ui/BackgroundWork.h"
#include "ui/RememberedInterviewer.h"
#include "ui/UserPrompts.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSettings>

#include <algorithm>

namespace ia {

namespace {

// The newest submission this person has exported from this database: the next export ticks what
// came after it.
QString lastExportKey(const Database& database, const QString& interviewer)
{
    return QStringLiteral("bundle/lastExport/%1/%2")
        .arg(QString::fromLatin1(database.path().toUtf8().toHex()), interviewer);
}

} // namespace

PanelExchange::PanelExchange(const Database& database, std::function<UserPrompts&()> prompts, QWidget* window)
    : m_database(database)
    , m_prompts(std::move(prompts))
    , m_window(window)
{}

QString PanelExchange::fileFilter()
{
    return tr("Scorecard bundles (*.iapanel)");
}

bool PanelExchange::isBundle(const QString& path)
{
    return path.endsWith(QStringLiteral(".iapanel"), Qt::CaseInsensitive);
}

bool PanelExchange::exportMine()
{
    if (m_busy)
        return false;
    m_busy = true;
    const auto idleAgain = qScopeGuard([this] { m_busy = false; });
    UserPrompts& prompts = m_prompts();
    std::optional<Interviewer> me;
    try {
        me = RememberedInterviewer::in(m_database);
    } catch (const StorageError& e) {
        prompts.inform(m_window, tr("Export my scorecards"), e.message());
        return false;
    }
    if (!me) {
        prompts.inform(
            m_window, tr("Export my scorecards"),
            tr("The app does not know who you are in this database yet. Start or resume one of your "
               "interviews first; then your submitted scorecards can be exported."));
        return false;
    }
    try {
        // One line per candidate you have submitted a scorecard of, newest first; those submitted
        // since your last export from this database are ticked.
        const QString key = lastExportKey(m_database, me->uuid);
        const QDateTime lastExport = QSettings().value(key).toDateTime();
        QList<CandidateId> offered;
        QList<QDateTime> newestOf; // each offered candidate's newest submission
        QStringList lines;
        QList<int> ticked;
        CandidateRepository candidates(m_database);
        for (const Interview& iv : InterviewRepository(m_database).submittedBy(me->id)) {
            if (offered.contains(iv.candidateId))
                continue;
            const std::optional<Candidate> c = candidates.get(iv.candidateId);
            if (!c)
                continue;
            if (!lastExport.isValid() || iv.submittedAt > lastExport)
                ticked.append(int(offered.size()));
            offered.append(iv.candidateId);
            newestOf.append(iv.submittedAt);
            lines << tr("%1 (%2), submitted %3")
                         .arg(c->name, iv.role.isEmpty() ? c->role : iv.role,
                              QLocale().toString(iv.submittedAt.toLocalTime(), QLocale::ShortFormat));
        }
        if (offered.isEmpty()) {
            prompts.inform(
                m_window, tr("Export my scorecards"),
                tr("You have no submitted scorecard in this database yet; drafts are never exported."));
            return false;
        }
        const QString explanation =
            !lastExport.isValid()
                ? tr("Your submitted scorecards of these candidates go into one file for the hiring manager.")
            : ticked.isEmpty()
                ? tr("Everything you have submitted was in an earlier export (the newest scorecard from %1). "
                     "Tick the candidates whose scorecards you want to send again.")
                      .arg(QLocale().toString(lastExport.toLocalTime(), QLocale::ShortFormat))
                : tr("The candidates with scorecards you submitted since your last export are ticked.");
        const std::optional<QList<int>> chosen = prompts.chooseItems(
            m_window, tr("Export my scorecards"), explanation, lines, ticked, tr("Export…"));
        if (!chosen)
            return false;
        BundleExporter::Selection selection;
        selection.interviewer = me->id;
        for (const int i : *chosen)
            selection.candidates.append(offered.at(i));
        const QString name =
            ReportExporter::defaultFileName(me->name, QStringLiteral("scorecards"), QDate::currentDate())
                .replace(QStringLiteral(".pdf"), QStringLiteral(".iapanel"));
        const QString path = prompts.exportPath(m_window, tr("Export my scorecards"), name, fileFilter());
        if (path.isEmpty())
            return false;
        Bundle bundle;
        QString error;
        bool written = false;
        BackgroundWork::run(m_window, tr("Writing %1…").arg(QFileInfo(path).fileName()), m_database,
                            [&](BackgroundWork::Progress& progress) {
                                bundle = BundleExporter(m_database).collect(selection);
                                if (progress.cancelled())
                                    return; // nothing written
                                error = BundleExporter::write(bundle, path);
                                written = error.isEmpty();
                            });
        if (!written && error.isEmpty())
            return false; // cancelled before the file was written
        if (!error.isEmpty()) {
            prompts.inform(m_window, tr("Export failed"), error);
            return false;
        }
        // Remembered as the newest submission sent, not the clock: what is submitted later (or
        // submitted again) is what the next export ticks.
        QDateTime newest = lastExport;
        for (const BundleScorecard& card : std::as_const(bundle.scorecards)) {
            if (!newest.isValid() || card.interview.submittedAt > newest)
                newest = card.interview.submittedAt;
        }
        // Never past a new submission that was left unticked: it has not been sent yet, so the
        // next export ticks it again (and, harmlessly, what was sent after it).
        for (qsizetype i = 0; i < offered.size(); ++i) {
            const bool sent = std::find(chosen->cbegin(), chosen->cend(), int(i)) != chosen->cend();
            const QDateTime at = newestOf.at(i);
            if (!sent && (!lastExport.isValid() || at > lastExport) && at <= newest)
                newest = at.addSecs(-1);
        }
        if (newest.isValid() && (!lastExport.isValid() || newest > lastExport))
            QSettings().setValue(key, newest);
        prompts.inform(
            m_window, tr("Export my scorecards"),
            tr("Wrote %n scorecard(s) to %1. Send the file to the hiring manager; it holds personal "
               "data, so send it the way you would send the candidates' CVs.",
               nullptr, int(bundle.scorecards.size()))
                .arg(path));
        return true;
    } catch (const StorageError& e) {
        prompts.inform(m_window, tr("Export failed"), e.message());
        return false;
    }
}

bool PanelExchange::importChosenFiles()
{
    const QStringList paths = m_prompts().importPaths(m_window, tr("Import scorecards"), fileFilter());
    return !paths.isEmpty() && importFiles(paths);
}

bool PanelExchange::importFiles(const QStringList& paths)
{
    if (m_busy)
        return false;
    m_busy = true;
    const auto idleAgain = qScopeGuard([this] { m_busy = false; });
    UserPrompts& prompts = m_prompts();
    if (m_database.isReadOnly()) {
        prompts.inform(m_window, tr("Import scorecards"),
                       tr("This database is open for reading only (%1), so nothing can be imported into it.")
                           .arg(m_database.readOnlyReason()));
        return false;
    }
    bool changed = false;
    QStringList summaries;
    for (const QString& path : paths) {
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        if (file.size() > BundleFormat::maxFileBytes || !file.open(QIODevice::ReadOnly)) {
            summaries << tr("%1: not imported: %2")
                             .arg(name, file.size() > BundleFormat::maxFileBytes ? tr("the file is too large")
                                                                                 : file.errorString());
            continue;
        }
        const QString cancelled = tr("%1: not imported, as you cancelled. Nothing was changed.").arg(name);
        try {
            // Reading, checking and previewing a large bundle takes a while: off the window's thread.
            Bundle bundle;
            BundleImporter::Report preview;
            BundleImporter::Options options;
            const bool cancelledReading = BackgroundWork::run(
                m_window, tr("Reading %1…").arg(name), m_database, [&](BackgroundWork::Progress& progress) {
                    bundle = BundleFormat::fromJson(file.readAll());
                    options.progress = progress.callback();
                    preview = BundleImporter(m_database, options).preview(bundle);
                });
            options.progress = {}; // it reported to the work's progress, gone now
            if (cancelledReading || preview.stopped) {
                summaries << cancelled;
                continue;
            }
            // The names match, the e-mails do not say: only the user knows. Asked before anything
            // is written, so the import stays one transaction.
            for (const BundleImporter::LookAlike& a : preview.lookAlikes) {
                const bool same = prompts.confirm(
                    m_window, tr("The same person?"),
                    tr("The bundle has %1 (%2). This database already has %3%4 for the same role. Are they "
                       "the same person? If not, %1 is added as someone new.")
                        .arg(a.bundleName, a.role, a.existingName,
                             a.existingEmail.isEmpty() ? QString()
                                                       : QStringLiteral(" <%1>").arg(a.existingEmail)),
                    tr("Same person"));
                (same ? options.sameAsExisting : options.notTheSame).insert(a.bundleCandidateUuid);
            }
            BundleImporter::Report report;
            BackgroundWork::run(m_window, tr("Importing %1…").arg(name), m_database,
                                [&](BackgroundWork::Progress& progress) {
                                    options.progress = progress.callback();
                                    report = BundleImporter(m_database, options).import(bundle);
                                });
            options.progress = {};
            if (report.stopped) {
                summaries << cancelled;
                continue;
            }
            changed = changed || report.changedAnything();
            summaries << tr("%1:\n%2").arg(name, report.summary());
        } catch (const BundleError& e) {
            summaries << tr("%1: not imported, nothing was changed. %2").arg(name, e.message());
        } catch (const StorageError& e) {
            summaries << tr("%1: not imported, nothing was changed. %2").arg(name, e.message());
        }
    }
    prompts.inform(m_window, tr("Import scorecards"), summaries.join(QStringLiteral("\n\n")));
    return changed;
}

} // namespace ia
