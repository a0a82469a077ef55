#include "Cli.h"

#include "AppPaths.h"
#include "DataFileError.h"
#include "bank/QuestionBank.h"
#include "core/AppInfo.h"
#include "demo/DemoData.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportExporter.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "storage/QuestionRepository.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <functional>

namespace ia {

namespace {

struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption db{QStringLiteral("db"),
                          Cli::tr("The database file (default: %1).").arg(AppPaths::defaultDatabasePath()),
                          Cli::tr("PATH")};
};

// Parses a subcommand's options (add extra ones to cl.parser first); returns an exit code to stop
// with, or -1 to go on.
int parse(CommandLine& cl, const QString& command, const QString& description, const QStringList& arguments,
          QTextStream& out, QTextStream& err)
{
    cl.parser.setApplicationDescription(description);
    cl.parser.addHelpOption();
    cl.parser.addOption(cl.db);
    QStringList args = arguments;
    args.first() = QStringLiteral("interview-cli ") + command;
    if (!cl.parser.parse(args)) {
        err << cl.parser.errorText() << '\n'
            << Cli::tr("Try 'interview-cli %1 --help'.").arg(command) << '\n';
        return 2;
    }
    if (cl.parser.isSet(QStringLiteral("help"))) {
        out << cl.parser.helpText();
        return 0;
    }
    if (!cl.parser.positionalArguments().isEmpty()) {
        err << Cli::tr("Unexpected argument: %1").arg(cl.parser.positionalArguments().first()) << '\n';
        return 2;
    }
    return -1;
}

// Runs work against an opened database and turns every failure into a message and exit code 1.
int withDatabase(const CommandLine& cl, QTextStream& err, const std::function<void(const Database&)>& work)
{
    const QString path = cl.parser.isSet(cl.db) ? cl.parser.value(cl.db) : AppPaths::defaultDatabasePath();
    try {
        const Database database(path);
        work(database);
        return 0;
    } catch (const StorageError& e) {
        err << Cli::tr("Error: %1").arg(e.message()) << '\n';
        if (!e.detail().isEmpty())
            err << Cli::tr("Details: %1").arg(e.detail()) << '\n';
    } catch (const DataFileError& e) {
        err << Cli::tr("Error: %1").arg(e.message()) << '\n';
    }
    return 1;
}

void printCounts(const Database& database, QTextStream& out)
{
    out << Cli::tr("Database: %1").arg(database.path()) << '\n'
        << Cli::tr("Schema version: %1").arg(database.schemaVersion()) << '\n'
        << Cli::tr("Questions: %1, kits: %2")
               .arg(QuestionRepository(database).count())
               .arg(KitRepository(database).all().size())
        << '\n'
        << Cli::tr("Candidates: %1, interviewers: %2, interviews: %3")
               .arg(CandidateRepository(database).count())
               .arg(InterviewerRepository(database).all().size())
               .arg(InterviewRepository(database).count())
        << '\n';
}

} // namespace

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{}

QString Cli::usage() const
{
    return tr("Usage: interview-cli COMMAND [OPTIONS]\n"
              "\n"
              "Interview Assistant on the command line; needs no display.\n"
              "\n"
              "Commands:\n"
              "  init    Create a database (or upgrade an existing one) with the default question bank\n"
              "  demo    Add demo candidates, interviewers and interviews to a database\n"
              "  export  Write a PDF scorecard (--interview), a debrief packet (--candidate) or\n"
              "          one packet per candidate (--all --out-dir)\n"
              "\n"
              "Options:\n"
              "  -h, --help     Show this help; 'interview-cli COMMAND --help' shows a command's options\n"
              "  -v, --version  Show the version\n");
}

int Cli::run(const QStringList& arguments)
{
    const QString command = arguments.value(1);
    if (command.isEmpty()) {
        m_err << usage();
        return 2;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        m_out << usage();
        return 0;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << "interview-cli " << AppInfo::version << '\n';
        return 0;
    }
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("init"))
        return runInit(rest);
    if (command == QLatin1String("demo"))
        return runDemo(rest);
    if (command == QLatin1String("export"))
        return runExport(rest);
    m_err << tr("Unknown command '%1'.").arg(command) << "\n\n" << usage();
    return 2;
}

