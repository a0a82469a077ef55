#pragma once

#include <QString>

#include <functional>

namespace ia::bench {

// A benchmark "BM_X" (any arguments after a '/') is compared with "BM_X_Floor" run with the same
// arguments: the floor is the least the same work can cost on this machine (the bare SQL, a bare
// window, Qt's PDF layout alone). At the end of the run, a table prints each ratio beside its target,
// so the numbers in the README can be rerun by anyone.
struct Target
{
    // maxSeconds: where the goal is also a time (0: none).
    Target(const char* benchmark, double maxRatio, const char* what, double maxSeconds = 0);
};

// Runs before the QApplication goes: databases kept between benchmarks must close while Qt SQL can
// still remove their connections.
void onShutdown(std::function<void()> cleanup);
void shutdown();

// Resident set size of this process now, in MiB (Linux /proc/self/statm).
double residentMiB();
// The peak resident size since the last reset: what a piece of work needed at most, which the
// resident size after it does not show.
void resetPeakResident();
double peakResidentMiB();

// Candidates in the generated databases the scaling benchmarks run at.
inline constexpr int sizes[] = {25'000, 50'000, 100'000};

} // namespace ia::bench
