#include "bench/BenchDatabase.h"
#include "bench/BenchFloors.h"
#include "demo/DemoData.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

using namespace ia;

namespace {

const bench::Target startTarget("BM_StartToFirstPaint", 1.3,
                                "interview-assistant from exec to its first paint, against a bare window");
// The goal is flat in the size and under 50 ms; the ratio says what the checks cost over Qt SQL.
const bench::Target openTarget("BM_OpenDatabase", 0,
                               "opening a database (the CLI's fixed cost), against opening it with Qt SQL",
                               0.050);

struct Child
{
    double seconds = 0;
    double peakMiB = 0;
    int exitCode = -1;
};

// The most memory the process has had resident so far (VmHWM). Not the rusage of its end: Linux
// carries the spawning process's own peak across exec into it.
double peakResidentMiB(pid_t pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// Runs a program to its end, with its own (empty) settings, cache and data folders: the wall time
// until it prints `marker` on its own line (or until it ends, without one), and its peak resident
// memory by then.
Child run(const QString& program, const QStringList& arguments, const QString& home, const QByteArray& marker)
{
    std::vector<QByteArray> args{QFile::encodeName(program)};
    for (const QString& a : arguments)
        args.push_back(a.toUtf8());
    std::vector<char*> argv;
    for (QByteArray& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> env;
    for (char** e = environ; *e; ++e) {
        const QByteArray entry(*e);
        if (!entry.startsWith("XDG_") && !entry.startsWith("HOME=") && !entry.startsWith("QT_QPA_PLATFORM="))
            env.push_back(entry);
    }
    const QByteArray h = QFile::encodeName(home);
    env.push_back("HOME=" + h);
    env.push_back("XDG_CONFIG_HOME=" + h + "/config");
    env.push_back("XDG_CACHE_HOME=" + h + "/cache");
    env.push_back("XDG_DATA_HOME=" + h + "/data");
    env.push_back("XDG_RUNTIME_DIR=" + h + "/runtime");
    env.push_back("QT_QPA_PLATFORM=offscreen");
    std::vector<char*> envp;
    for (QByteArray& e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    Child child;
    int out[2];
    if (pipe(out) != 0)
        return child;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (spawned != 0) {
        close(out[0]);
        return child;
    }
    QByteArray seen("\n"); // so the marker on the first line is found too
    char buffer[4096];
    qint64 markedAt = -1;
    for (;;) {
        const ssize_t n = read(out[0], buffer, sizeof buffer);
        if (n <= 0)
            break;
        seen.append(buffer, n);
        if (markedAt < 0 && seen.contains(QByteArray('\n' + marker + '\n'))) {
            markedAt = timer.nsecsElapsed();
            child.peakMiB = peakResidentMiB(pid);
        }
    }
    close(out[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    child.seconds = double(markedAt >= 0 ? markedAt : timer.nsecsElapsed()) / 1e9;
    child.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (markedAt < 0)
        child.exitCode = child.exitCode == 0 ? 125 : child.exitCode; // never painted
    return child;
}

QString binary(const char* name)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QLatin1String(name));
}

// 0 is the demo database; else a generated one of that many candidates.
QString databaseFor(int candidates, QTemporaryDir& dir)
{
    if (candidates > 0)
        return bench::generatedDatabasePath(candidates);
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    if (!QFile::exists(path)) {
        Database db(path);
        DemoData::create(db);
    }
    return path;
}

void measure(benchmark::State& state, const QString& program, const QStringList& arguments,
             const QTemporaryDir& home)
{
    for (const char* folder : {"config", "cache", "data", "runtime"})
        QDir(home.path()).mkpath(QLatin1String(folder));
    QFile::setPermissions(home.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // Once before timing: the first opening of a database in a new cache checks it in full.
    run(program, arguments, home.path(), "first paint");
    double peak = 0;
    for (auto _ : state) {
        const Child child = run(program, arguments, home.path(), "first paint");
        if (child.exitCode != 0) {
            state.SkipWithError("the program failed");
            return;
        }
        state.SetIterationTime(child.seconds);
        peak = std::max(peak, child.peakMiB);
    }
    state.counters["peak_MiB"] = peak;
}

} // namespace

// The app from exec to its first painted window (home page), quitting right after; its settings are
// empty, as on a first start, and its database is opened as it is.
void BM_StartToFirstPaint(benchmark::State& state)
{
    QTemporaryDir home;
    const QString db = databaseFor(int(state.range(0)), home);
    measure(state, binary("interview-assistant"),
            {QStringLiteral("--db"), db, QStringLiteral("--quit-after-first-paint")}, home);
}
BENCHMARK(BM_StartToFirstPaint)
    ->Arg(0)
    ->Arg(25'000)
    ->Arg(50'000)
    ->Arg(100'000)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);

// The floor: a bare main window with a table, from exec to its first paint.
void BM_StartToFirstPaint_Floor(benchmark::State& state)
{
    QTemporaryDir home;
    measure(state, binary("bench-bare-window"), {}, home);
}
BENCHMARK(BM_StartToFirstPaint_Floor)
    ->Arg(0)
    ->Arg(25'000)
    ->Arg(50'000)
    ->Arg(100'000)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);

// Opening a generated database as the CLI does (it must exist; nothing is created) and closing it
// again: the fixed cost of every CLI command.
void BM_OpenDatabase(benchmark::State& state)
{
    const QString path = bench::generatedDatabasePath(int(state.range(0)));
    bench::closeGeneratedDatabases(); // the only handle on the file, as a CLI command is
    Database::Options options;
    options.mayCreate = false;
    {
        Database warm(path, options);
    } // a first opening after the file was made elsewhere checks it in full
    for (auto _ : state) {
        Database db(path, options);
        benchmark::DoNotOptimize(db.schemaVersion());
    }
}
BENCHMARK(BM_OpenDatabase)->Arg(25'000)->Arg(50'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

// The floor: Qt SQL opens the file and reads its schema, and closes it.
void BM_OpenDatabase_Floor(benchmark::State& state)
{
    const QString path = bench::generatedDatabasePath(int(state.range(0)));
    int n = 0;
    for (auto _ : state) {
        const QString name = QStringLiteral("bench-open-%1").arg(++n);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (!db.open()) {
                state.SkipWithError("could not open");
                break;
            }
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
            q.next();
            benchmark::DoNotOptimize(q.value(0));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}
BENCHMARK(BM_OpenDatabase_Floor)->Arg(25'000)->Arg(50'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
