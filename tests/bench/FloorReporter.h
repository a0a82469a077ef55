#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <benchmark/benchmark.h>

namespace ia::bench {

// The console output as usual, then one table of every benchmark that has a floor: measured, floor,
// ratio and its target. Times are real (wall-clock) time per iteration.
class FloorReporter : public benchmark::ConsoleReporter
{
public:
    FloorReporter();
    // maxSeconds: an absolute ceiling as well (0 for none), for targets stated in time.
    static void addTarget(const QString& benchmark, double maxRatio, const QString& what,
                          double maxSeconds = 0);

    void ReportRuns(const std::vector<Run>& reports) override;
    void Finalize() override;

private:
    struct Goal
    {
        double maxRatio = 0;
        QString what;
        double maxSeconds = 0;
    };
    static QHash<QString, Goal>& goals();

    QList<QString> m_order;
    QHash<QString, double> m_seconds; // full run name -> real seconds per iteration
};

} // namespace ia::bench
