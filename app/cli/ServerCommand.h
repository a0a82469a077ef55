#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace ia {

// interview-cli server setup | import | upgrade | add-user: what a team server's owner does from the command
// line.
class ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(ia::ServerCommand)

public:
    ServerCommand(QTextStream& out, QTextStream& err);

    // arguments: "server", ACTION, options...
    int run(const QStringList& arguments);

private:
    int setup(const QStringList& arguments);
    int upgrade(const QStringList& arguments);
    int addUser(const QStringList& arguments);
    int import(const QStringList& arguments);
    // The roles, policies and notifications as this version has them, on a server set up before
    // (they change only with a schema step, but may have been changed by hand).
    static void reinstallServerSide(const class Database& database);
    // The --db value when it names a server; otherwise says so and returns empty.
    QString serverUrl(const class CommandLine& cl, const QString& command);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace ia
