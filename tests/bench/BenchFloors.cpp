#include "bench/BenchFloors.h"

#include "bench/FloorReporter.h"

#include <QFile>

#include <unistd.h>
#include <vector>

namespace ia::bench {

Target::Target(const char* benchmark, double maxRatio, const char* what, double maxSeconds)
{
    FloorReporter::addTarget(QString::fromUtf8(benchmark), maxRatio, QString::fromUtf8(what), maxSeconds);
}

namespace {
std::vector<std::function<void()>>& cleanups()
{
    static std::vector<std::function<void()>> all;
    return all;
}
} // namespace

void onShutdown(std::function<void()> cleanup)
{
    cleanups().push_back(std::move(cleanup));
}

void shutdown()
{
    // Last registered first, like destructors.
    while (!cleanups().empty()) {
        const std::function<void()> cleanup = std::move(cleanups().back());
        cleanups().pop_back();
        cleanup();
    }
}

double residentMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return 0;
    return fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

void resetPeakResident()
{
    // "5" resets the peak resident size (VmHWM) to the current one (proc(5), clear_refs).
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

double peakResidentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

} // namespace ia::bench
