#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace ia::test {

struct CliRun
{
    int exitCode = -1; // -1 when it crashed (a signal) or did not finish
    QString out;
    QString err;
    bool crashed = false;
};

QString cliPath();
QString appPath(); // the window's program, interview-assistant

// Runs interview-cli as a user would, as a separate process without any display.
CliRun cli(const QStringList& arguments, const QByteArray& stdinData = {});
// Any of our programs, the same way.
CliRun runWithoutDisplay(const QString& program, const QStringList& arguments,
                         const QByteArray& stdinData = {});

} // namespace ia::test