int Cli::runInit(const QStringList& arguments)
{
    CommandLine cl;
    if (const int code =
            parse(cl, QStringLiteral("init"),
                  tr("Create a database with the default question bank, or upgrade an existing one."),
                  arguments, m_out, m_err);
        code >= 0)
        return code;
    return withDatabase(cl, m_err, [this](const Database& database) {
        QuestionBank::installDefault(database);
        if (!database.backupPath().isEmpty())
            m_out << tr("Upgraded; the previous version was saved as %1").arg(database.backupPath()) << '\n';
        printCounts(database, m_out);
    });
}

int Cli::runDemo(const QStringList& arguments)
{
    CommandLine cl;
    if (const int code = parse(cl, QStringLiteral("demo"),
                               tr("Add demo candidates, interviewers and interviews (once per database)."),
                               arguments, m_out, m_err);
        code >= 0)
        return code;
    return withDatabase(cl, m_err, [this](const Database& database) {
        if (!DemoData::create(database))
            m_out << tr("The demo data was already there; nothing was added.") << '\n';
        printCounts(database, m_out);
    });
}

} // namespace ia

namespace ia {

int Cli::runExport(const QStringList& arguments)
{
    CommandLine cl;
    const QCommandLineOption interview(QStringLiteral("interview"),
                                       tr("Export the scorecard of interview ID."), tr("ID"));
    const QCommandLineOption candidate(
        QStringLiteral("candidate"), tr("Export the debrief packet of a candidate, by number or exact name."),
        tr("NAME_OR_ID"));
    const QCommandLineOption all(QStringLiteral("all"), tr("Export one debrief packet per candidate."));
    const QCommandLineOption out(QStringLiteral("out"), tr("The PDF file to write."), tr("FILE"));
    const QCommandLineOption outDir(QStringLiteral("out-dir"), tr("The folder for --all."), tr("DIR"));
    const QCommandLineOption paper(QStringLiteral("paper"), tr("a4 or letter (default: from the locale)."),
                                   tr("SIZE"));
    cl.parser.addOptions({interview, candidate, all, out, outDir, paper});
    if (const int code =
            parse(cl, QStringLiteral("export"),
                  tr("Write PDF scorecards and debrief packets. Needs no display."), arguments, m_out, m_err);
        code >= 0)
        return code;

    const int chosen =
        int(cl.parser.isSet(interview)) + int(cl.parser.isSet(candidate)) + int(cl.parser.isSet(all));
    if (chosen != 1) {
        m_err << tr("Choose exactly one of --interview, --candidate and --all.") << '\n';
        return 2;
    }
    if (cl.parser.isSet(all) ? !cl.parser.isSet(outDir) : !cl.parser.isSet(out)) {
        m_err << (cl.parser.isSet(all) ? tr("--all needs --out-dir DIR.")
                                       : tr("Give the file to write with --out FILE."))
              << '\n';
        return 2;
    }
    QPageSize pageSize = PdfReportWriter::defaultPageSize();
    if (cl.parser.isSet(paper)) {
        const std::optional<QPageSize> size = PdfReportWriter::pageSizeFromName(cl.parser.value(paper));
        if (!size) {
            m_err << tr("Unknown paper size '%1'; use a4 or letter.").arg(cl.parser.value(paper)) << '\n';
            return 2;
        }
        pageSize = *size;
    }

    int failures = 0;
    const int code = withDatabase(cl, m_err, [&](const Database& database) {
        const ReportExporter exporter(database, pageSize);
        QList<ReportExporter::Export> results;
        if (cl.parser.isSet(interview)) {
            bool ok = false;
            const InterviewId id = cl.parser.value(interview).toLongLong(&ok);
            if (!ok)
                throw StorageError(StorageError::Kind::Failed,
                                   tr("'%1' is not an interview number.").arg(cl.parser.value(interview)));
            results.append(exporter.scorecard(id, cl.parser.value(out)));
        } else if (cl.parser.isSet(candidate)) {
            results.append(
                exporter.packet(exporter.findCandidate(cl.parser.value(candidate)), cl.parser.value(out)));
        } else {
            results = exporter.allPackets(cl.parser.value(outDir));
            if (results.isEmpty())
                m_out << tr("No candidate has a submitted interview yet; nothing was written.") << '\n';
        }
        for (const ReportExporter::Export& r : std::as_const(results)) {
            if (r.ok) {
                m_out << tr("Wrote %1 (pages: %2)").arg(r.path, QString::number(r.pages)) << '\n';
            } else {
                m_err << tr("Error: %1").arg(r.error) << '\n';
                ++failures;
            }
        }
    });
    return code != 0 ? code : (failures > 0 ? 1 : 0);
}

} // namespace ia
