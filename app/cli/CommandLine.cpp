#include "CommandLine.h"

#include "AppPaths.h"
#include "Cli.h"
#include "DataFileError.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QTextStream>

#include <termios.h>
#include <unistd.h>

namespace ia {

CommandLine::CommandLine()
    : db(QStringLiteral("db"),
         Cli::tr("The database: a file (default: %1), or a team server as "
                 "postgresql://user@host/database.")
             .arg(AppPaths::defaultDatabasePath()),
         Cli::tr("PATH|URL"))
{}

int parse(CommandLine& cl, const QString& command, const QString& description, const QStringList& arguments,
          QTextStream& out, QTextStream& err, int positionals)
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
    const QStringList given = cl.parser.positionalArguments();
    if (positionals < 0) // any number, checked by the command
        return -1;
    if (given.size() > positionals) {
        err << Cli::tr("Unexpected argument: %1").arg(given.at(positionals)) << '\n';
        return 2;
    }
    if (given.size() < positionals) {
        err << Cli::tr("Missing argument. Try 'interview-cli %1 --help'.").arg(command) << '\n';
        return 2;
    }
    return -1;
}

int withDatabase(const CommandLine& cl, QTextStream& err, Access access,
                 const std::function<void(const Database&)>& work)
{
    const QString path = cl.parser.isSet(cl.db) ? cl.parser.value(cl.db) : AppPaths::defaultDatabasePath();
    try {
        Database::Options options;
        options.mayCreate = access == Access::MayCreate;
        options.mayUpgradeServer = access == Access::UpgradesServer;
        const Database database(path, options);
        work(database);
        return 0;
    } catch (const StorageError& e) {
        err << Cli::tr("Error: %1").arg(e.message()) << '\n';
        if (!e.detail().isEmpty())
            err << Cli::tr("Details: %1").arg(e.detail()) << '\n';
    } catch (const DataFileError& e) {
        err << Cli::tr("Error: %1").arg(e.message()) << '\n';
    } catch (const std::exception& e) {
        err << Cli::tr("Error: an internal error stopped the command (%1). Nothing more was written; "
                       "please report it.")
                   .arg(QString::fromLocal8Bit(e.what()))
            << '\n';
    }
    return 1;
}

QTextStream& standardInput()
{
    static QTextStream in(stdin);
    return in;
}

QString readSecret(const QString& prompt)
{
    QTextStream& in = standardInput();
    if (!::isatty(STDIN_FILENO))
        return in.readLine();
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    termios saved{};
    const bool quiet = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (quiet) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    const QString line = in.readLine();
    if (quiet)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    err << '\n';
    return line;
}

} // namespace ia
