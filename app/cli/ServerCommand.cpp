#include "ServerCommand.h"

#include "CommandLine.h"
#include "bank/QuestionBank.h"
#include "storage/Database.h"
#include "storage/InterviewerRepository.h"
#include "storage/ServerAccess.h"
#include "storage/ServerAddress.h"
#include "storage/ServerImport.h"
#include "storage/SqlDialect.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QRandomGenerator>
#include <QTextStream>

namespace ia {

ServerCommand::ServerCommand(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{}

int ServerCommand::run(const QStringList& arguments)
{
    const QString action = arguments.value(1);
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty())
        rest.first() = QStringLiteral("server ") + action;
    if (action == QLatin1String("setup"))
        return setup(rest);
    if (action == QLatin1String("upgrade"))
        return upgrade(rest);
    if (action == QLatin1String("add-user"))
        return addUser(rest);
    if (action == QLatin1String("import"))
        return import(rest);
    m_err << tr("Use 'interview-cli server setup', 'server import', 'server upgrade' or 'server add-user'; "
                "add --help for their options.")
          << '\n';
    return 2;
}

QString ServerCommand::serverUrl(const CommandLine& cl, const QString& command)
{
    const QString db = cl.parser.value(cl.db);
    if (ServerAddress::isServerUrl(db))
        return db;
    m_err << tr("'interview-cli %1' is for a team server: give its address with --db "
                "postgresql://user@host/database.")
                 .arg(command)
          << '\n';
    return {};
}

int ServerCommand::setup(const QStringList& arguments)
{
    CommandLine cl;
    if (const int code = parse(cl, QStringLiteral("server setup"),
                               tr("Set up a team server once, as the owner of its database: Interview "
                                  "Assistant's tables and the default question bank. Safe to run again."),
                               arguments, m_out, m_err);
        code >= 0)
        return code;
    if (serverUrl(cl, QStringLiteral("server setup")).isEmpty())
        return 2;
    return withDatabase(cl, m_err, Access::MayCreate, [this](const Database& database) {
        // Again on a server set up before: the roles, policies and notifications as this version
        // has them.
        if (!database.wasCreated())
            reinstallServerSide(database);
        const bool bank = QuestionBank::installDefault(database);
        m_out << (database.wasCreated()
                      ? tr("The team server %1 is set up (schema version %2).")
                      : tr("The team server %1 was set up already (schema version %2); nothing was changed."))
                     .arg(database.path())
                     .arg(database.schemaVersion())
              << '\n';
        if (bank)
            m_out << tr("The default question bank was added.") << '\n';
        // Known now rather than at the first 'server add-user'.
        if (const QString why = ServerAccess::whyCannotAddUsers(database.connection()); !why.isEmpty())
            m_out << why << '\n';
    });
}

int ServerCommand::upgrade(const QStringList& arguments)
{
    CommandLine cl;
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 tr("Upgrade now (after backing the server up). Without it, the command "
                                    "only says what would change."));
    cl.parser.addOption(yes);
    if (const int code = parse(cl, QStringLiteral("server upgrade"),
                               tr("Bring a team server's schema up to this version of Interview Assistant. "
                                  "Everyone on the team then needs this version."),
                               arguments, m_out, m_err);
        code >= 0)
        return code;
    if (serverUrl(cl, QStringLiteral("server upgrade")).isEmpty())
        return 2;
    if (!cl.parser.isSet(yes)) {
        // Opening without leave to upgrade says whether one is needed, and how to back up first.
        return withDatabase(cl, m_err, Access::ExistingOnly, [this](const Database& database) {
            m_out << tr("The team server %1 is up to date (schema version %2).")
                         .arg(database.path())
                         .arg(database.schemaVersion())
                  << '\n';
        });
    }
    return withDatabase(cl, m_err, Access::UpgradesServer, [this](const Database& database) {
        // The default bank's newer revision comes with the new version (the app itself leaves a
        // server's bank to its owner).
        if (QuestionBank::installDefault(database))
            m_out << tr("The default question bank was brought up to date.") << '\n';
        if (database.upgradedFrom() == database.schemaVersion()) {
            // Its roles, policies and notifications as this version has them, in case they were
            // changed by hand.
            reinstallServerSide(database);
            m_out << tr("The team server %1 is up to date (schema version %2).")
                         .arg(database.path())
                         .arg(database.schemaVersion())
                  << '\n';
            return;
        }
        m_out << tr("The team server %1 was upgraded from schema version %2 to %3.")
                     .arg(database.path())
                     .arg(database.upgradedFrom())
                     .arg(database.schemaVersion())
              << '\n';
    });
}

namespace {

// Long enough that guessing is hopeless, from letters and digits that cannot be misread.
QString generatedPassword()
{
    static const QString alphabet =
        QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 20; ++i)
        password += alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
    return password;
}

} // namespace

void ServerCommand::reinstallServerSide(const Database& database)
{
    WriteTransaction tx(database);
    database.dialect().installServerSide(tx.connection());
    tx.commit();
}

