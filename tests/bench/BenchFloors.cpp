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

} // namespace ia::bench
