#include "ServerCommand.h"

#include "CommandLine.h"
#include "bank/QuestionBank.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "storage/StorageError.h"

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
    m_err << tr("Use 'interview-cli server setup' or 'server upgrade'; add --help for their options.")
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
        const bool bank = QuestionBank::installDefault(database);
        m_out << (database.wasCreated()
                      ? tr("The team server %1 is set up (schema version %2).")
                      : tr("The team server %1 was set up already (schema version %2); nothing was changed."))
                     .arg(database.path())
                     .arg(database.schemaVersion())
              << '\n';
        if (bank)
            m_out << tr("The default question bank was added.") << '\n';
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
        if (database.upgradedFrom() == database.schemaVersion()) {
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

} // namespace ia
