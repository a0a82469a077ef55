#include "bench/BenchFloors.h"
#include "bench/FloorReporter.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

// Benchmarks run on Qt's offscreen platform, like the tests, with settings of their own. Each one
// that has a floor (BM_X_Floor) is printed beside it at the end, with its ratio and target.
int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("InterviewAssistantBench"));
    QApplication::setApplicationName(QStringLiteral("interview-assistant-bench"));
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    ia::bench::FloorReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    ia::bench::shutdown();
    benchmark::Shutdown();
    return 0;
}
