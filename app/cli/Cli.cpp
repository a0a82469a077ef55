#include "Cli.h"

#include "AppPaths.h"
#include "BankCommand.h"
#include "CommandLine.h"
#include "DataFileError.h"
#include "ServerCommand.h"
#include "bank/QuestionBank.h"
#include "bundle/BundleExporter.h"
#include "bundle/BundleFormat.h"
#include "bundle/BundleImporter.h"
#include "core/AppInfo.h"
#include "demo/DemoData.h"
#include "desk/HiringDesk.h"
#include "desk/ManagerPassphrase.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportExporter.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "storage/PanelRepository.h"
#include "storage/QuestionRepository.h"
#include "storage/SearchRepository.h"
#include "storage/ServerAddress.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QTimeZone>

#include <functional>
#include <termios.h>
#include <unistd.h>

namespace ia {

namespace {

// Whose view: --as NAME (blind scoring applies) or --manager (the passphrase). One of them is
// required; there is no view that sees everything for free.
const QCommandLineOption asOption(QStringLiteral("as"),
                                  Cli::tr("See the data as this interviewer would (blind scoring applies): "
                                          "their name, e-mail or UUID."),
                                  Cli::tr("INTERVIEWER"));
const QCommandLineOption managerOption(
    QStringLiteral("manager"),
    Cli::tr("See everything, as the hiring manager; asks for the manager passphrase (on the terminal, or "
            "the first line of standard input)."));

// The manager's view after the passphrase, or a StorageError saying why not.
Viewer unlockManager(const Database& database)
{
    if (!ManagerPassphrase::isSet(database)) {
        throw StorageError(StorageError::Kind::Denied,
                           Cli::tr("No manager passphrase is set for this database yet. Choose one with "
                                   "\"interview-cli manager-passphrase --db %1\" or in the app (View → "
                                   "Manager mode).")
                               .arg(database.path()));
    }
    if (std::optional<Viewer> manager =
            ManagerPassphrase::unlock(database, readSecret(Cli::tr("Manager passphrase: "))))
        return *manager;
    throw StorageError(StorageError::Kind::Denied, Cli::tr("That is not the manager passphrase."));
}

// Checked before the database is opened: exit code 2 when the command line does not say whose view.
bool viewerOptionsAreValid(const CommandLine& cl, QTextStream& err)
{
    const bool as = cl.parser.isSet(asOption);
    const bool manager = cl.parser.isSet(managerOption);
    if (as && manager) {
        err << Cli::tr("Choose one of --as and --manager.") << '\n';
        return false;
    }
    // On a team server the login may decide (viewerFor), which is known only once connected.
    if (!as && !manager && !ServerAddress::isServerUrl(cl.parser.value(cl.db))) {
        err << Cli::tr("Say whose view this is: --as INTERVIEWER (blind scoring applies) or --manager "
                       "(asks for the manager passphrase).")
            << '\n';
        return false;
    }
    return true;
}

// The interviewer --as names: a UUID or an e-mail names one person; a name may be shared, and then
// it is not enough.
Interviewer interviewerFor(const CommandLine& cl, const Database& database)
{
    const QString who = cl.parser.value(asOption).trimmed();
    const InterviewerRepository interviewers(database);
    if (const std::optional<Interviewer> byUuid = interviewers.byUuid(who.toLower()))
        return *byUuid;
    QList<Interviewer> matches = interviewers.named(who);
    if (matches.isEmpty()) {
        for (const Interviewer& i : interviewers.all()) {
            if (!i.email.isEmpty() && i.email.compare(who, Qt::CaseInsensitive) == 0)
                matches.append(i);
        }
    }
    if (matches.isEmpty())
        throw StorageError(StorageError::Kind::Denied,
                           Cli::tr("There is no interviewer called \"%1\".").arg(who));
    if (matches.size() > 1) {
        QStringList which;
        for (const Interviewer& i : std::as_const(matches))
            which << QStringLiteral("%1 <%2> %3").arg(i.name, i.email, i.uuid);
        throw StorageError(
            StorageError::Kind::Denied,
            Cli::tr("%1 interviewers are called \"%2\"; give the e-mail or the UUID of the one "
                    "you are: %3.")
                .arg(matches.size())
                .arg(who, which.join(QStringLiteral("; "))));
    }
    return matches.first();
}

Viewer viewerFor(const CommandLine& cl, const Database& database)
{
    // A team server's roles decide for a login bound to an interviewer; --as and --manager may only
    // say the same.
    if (const std::optional<Viewer>& server = database.serverViewer()) {
        if (cl.parser.isSet(managerOption) && !server->manager)
            throw StorageError(StorageError::Kind::Denied,
                               Cli::tr("Your login is not a manager on this team server; its administrator "
                                       "makes it one with \"interview-cli server add-user --manager\"."));
        if (cl.parser.isSet(asOption) && interviewerFor(cl, database).id != server->interviewer)
            throw StorageError(StorageError::Kind::Denied,
                               Cli::tr("On a team server you are the interviewer your login is bound to; "
                                       "leave out --as, or log in as %1.")
                                   .arg(cl.parser.value(asOption)));
        return *server;
    }
    if (cl.parser.isSet(managerOption))
        return unlockManager(database);
    if (!cl.parser.isSet(asOption))
        throw StorageError(StorageError::Kind::Denied,
                           Cli::tr("Say whose view this is: --as INTERVIEWER (blind scoring applies) or "
                                   "--manager (asks for the manager passphrase)."));
    return Viewer::interviewerOnly(interviewerFor(cl, database).id);
}

// --format csv|json; returns false (after saying why) for anything else.
bool formatIsValid(const QString& format, QTextStream& err)
{
    if (format == QLatin1String("csv") || format == QLatin1String("json"))
        return true;
    err << Cli::tr("Unknown format '%1'; use csv or json.").arg(format) << '\n';
    return false;
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
    return tr(
        "Usage: interview-cli COMMAND [OPTIONS]\n"
        "\n"
        "Interview Assistant on the command line; needs no display.\n"
        "\n"
        "Commands:\n"
        "  init    Create a database (or upgrade an existing one) with the default question bank\n"
        "  demo    Add demo candidates, interviewers and interviews to a database\n"
        "  export  Write a PDF scorecard (--interview), a debrief packet (--candidate) or\n"
        "          one packet per candidate (--all --out-dir)\n"
        "  compare     The candidates of a role side by side (--role, --format csv|json)\n"
        "  calibration Each interviewer against the rest of the panel (--format csv|json)\n"
        "  search      Full-text search over notes, highlights, summaries and code\n"
        "  erase       Remove a candidate and everything about them (--candidate ID)\n"
        "  manager-passphrase  Choose or change the manager passphrase of a database\n"
        "  bundle export  Write an interviewer's submitted scorecards to a bundle for the manager\n"
        "  bundle import  Merge scorecard bundles into a database\n"
        "  bank list      The questions and kits of a database, with versions and drafts\n"
        "  bank export    Write questions and kits to a question pack (--kit NAME, --out FILE)\n"
        "  bank import    Bring question packs (JSON or CSV) into a database\n"
        "  server setup   Set up a team server (PostgreSQL) once, as its owner\n"
        "  server import  Move a database file onto a team server just set up\n"
        "  server add-user Give a person a login on a team server, bound to their interviewer\n"
        "  server upgrade Bring a team server's schema up to this version\n"
        "\n"
        "compare, calibration, search and export show what one person may see: --as INTERVIEWER\n"
        "(blind scoring applies) or --manager (asks for the manager passphrase). erase asks for it\n"
        "too. On a terminal it is typed without echo; otherwise it is the first line of standard input.\n"
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
    if (command == QLatin1String("compare"))
        return runCompare(rest);
    if (command == QLatin1String("calibration"))
        return runCalibration(rest);
    if (command == QLatin1String("search"))
        return runSearch(rest);
    if (command == QLatin1String("erase"))
        return runErase(rest);
    if (command == QLatin1String("manager-passphrase"))
        return runManagerPassphrase(rest);
    if (command == QLatin1String("bundle"))
        return runBundle(rest);
    if (command == QLatin1String("bank"))
        return BankCommand(m_out, m_err).run(rest);
    if (command == QLatin1String("server"))
        return ServerCommand(m_out, m_err).run(rest);
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
    return withDatabase(cl, m_err, Access::MayCreate, [this](const Database& database) {
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
    return withDatabase(cl, m_err, Access::MayCreate, [this](const Database& database) {
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
    cl.parser.addOptions({interview, candidate, all, out, outDir, paper, asOption, managerOption});
    if (const int code =
            parse(cl, QStringLiteral("export"),
                  tr("Write PDF scorecards and debrief packets. Needs no display."), arguments, m_out, m_err);
        code >= 0)
        return code;
    if (!viewerOptionsAreValid(cl, m_err))
        return 2;

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
    const int code = withDatabase(cl, m_err, Access::ExistingOnly, [&](const Database& database) {
        const ReportExporter exporter(database, pageSize, viewerFor(cl, database));
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
            // Each file as it is written, so a long export shows its progress (and what was done
            // if it is stopped).
            ReportExporter::BatchOptions batch;
            batch.progress = [this, &failures](int done, int total, const ReportExporter::Export& file) {
                const QString counter = QStringLiteral("[%1/%2]").arg(done).arg(total);
                if (file.ok) {
                    m_out << tr("%1 %2 (pages: %3)")
                                 .arg(counter, QFileInfo(file.path).fileName(), QString::number(file.pages))
                          << Qt::endl;
                } else {
                    m_err << tr("%1 Error: %2").arg(counter, file.error) << Qt::endl;
                    ++failures;
                }
                return true;
            };
            const QString folder = QFileInfo(cl.parser.value(outDir)).absoluteFilePath();
            const QList<ReportExporter::Export> written = exporter.allPackets(folder, batch);
            if (written.isEmpty()) {
                m_out << tr("No candidate has a submitted interview yet; nothing was written.") << '\n';
            } else if (written.size() == 1 && !written.first().ok && written.first().path == folder) {
                m_err << tr("Error: %1").arg(written.first().error) << '\n'; // the folder itself
                ++failures;
            } else {
                m_out << tr("Debrief packets written to %3: %1 of %2.")
                             .arg(QString::number(written.size() - failures), QString::number(written.size()),
                                  folder)
                      << '\n';
            }
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

namespace ia {

int Cli::runCompare(const QStringList& arguments)
{
    CommandLine cl;
    const QCommandLineOption role(QStringLiteral("role"), tr("The role whose candidates to compare."),
                                  tr("ROLE"));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv (default), json or pdf (with --out)."),
                                    tr("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The PDF file to write, for --format pdf."),
                                 tr("FILE"));
    cl.parser.addOptions({role, format, out, asOption, managerOption});
    if (const int code =
            parse(cl, QStringLiteral("compare"),
                  tr("The candidates of a role side by side: per question the panel's mean, spread and "
                     "number of scores; per category and overall the weighted mean."),
                  arguments, m_out, m_err);
        code >= 0)
        return code;
    if (!viewerOptionsAreValid(cl, m_err))
        return 2;
    if (!cl.parser.isSet(role)) {
        m_err << tr("Name the role with --role ROLE.") << '\n';
        return 2;
    }
    const bool pdf = cl.parser.value(format) == QLatin1String("pdf");
    if (!pdf && !formatIsValid(cl.parser.value(format), m_err))
        return 2;
    if (pdf && !cl.parser.isSet(out)) {
        m_err << tr("--format pdf needs --out FILE.") << '\n';
        return 2;
    }
    bool failed = false;
    const int code = withDatabase(cl, m_err, Access::ExistingOnly, [&](const Database& database) {
        const Viewer viewer = viewerFor(cl, database);
        const HiringDesk desk(database, viewer);
        const Comparison comparison = desk.compare(cl.parser.value(role));
        if (comparison.columns().isEmpty()) {
            QStringList roles = PanelRepository(database).roles();
            throw StorageError(StorageError::Kind::Failed,
                               tr("No candidate applied for \"%1\". Roles: %2.")
                                   .arg(cl.parser.value(role), roles.join(QStringLiteral(", "))));
        }
        if (pdf) {
            const ReportExporter::Export result =
                ReportExporter(database, PdfReportWriter::defaultPageSize(), viewer)
                    .comparison(comparison, cl.parser.value(out));
            if (result.ok) {
                m_out << tr("Wrote %1 (pages: %2)").arg(result.path, QString::number(result.pages)) << '\n';
            } else {
                m_err << tr("Error: %1").arg(result.error) << '\n';
                failed = true;
            }
            return;
        }
        if (cl.parser.value(format) == QLatin1String("json"))
            comparison.writeJson(m_out);
        else
            comparison.writeCsv(m_out);
    });
    return code != 0 ? code : (failed ? 1 : 0);
}

int Cli::runCalibration(const QStringList& arguments)
{
    CommandLine cl;
    const QCommandLineOption format(QStringLiteral("format"), tr("csv (default) or json."), tr("FORMAT"),
                                    QStringLiteral("csv"));
    const QCommandLineOption threshold(
        QStringLiteral("threshold"),
        tr("How far from the panel, in points, counts as lenient or harsh (default "
           "0.5)."),
        tr("POINTS"), QStringLiteral("0.5"));
    cl.parser.addOptions({format, threshold, asOption, managerOption});
    if (const int code =
            parse(cl, QStringLiteral("calibration"),
                  tr("Each interviewer's scorecards, mean score, spread and mean deviation from the "
                     "rest of the panel on the same questions."),
                  arguments, m_out, m_err);
        code >= 0)
        return code;
    if (!viewerOptionsAreValid(cl, m_err))
        return 2;
    if (!formatIsValid(cl.parser.value(format), m_err))
        return 2;
    bool ok = false;
    CalibrationPolicy policy;
    policy.threshold = cl.parser.value(threshold).toDouble(&ok);
    if (!ok || policy.threshold <= 0) {
        m_err << tr("--threshold needs a positive number of points, such as 0.5.") << '\n';
        return 2;
    }
    return withDatabase(cl, m_err, Access::ExistingOnly, [&](const Database& database) {
        const QList<CalibrationRow> rows = HiringDesk(database, viewerFor(cl, database)).calibration();
        m_out << (cl.parser.value(format) == QLatin1String("json") ? calibrationJson(rows, policy)
                                                                   : calibrationCsv(rows, policy));
    });
}

int Cli::runSearch(const QStringList& arguments)
{
    CommandLine cl;
    cl.parser.addPositionalArgument(QStringLiteral("query"),
                                    tr("The words to find (all of them; word* for a prefix)."));
    cl.parser.addOptions({asOption, managerOption});
    if (const int code =
            parse(cl, QStringLiteral("search"),
                  tr("Full-text search over evidence notes, highlights, summaries, code answers and "
                     "candidate notes, best match first."),
                  arguments, m_out, m_err, 1);
        code >= 0)
        return code;
    if (!viewerOptionsAreValid(cl, m_err))
        return 2;
    return withDatabase(cl, m_err, Access::ExistingOnly, [&](const Database& database) {
        const QList<SearchHit> hits = SearchRepository(database).search(
            cl.parser.positionalArguments().first(), viewerFor(cl, database));
        for (const SearchHit& hit : hits) {
            QString snippet = hit.snippet;
            snippet.replace(QChar(1), QLatin1Char('[')).replace(QChar(2), QLatin1Char(']'));
            QStringList where{hit.candidateName, hit.kindName()};
            if (!hit.interviewerName.isEmpty())
                where << hit.interviewerName;
            if (!hit.questionTitle.isEmpty())
                where << hit.questionTitle;
            m_out << where.join(QStringLiteral(" · ")) << '\n'
                  << QStringLiteral("    ") << snippet.simplified() << '\n';
        }
        if (hits.isEmpty())
            m_out << tr("Nothing found.") << '\n';
    });
}

int Cli::runErase(const QStringList& arguments)
{
    CommandLine cl;
    const QCommandLineOption candidate(QStringLiteral("candidate"),
                                       tr("The number of the candidate to erase."), tr("ID"));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Do not ask for confirmation on a terminal."));
    cl.parser.addOptions({candidate, yes});
    if (const int code =
            parse(cl, QStringLiteral("erase"),
                  tr("Remove a candidate and every trace of them: profile, interviews, scores, notes, "
                     "highlights, code answers, search entries and upgrade backups."),
                  arguments, m_out, m_err);
        code >= 0)
        return code;
    bool ok = false;
    const CandidateId id = cl.parser.value(candidate).toLongLong(&ok);
    if (!cl.parser.isSet(candidate) || !ok) {
        m_err << tr("Give the candidate's number with --candidate ID.") << '\n';
        return 2;
    }
    bool cancelled = false;
    const int code = withDatabase(cl, m_err, Access::ExistingOnly, [&](const Database& database) {
        // Erasing a person is a manager's decision: the passphrase every time, or on a team server
        // the login's role (which the server enforces too).
        const HiringDesk desk(database,
                              database.serverViewer() ? *database.serverViewer() : unlockManager(database));
        const HiringDesk::EraseImpact impact = desk.eraseImpact(id);
        // Someone at a terminal gets a last chance; scripts asked for it by running the command.
        if (!cl.parser.isSet(yes) && ::isatty(STDIN_FILENO)) {
            m_out << impact.description() << '\n' << tr("Type yes to erase: ") << Qt::flush;
            if (standardInput().readLine().trimmed() != QLatin1String("yes")) {
                cancelled = true;
                return;
            }
        }
        desk.erase(id);
        m_out << tr("Erased %1.").arg(impact.name) << '\n';
    });
    if (cancelled) {
        m_out << tr("Nothing was erased.") << '\n';
        return 1;
    }
    return code;
}

int Cli::runManagerPassphrase(const QStringList& arguments)
{
    CommandLine cl;
    if (const int code =
            parse(cl, QStringLiteral("manager-passphrase"),
                  tr("Choose the manager passphrase of a database, or change it (the current one "
                     "is asked for first). Read from the terminal without echo, or as lines of "
                     "standard input."),
                  arguments, m_out, m_err);
        code >= 0)
        return code;
    return withDatabase(cl, m_err, Access::ExistingOnly, [&](const Database& database) {
        QString current;
        if (ManagerPassphrase::isSet(database))
            current = readSecret(tr("Current manager passphrase: "));
        const QString chosen = readSecret(tr("New manager passphrase: "));
        if (::isatty(STDIN_FILENO) && readSecret(tr("Once more: ")) != chosen)
            throw StorageError(StorageError::Kind::Failed,
                               tr("The two passphrases differ; nothing was changed."));
        ManagerPassphrase::set(database, chosen, current);
        m_out << tr("The manager passphrase is set.") << '\n';
    });
}

int Cli::runBundle(const QStringList& arguments)
{
    const QString action = arguments.value(1);
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty())
        rest.first() = QStringLiteral("bundle ") + action;
    if (action == QLatin1String("export"))
        return runBundleExport(rest);
    if (action == QLatin1String("import"))
        return runBundleImport(rest);
    m_err << tr("Use 'interview-cli bundle export' or 'interview-cli bundle import'; add --help for their "
                "options.")
          << '\n';
    return 2;
}

int Cli::runBundleExport(const QStringList& arguments)
{
    CommandLine cl;
    const QCommandLineOption candidate(QStringLiteral("candidate"),
                                       tr("Only this candidate's scorecards, by number (repeatable)."),
                                       tr("ID"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   tr("Only scorecards submitted on or after this date (YYYY-MM-DD)."),
                                   tr("DATE"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The bundle file to write (.iapanel)."),
                                 tr("FILE"));
    cl.parser.addOptions({candidate, since, out, asOption});
    if (const int code =
            parse(cl, QStringLiteral("bundle export"),
                  tr("Write your submitted scorecards to a bundle the hiring manager imports. Drafts "
                     "never leave this database."),
                  arguments, m_out, m_err);
        code >= 0)
        return code;
    if (!cl.parser.isSet(asOption) || !cl.parser.isSet(out)) {
        m_err << tr("Say whose scorecards with --as INTERVIEWER and where with --out FILE.") << '\n';
        return 2;
    }
    BundleExporter::Selection selection;
    for (const QString& id : cl.parser.values(candidate)) {
        bool ok = false;
        selection.candidates.append(id.toLongLong(&ok));
        if (!ok) {
            m_err << tr("'%1' is not a candidate number.").arg(id) << '\n';
            return 2;
        }
    }
    if (cl.parser.isSet(since)) {
        const QDate date = QDate::fromString(cl.parser.value(since), Qt::ISODate);
        if (!date.isValid()) {
            m_err << tr("'%1' is not a date like 2026-11-30.").arg(cl.parser.value(since)) << '\n';
            return 2;
        }
        selection.submittedSince = date.startOfDay(QTimeZone::UTC);
    }
    return withDatabase(cl, m_err, Access::ExistingOnly, [&](const Database& database) {
        selection.interviewer = interviewerFor(cl, database).id;
        const Bundle bundle = BundleExporter(database).collect(selection);
        if (const QString error = BundleExporter::write(bundle, cl.parser.value(out)); !error.isEmpty())
            throw StorageError(StorageError::Kind::Io, error);
        m_out << tr("Wrote %1 (scorecards: %2, candidates: %3)")
                     .arg(cl.parser.value(out))
                     .arg(bundle.scorecards.size())
                     .arg(bundle.candidates.size())
              << '\n';
    });
}

int Cli::runBundleImport(const QStringList& arguments)
{
    CommandLine cl;
    const QCommandLineOption matchNames(QStringLiteral("match-names"),
                                        tr("Treat a candidate with the same name and role as one already "
                                           "here as the same person (without it, "
                                           "their scorecards are refused and listed)."));
    cl.parser.addOption(matchNames);
    cl.parser.addPositionalArgument(QStringLiteral("FILE"), tr("Bundle files to import."), tr("FILE..."));
    if (const int code = parse(cl, QStringLiteral("bundle import"),
                               tr("Merge scorecard bundles into a database, each file in one transaction."),
                               arguments, m_out, m_err, -1);
        code >= 0)
        return code;
    const QStringList files = cl.parser.positionalArguments();
    if (files.isEmpty()) {
        m_err << tr("Name the bundle files to import.") << '\n';
        return 2;
    }
    int refused = 0;
    const int code = withDatabase(cl, m_err, Access::ExistingOnly, [&](const Database& database) {
        BundleImporter::Options options;
        options.mergeAllLookAlikes = cl.parser.isSet(matchNames);
        for (const QString& path : files) {
            m_out << path << ":\n";
            QFile file(path);
            if (file.size() > BundleFormat::maxFileBytes || !file.open(QIODevice::ReadOnly)) {
                m_err << tr("Error: could not read %1: %2")
                             .arg(path, file.size() > BundleFormat::maxFileBytes ? tr("the file is too large")
                                                                                 : file.errorString())
                      << '\n';
                ++refused;
                continue;
            }
            try {
                const BundleImporter::Report report =
                    BundleImporter(database, options).import(BundleFormat::fromJson(file.readAll()));
                m_out << report.summary() << '\n';
                for (const BundleImporter::LookAlike& a : report.lookAlikes) {
                    m_out << tr("Looks like the same person: %1 (%2) and candidate %3, %4 <%5>. Import again "
                                "with "
                                "--match-names if they are.")
                                 .arg(a.bundleName, a.role)
                                 .arg(a.existing)
                                 .arg(a.existingName, a.existingEmail)
                          << '\n';
                }
                refused += int(report.refused.size());
            } catch (const BundleError& e) {
                m_err << tr("Error: %1 was not imported; nothing was changed. %2").arg(path, e.message())
                      << '\n';
                ++refused;
            }
        }
    });
    return code != 0 ? code : (refused > 0 ? 1 : 0);
}

} // namespace ia
