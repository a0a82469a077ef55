#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace ia {

// interview-cli: one QCommandLineParser per subcommand, so each has its own --help. Later issues
// add subcommands here. Exit codes: 0 success, 1 the work failed, 2 the command line was wrong.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(ia::Cli)

public:
    Cli(QTextStream& out, QTextStream& err);

    int run(const QStringList& arguments);

private:
    int runInit(const QStringList& arguments);
    int runDemo(const QStringList& arguments);
    int runExport(const QStringList& arguments);
    int runCompare(const QStringList& arguments);
    int runCalibration(const QStringList& arguments);
    int runSearch(const QStringList& arguments);
    int runErase(const QStringList& arguments);
    int runManagerPassphrase(const QStringList& arguments);
    int runBundle(const QStringList& arguments);
    int runBundleExport(const QStringList& arguments);
    int runBundleImport(const QStringList& arguments);
    QString usage() const;

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace ia