int ServerCommand::addUser(const QStringList& arguments)
{
    CommandLine cl;
    const QCommandLineOption email(
        QStringLiteral("email"),
        tr("The interviewer's e-mail: binds the login to the interviewer with this "
           "e-mail, or to a new one."),
        tr("EMAIL"));
    const QCommandLineOption fullName(
        QStringLiteral("name"), tr("The interviewer's name, for a new interviewer (default: the login)."),
        tr("NAME"));
    const QCommandLineOption manager(
        QStringLiteral("manager"),
        tr("A hiring manager: reads every submitted scorecard and alone erases. "
           "Without it, an interviewer (and a manager added before becomes one)."));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           tr("Read the password from the first line of standard input (or "
                                              "ask on a terminal). Without it, a password is made and shown "
                                              "once."));
    const QCommandLineOption keepPassword(QStringLiteral("keep-password"),
                                          tr("Leave the login's password as it is (an existing login, or one "
                                             "that signs in another way, such as a certificate)."));
    cl.parser.addOptions({email, fullName, manager, passwordStdin, keepPassword});
    cl.parser.addPositionalArgument(QStringLiteral("login"), tr("The PostgreSQL login to create or bind."));
    if (const int code =
            parse(cl, QStringLiteral("server add-user"),
                  tr("Give a person a login on the team server, bound to their interviewer "
                     "record: the server then shows them what blind scoring allows and lets them "
                     "write their own interviews. Run as the database's owner."),
                  arguments, m_out, m_err, 1);
        code >= 0)
        return code;
    if (serverUrl(cl, QStringLiteral("server add-user")).isEmpty())
        return 2;
    if (!cl.parser.isSet(email)) {
        m_err << tr("Give the interviewer's e-mail with --email.") << '\n';
        return 2;
    }
    if (cl.parser.isSet(passwordStdin) && cl.parser.isSet(keepPassword)) {
        m_err << tr("Choose one of --password-stdin and --keep-password.") << '\n';
        return 2;
    }
    ServerAccess::NewUser user;
    user.login = cl.parser.positionalArguments().value(0);
    user.email = cl.parser.value(email);
    user.name = cl.parser.value(fullName);
    user.manager = cl.parser.isSet(manager);
    bool shown = false;
    if (cl.parser.isSet(passwordStdin)) {
        user.password = readSecret(tr("Password for %1: ").arg(user.login));
        if (user.password.isEmpty()) {
            m_err << tr("The password is empty; nothing was changed.") << '\n';
            return 2;
        }
    } else if (!cl.parser.isSet(keepPassword)) {
        user.password = generatedPassword();
        shown = true;
    }
    return withDatabase(cl, m_err, Access::ExistingOnly, [&](const Database& database) {
        const ServerAccess::AddedUser added = ServerAccess::addUser(database, user);
        const QString person = InterviewerRepository(database).get(added.interviewer)->name;
        m_out << (added.newRole ? tr("Created the login %1") : tr("Updated the login %1")).arg(user.login)
              << ' '
              << (user.manager ? tr("as a manager, bound to %1 <%2>%3.")
                               : tr("as an interviewer, bound to %1 <%2>%3."))
                     .arg(person, user.email, added.newInterviewer ? tr(" (a new interviewer)") : QString())
              << '\n';
        if (shown)
            m_out << tr("Password: %1\nIt is shown this once: hand it over safely. They can change it "
                        "with psql's \\password.")
                         .arg(user.password)
                  << '\n';
    });
}

int ServerCommand::import(const QStringList& arguments)
{
    CommandLine cl;
    const QCommandLineOption from(QStringLiteral("from"), tr("The database file to move onto the server."),
                                  tr("FILE"));
    cl.parser.addOption(from);
    if (const int code = parse(cl, QStringLiteral("server import"),
                               tr("Move a database file onto a team server just set up (before adding "
                                  "logins), whole: drafts, private notes, statuses, history and the question "
                                  "bank. Run as the database's owner. The file is only read (one of an "
                                  "older version is first brought up to this one, after a backup, as when "
                                  "the app opens it)."),
                               arguments, m_out, m_err);
        code >= 0)
        return code;
    if (serverUrl(cl, QStringLiteral("server import")).isEmpty())
        return 2;
    const QString path = cl.parser.value(from);
    if (path.isEmpty() || ServerAddress::isServerUrl(path)) {
        m_err << tr("Give the database file to move with --from FILE.") << '\n';
        return 2;
    }
    return withDatabase(cl, m_err, Access::ExistingOnly, [&](const Database& server) {
        Database::Options existing;
        existing.mayCreate = false;
        const Database file(path, existing);
        const ServerImport::Report report = ServerImport::run(file, server);
        m_out << tr("Moved %1 onto the team server %2: %3 candidates, %4 interviews, %5 interviewers and %6 "
                    "questions.")
                     .arg(file.path(), server.path())
                     .arg(report.rowsOf(QStringLiteral("candidate")))
                     .arg(report.rowsOf(QStringLiteral("interview")))
                     .arg(report.rowsOf(QStringLiteral("interviewer")))
                     .arg(report.rowsOf(QStringLiteral("question")))
              << '\n';
        if (report.replacedBank > 0)
            m_out << tr("The server's question bank from the setup gave way to the file's.") << '\n';
        m_out << tr("Next, give each person a login with 'interview-cli server add-user LOGIN --email "
                    "E': the e-mail binds it to their interviewer record from the file.")
              << '\n';
    });
}

} // namespace ia
