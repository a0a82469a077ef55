#include "PanelExchange.h"

#include "bundle/BundleExporter.h"
#include "bundle/BundleFormat.h"
#include "reports/ReportExporter.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "ui/RememberedInterviewer.h"
#include "ui/UserPrompts.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace ia {

namespace {

// When this person last exported from this database: the next export starts after it.
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
        BundleExporter::Selection selection;
        selection.interviewer = me->id;
        const QString key = lastExportKey(m_database, me->uuid);
        selection.submittedSince = QSettings().value(key).toDateTime();
        Bundle bundle = BundleExporter(m_database).collect(selection);
        if (bundle.scorecards.isEmpty() && selection.submittedSince.isValid()) {
            // Nothing new since the last export: offer everything again rather than an empty file.
            if (!prompts.confirm(
                    m_window, tr("Export my scorecards"),
                    tr("You have submitted no scorecard since your last export on %1. Export all "
                       "of your submitted scorecards again?")
                        .arg(
                            QLocale().toString(selection.submittedSince.toLocalTime(), QLocale::ShortFormat)),
                    tr("Export all")))
                return false;
            selection.submittedSince = {};
            bundle = BundleExporter(m_database).collect(selection);
        }
        if (bundle.scorecards.isEmpty()) {
            prompts.inform(
                m_window, tr("Export my scorecards"),
                tr("You have no submitted scorecard in this database yet; drafts are never exported."));
            return false;
        }
        const QString name =
            ReportExporter::defaultFileName(me->name, QStringLiteral("scorecards"), QDate::currentDate())
                .replace(QStringLiteral(".pdf"), QStringLiteral(".iapanel"));
        const QString path = prompts.exportPath(m_window, tr("Export my scorecards"), name, fileFilter());
        if (path.isEmpty())
            return false;
        if (const QString error = BundleExporter::write(bundle, path); !error.isEmpty()) {
            prompts.inform(m_window, tr("Export failed"), error);
            return false;
        }
        QSettings().setValue(key, bundle.exportedAt);
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
        try {
            const Bundle bundle = BundleFormat::fromJson(file.readAll());
            // The names match, the e-mails do not say: only the user knows. Asked before anything
            // is written, so the import stays one transaction.
            BundleImporter::Options options;
            const BundleImporter::Report preview = BundleImporter(m_database, options).preview(bundle);
            for (const BundleImporter::LookAlike& a : preview.lookAlikes) {
                const bool same = prompts.confirm(
                    m_window, tr("The same person?"),
                    tr("The bundle has %1 (%2). This database already has %3%4 for the same role. Are they "
                       "the "
                       "same person? If not, %1 is added as someone new.")
                        .arg(a.bundleName, a.role, a.existingName,
                             a.existingEmail.isEmpty() ? QString()
                                                       : QStringLiteral(" <%1>").arg(a.existingEmail)),
                    tr("Same person"));
                (same ? options.sameAsExisting : options.notTheSame).insert(a.bundleCandidateUuid);
            }
            const BundleImporter::Report report = BundleImporter(m_database, options).import(bundle);
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
