#include "bench/FloorReporter.h"

#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace ia::bench {

namespace {

const QString floorSuffix = QStringLiteral("_Floor");

QString readable(double seconds)
{
    if (seconds >= 1)
        return QString::number(seconds, 'f', 2) + QStringLiteral(" s");
    if (seconds >= 1e-3)
        return QString::number(seconds * 1e3, 'f', seconds >= 0.1 ? 0 : 1) + QStringLiteral(" ms");
    return QString::number(seconds * 1e6, 'f', 1) + QStringLiteral(" µs");
}

} // namespace

QHash<QString, FloorReporter::Goal>& FloorReporter::goals()
{
    static QHash<QString, Goal> all;
    return all;
}

FloorReporter::FloorReporter()
    : ConsoleReporter(isatty(STDOUT_FILENO) ? OutputOptions(OO_Tabular | OO_Color) : OO_Tabular)
{}

void FloorReporter::addTarget(const QString& benchmark, double maxRatio, const QString& what,
                              double maxSeconds)
{
    goals().insert(benchmark, Goal{maxRatio, what, maxSeconds});
}

void FloorReporter::ReportRuns(const std::vector<Run>& reports)
{
    ConsoleReporter::ReportRuns(reports);
    for (const Run& run : reports) {
        if (run.skipped || run.run_type != Run::RT_Iteration || run.iterations == 0)
            continue;
        // "BM_X/25000/min_time:2.000/manual_time" is "BM_X/25000" here.
        QStringList parts = QString::fromStdString(run.benchmark_name()).split(QLatin1Char('/'));
        parts.removeIf([](const QString& p) {
            return p.contains(QLatin1Char(':')) || p == QLatin1String("manual_time") ||
                   p == QLatin1String("real_time");
        });
        const QString name = parts.join(QLatin1Char('/'));
        if (!m_seconds.contains(name))
            m_order.append(name);
        m_seconds.insert(name, run.real_accumulated_time / double(run.iterations));
    }
}

void FloorReporter::Finalize()
{
    ConsoleReporter::Finalize();
    QString table;
    QTextStream out(&table);
    bool any = false;
    for (const QString& name : std::as_const(m_order)) {
        // "BM_X/25000" pairs with "BM_X_Floor/25000".
        const qsizetype slash = name.indexOf(QLatin1Char('/'));
        const QString base = slash < 0 ? name : name.left(slash);
        const QString args = slash < 0 ? QString() : name.mid(slash);
        if (base.endsWith(floorSuffix))
            continue;
        const QString floorName = base + floorSuffix + args;
        if (!m_seconds.contains(floorName))
            continue;
        if (!any) {
            out << "\nAgainst the floor (real time per iteration; ratio = measured / floor):\n";
            out << QStringLiteral("%1 %2 %3 %4 %5\n")
                       .arg(QStringLiteral("benchmark"), -40)
                       .arg(QStringLiteral("measured"), 10)
                       .arg(QStringLiteral("floor"), 10)
                       .arg(QStringLiteral("ratio"), 7)
                       .arg(QStringLiteral("target"), -8);
            any = true;
        }
        const double measured = m_seconds.value(name);
        const double floor = m_seconds.value(floorName);
        const double ratio = floor > 0 ? measured / floor : 0;
        const Goal goal = goals().value(base);
        QString target =
            goal.maxRatio > 0 ? QStringLiteral("≤ %1×").arg(goal.maxRatio, 0, 'f', 1) : QString();
        if (goal.maxSeconds > 0)
            target += (target.isEmpty() ? QString() : QStringLiteral(", ")) + QStringLiteral("≤ ") +
                      readable(goal.maxSeconds);
        if ((goal.maxRatio > 0 && ratio > goal.maxRatio) ||
            (goal.maxSeconds > 0 && measured > goal.maxSeconds))
            target += QStringLiteral("  OVER");
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(name, -40)
                   .arg(readable(measured), 10)
                   .arg(readable(floor), 10)
                   .arg(QStringLiteral("%1×").arg(ratio, 0, 'f', 2), 7)
                   .arg(target, -8);
        if (!goal.what.isEmpty())
            out << "  " << goal.what;
        out << '\n';
    }
    out.flush();
    const QByteArray bytes = table.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace ia::bench
