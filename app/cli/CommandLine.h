#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <functional>

class QTextStream;

namespace ia {

class Database;

// What every interview-cli command shares: its own parser (so each has its own --help), the --db
// option, and one way of opening the database and turning failures into messages and exit codes
// (0 done, 1 the work failed or was refused, 2 the command line was wrong).
struct CommandLine
{
    CommandLine();

    QCommandLineParser parser;
    QCommandLineOption db;
};

// Parses a command's options (add extra ones to cl.parser first); returns an exit code to stop
// with, or -1 to go on. positionals: how many arguments it takes, or -1 for any number.
int parse(CommandLine& cl, const QString& command, const QString& description, const QStringList& arguments,
          QTextStream& out, QTextStream& err, int positionals = 0);

enum class Access
{
    ExistingOnly,   // reading commands: a missing or empty file is an error, never a new database
    MayCreate,      // init and demo
    UpgradesServer, // server upgrade: a team server's older schema is brought up to date
};

// Runs work against an opened database and turns every failure into a message and exit code 1:
// nothing thrown reaches main.
int withDatabase(const CommandLine& cl, QTextStream& err, Access access,
                 const std::function<void(const Database&)>& work);

// One reader of standard input for the whole run: a second one would miss what the first buffered.
QTextStream& standardInput();
// A line typed without echo on a terminal, or the next line of standard input.
QString readSecret(const QString& prompt);

} // namespace ia
