#include "BankCommand.h"

#include "CommandLine.h"
#include "DataFileError.h"
#include "pack/PackExporter.h"
#include "pack/PackFile.h"
#include "pack/PackImporter.h"
#include "pack/PackProblem.h"
#include "storage/Database.h"
#include "storage/KitRepository.h"
#include "storage/QuestionRepository.h"

#include <QTextStream>

namespace ia {

namespace {

// Who an import names as the author of the versions it adds: --author, else the login name.
QString authorOf(const CommandLine& cl, const QCommandLineOption& author)
{
    if (cl.parser.isSet(author))
        return cl.parser.value(author).trimmed();
    return qEnvironmentVariable("USER");
}

QString minutesOf(int seconds)
{
    return QString::number(seconds / 60.0, 'f', seconds % 60 == 0 ? 0 : 1);
}

} // namespace

BankCommand::BankCommand(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{}

int BankCommand::run(const QStringList& arguments)
{
    const QString action = arguments.value(1);
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty())
        rest.first() = QStringLiteral("bank ") + action;
    if (action == QLatin1String("list"))
        return list(rest);
    if (action == QLatin1String("export"))
        return exportPack(rest);
    if (action == QLatin1String("import"))
        return importPacks(rest);
    m_err
        << tr("Use 'interview-cli bank list', 'bank export' or 'bank import'; add --help for their options.")
        << '\n';
    return 2;
}

int BankCommand::list(const QStringList& arguments)
{
    CommandLine cl;
    if (const int code = parse(cl, QStringLiteral("bank list"),
                               tr("List the questions and kits of a database: version, drafts, use."),
                               arguments, m_out, m_err);
        code >= 0)
        return code;
    return withDatabase(cl, m_err, Access::ExistingOnly, [&](const Database& database) {
        m_out << tr("Questions") << '\n';
        for (const QuestionOverview& q : QuestionRepository(database).overview()) {
            QStringList state;
            state.append(q.publishedVersion > 0 ? tr("v%1").arg(q.publishedVersion) : tr("new"));
            if (q.hasDraft)
                state.append(tr("draft"));
            if (q.archived)
                state.append(tr("archived"));
            m_out << QStringLiteral("  %1  %2 / %3  [%4]  %5")
                         .arg(q.uuid, q.category, q.title, state.join(QStringLiteral(", ")),
                              tr("asked %n time(s)", nullptr, q.timesAsked));
            if (!q.kits.isEmpty())
                m_out << QStringLiteral("  ") << tr("in %1").arg(q.kits.join(QStringLiteral(", ")));
            m_out << '\n';
        }
        m_out << '\n' << tr("Kits") << '\n';
        for (const Kit& kit : KitRepository(database).all()) {
            const Kit working = KitRepository(database).working(kit.id).value_or(kit);
            QStringList state;
            state.append(kit.version > 0 ? tr("v%1").arg(kit.version) : tr("never published"));
            if (kit.changed)
                state.append(tr("unpublished changes"));
            if (kit.archived)
                state.append(tr("archived"));
            m_out << QStringLiteral("  %1  [%2]  %3  ")
                         .arg(kit.name, state.join(QStringLiteral(", ")),
                              kit.role.isEmpty() ? tr("no role") : kit.role)
                  << tr("%n question(s), %1 min", nullptr, int(working.items.size()))
                         .arg(minutesOf(working.totalBudgetSeconds()));
            if (kit.targetSeconds > 0)
                m_out << ' ' << tr("of %1 min").arg(minutesOf(kit.targetSeconds));
            m_out << '\n';
        }
    });
}

int BankCommand::exportPack(const QStringList& arguments)
{
    CommandLine cl;
    const QCommandLineOption kit(
        QStringLiteral("kit"),
        tr("Only this kit and its questions (repeatable); without it, every published "
           "question and kit that is not archived."),
        tr("NAME"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The pack file to write (JSON)."), tr("FILE"));
    cl.parser.addOption(kit);
    cl.parser.addOption(out);
    if (const int code = parse(cl, QStringLiteral("bank export"),
                               tr("Write questions and kits to a question pack (JSON) another database can "
                                  "import."),
                               arguments, m_out, m_err);
        code >= 0)
        return code;
    if (!cl.parser.isSet(out)) {
        m_err << tr("Name the file to write with --out FILE.json.") << '\n';
        return 2;
    }
    return withDatabase(cl, m_err, Access::ExistingOnly, [&](const Database& database) {
        const Pack pack = PackExporter::build(database, cl.parser.values(kit));
        if (const QString error = PackFile::write(cl.parser.value(out), pack); !error.isEmpty())
            throw DataFileError(error);
        m_out << tr("Wrote %n question(s)", nullptr, int(pack.questions.size())) << ' '
              << tr("and %n kit(s) to %1", nullptr, int(pack.kits.size())).arg(cl.parser.value(out)) << '\n';
    });
}

int BankCommand::importPacks(const QStringList& arguments)
{
    CommandLine cl;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Say what would change, and change nothing."));
    const QCommandLineOption author(
        QStringLiteral("author"),
        tr("Who the new versions are by in the history (default: your login name)."), tr("NAME"));
    cl.parser.addOption(dryRun);
    cl.parser.addOption(author);
    cl.parser.addPositionalArgument(QStringLiteral("FILE"),
                                    tr("Pack files, JSON or CSV (told apart by content)."), tr("FILE..."));
    if (const int code =
            parse(cl, QStringLiteral("bank import"),
                  tr("Bring question packs into a database. Every file is checked first; if one is "
                     "refused, nothing is written."),
                  arguments, m_out, m_err, -1);
        code >= 0)
        return code;
    const QStringList files = cl.parser.positionalArguments();
    if (files.isEmpty()) {
        m_err << tr("Name the pack files to import.") << '\n';
        return 2;
    }
    // Read and check every file before the database is touched.
    QList<Pack> packs;
    bool refused = false;
    for (const QString& path : files) {
        try {
            packs.append(PackFile::read(path));
        } catch (const PackError& e) {
            m_err << tr("%1 was refused:").arg(path) << '\n';
            for (const PackProblem& p : e.problems())
                m_err << QStringLiteral("  %1: %2").arg(p.where, p.message) << '\n';
            refused = true;
        } catch (const DataFileError& e) {
            m_err << tr("Error: %1").arg(e.message()) << '\n';
            refused = true;
        }
    }
    if (refused) {
        m_err << tr("Nothing was imported.") << '\n';
        return 1;
    }
    return withDatabase(cl, m_err, Access::ExistingOnly, [&](const Database& database) {
        const QList<PackImporter::Result> results =
            PackImporter(database, authorOf(cl, author))
                .importAll(packs, PackImporter::Mode::Update, cl.parser.isSet(dryRun));
        for (qsizetype i = 0; i < results.size(); ++i) {
            const PackImporter::Result& result = results.at(i);
            m_out << files.at(i) << ": "
                  << (cl.parser.isSet(dryRun) ? tr("would bring %1").arg(result.summary()) : result.summary())
                  << '\n';
            for (const PackImporter::Change& c : result.changes)
                m_out << QStringLiteral("  + ") << c.name << '\n';
        }
    });
}

} // namespace ia
