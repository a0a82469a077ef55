#include "BankExchange.h"

#include "DataFileError.h"
#include "pack/PackExporter.h"
#include "pack/PackFile.h"
#include "pack/PackImporter.h"
#include "pack/PackProblem.h"
#include "storage/StorageError.h"
#include "ui/RememberedInterviewer.h"
#include "ui/UserPrompts.h"

#include <QFileInfo>

namespace ia {

namespace {

// A refused file's problems, enough to fix the first ones without a dialog taller than the screen.
QString listed(const PackError& e)
{
    constexpr int shown = 15;
    QStringList lines;
    for (qsizetype i = 0; i < e.problems().size() && i < shown; ++i)
        lines.append(QStringLiteral("• %1: %2").arg(e.problems().at(i).where, e.problems().at(i).message));
    if (e.problems().size() > shown)
        lines.append(BankExchange::tr("… and %n more", nullptr, int(e.problems().size() - shown)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

BankExchange::BankExchange(const Database& database, std::function<UserPrompts&()> prompts)
    : m_database(database)
    , m_prompts(std::move(prompts))
{}

bool BankExchange::importPacks(QWidget* parent)
{
    UserPrompts& prompts = m_prompts();
    const QStringList paths = prompts.importPaths(parent, tr("Import question packs"),
                                                  tr("Question packs (*.json *.csv);;All files (*)"));
    if (paths.isEmpty())
        return false;
    QList<Pack> packs;
    for (const QString& path : paths) {
        try {
            packs.append(PackFile::read(path));
        } catch (const PackError& e) {
            prompts.inform(
                parent, tr("Pack refused"),
                tr("%1 was not imported; nothing was changed. Fix these and import it again:\n\n%2")
                    .arg(QFileInfo(path).fileName(), listed(e)));
            return false;
        } catch (const DataFileError& e) {
            prompts.inform(parent, tr("Pack refused"), e.message());
            return false;
        }
    }
    const QString author = RememberedInterviewer::authorName();
    try {
        QStringList preview;
        bool anything = false;
        const QList<PackImporter::Result> results =
            PackImporter(m_database, author).importAll(packs, PackImporter::Mode::Update, true);
        for (qsizetype i = 0; i < results.size(); ++i) {
            const PackImporter::Result& result = results.at(i);
            preview.append(QStringLiteral("%1: %2").arg(QFileInfo(paths.at(i)).fileName(), result.summary()));
            for (qsizetype c = 0; c < result.changes.size() && c < 12; ++c)
                preview.append(QStringLiteral("  + %1").arg(result.changes.at(c).name));
            if (result.changes.size() > 12)
                preview.append(tr("  … and %n more", nullptr, int(result.changes.size() - 12)));
            anything = anything || !result.changes.isEmpty();
        }
        if (!anything) {
            prompts.inform(
                parent, tr("Nothing to import"),
                tr("Everything in these packs is here already:\n\n%1").arg(preview.join(QLatin1Char('\n'))));
            return false;
        }
        if (!prompts.confirm(
                parent, tr("Import question packs"),
                tr("Importing will bring:\n\n%1\n\nChanged questions become new published versions; "
                   "interviews already held keep the versions they asked.")
                    .arg(preview.join(QLatin1Char('\n'))),
                tr("Import")))
            return false;
        PackImporter(m_database, author).importAll(packs);
        return true;
    } catch (const PackError& e) {
        prompts.inform(parent, tr("Pack refused"),
                       tr("The pack does not fit this database; nothing was changed.\n\n%1").arg(listed(e)));
    } catch (const StorageError& e) {
        prompts.inform(parent, tr("Could not import"), e.message());
    }
    return false;
}

void BankExchange::exportPack(QWidget* parent, const QStringList& kitNames)
{
    UserPrompts& prompts = m_prompts();
    try {
        const Pack pack = PackExporter::build(m_database, kitNames);
        const QString suggested =
            kitNames.size() == 1 ? QString(kitNames.first()).replace(QLatin1Char('/'), QLatin1Char('-')) +
                                       QStringLiteral(".json")
                                 : QStringLiteral("question-pack.json");
        const QString path = prompts.exportPath(parent, tr("Export a question pack"), suggested,
                                                tr("Question packs (*.json)"));
        if (path.isEmpty())
            return;
        if (const QString error = PackFile::write(path, pack); !error.isEmpty())
            prompts.inform(parent, tr("Could not export"), error);
    } catch (const DataFileError& e) {
        prompts.inform(parent, tr("Could not export"), e.message());
    } catch (const StorageError& e) {
        prompts.inform(parent, tr("Could not export"), e.message());
    }
}

} // namespace ia
