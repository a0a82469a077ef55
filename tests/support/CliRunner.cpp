#include "CliRunner.h"

#include <gtest/gtest.h>

namespace ia::test {

QString cliPath()
{
    return QStringLiteral(IA_CLI_PATH);
}

QString appPath()
{
    return QStringLiteral(IA_APP_PATH);
}

CliRun cli(const QStringList& arguments, const QByteArray& stdinData)
{
    return runWithoutDisplay(cliPath(), arguments, stdinData);
}

CliRun runWithoutDisplay(const QString& program, const QStringList& arguments, const QByteArray& stdinData)
{
    QProcess process;
    // It must not need a display: take any hint of one away.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    CliRun run;
    if (!process.waitForFinished(120000)) {
        ADD_FAILURE() << program.toStdString() << " did not finish";
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace ia::test
