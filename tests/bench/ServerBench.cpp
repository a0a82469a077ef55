// The team server under load: a throwaway PostgreSQL started for the run (support/pg-cluster),
// with everyone writing to it at once.
#include "bank/QuestionBank.h"
#include "bench/BenchDatabase.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "storage/ServerImport.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QProcess>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <vector>

using namespace ia;

namespace {

// One server for the whole run, stopped (and its folder removed) when the program ends.
class BenchServer
{
public:
    static BenchServer& instance()
    {
        static BenchServer server;
        return server;
    }
    ~BenchServer()
    {
        if (!m_url.isEmpty())
            QProcess::execute(QStringLiteral(IA_PG_CLUSTER), {QStringLiteral("stop"), m_dir});
    }
    // The owner's URL of a fresh database, or empty with `error` set.
    QString freshDatabase(const QString& name, QString* error)
    {
        if (m_url.isEmpty()) {
            *error = m_error;
            return {};
        }
        const QString connection = QStringLiteral("bench-owner");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(m_dir);
            db.setDatabaseName(QStringLiteral("postgres"));
            db.setUserName(QStringLiteral("ia_owner"));
            if (!db.open()) {
                *error = db.lastError().text();
            } else {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SET client_min_messages = warning"));
                q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
                if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
                    *error = q.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return error->isEmpty() ? QStringLiteral("postgresql://ia_owner@/%1?host=%2").arg(name, m_dir)
                                : QString();
    }

private:
    BenchServer()
        : m_dir(QStringLiteral("/tmp/ia-pg-bench-%1").arg(QCoreApplication::applicationPid()))
    {
        QProcess start;
        start.start(QStringLiteral(IA_PG_CLUSTER), {QStringLiteral("start"), m_dir});
        if (!start.waitForFinished(120000) || start.exitCode() != 0) {
            m_error = QStringLiteral("could not start PostgreSQL: ") +
                      QString::fromLocal8Bit(start.readAllStandardError());
            return;
        }
        m_url = QString::fromLocal8Bit(start.readAllStandardOutput()).trimmed();
    }

    QString m_dir;
    QString m_url;
    QString m_error;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

} // namespace

// 50 interviewers in their calls at once, each scoring and writing notes on their own scorecard
// on one server on this machine: the time from the write's start to its COMMIT, as the save
// queue makes it for a score key or a note's 300 ms pause. Each writes every 50 to 150 ms, faster
// than anyone types (a note is saved at most every 300 ms), so the server has 500 writes a second
// to take. Target: p99 ≤ 20 ms.
void BM_ServerFiftyWritersScoreAndNote(benchmark::State& state)
{
    constexpr int writers = 50;
    const int writesEach = int(state.range(0));
    QString error;
    const QString url = BenchServer::instance().freshDatabase(QStringLiteral("bench_writers"), &error);
    if (url.isEmpty()) {
        state.SkipWithError(error.toStdString());
        return;
    }
    QList<InterviewId> interviews;
    try {
        Database db(url);
        QuestionBank::installDefault(db);
        const Kit kit = *KitRepository(db).byName(QuestionBank::defaultKitName());
        for (int i = 0; i < writers; ++i) {
            const InterviewerId me = InterviewerRepository(db)
                                         .create(Interviewer{0, {}, QStringLiteral("Writer %1").arg(i), {}})
                                         .id;
            Candidate c;
            c.name = QStringLiteral("Candidate %1").arg(i);
            const CandidateId candidate = CandidateRepository(db).create(c).id;
            const Interview iv = InterviewRepository(db).create(candidate, me, kit);
            InterviewRepository(db).start(iv.id, QDateTime::currentDateTimeUtc());
            interviews.append(iv.id);
        }
        db.releaseThreadConnection();
    } catch (const StorageError& e) {
        state.SkipWithError(e.fullText().toStdString());
        return;
    }

    std::vector<std::vector<double>> latencies(writers);
    std::atomic<int> failures{0};
    for (auto _ : state) {
        QSemaphore ready;
        QSemaphore go;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int w = 0; w < writers; ++w) {
            threads.emplace_back(QThread::create([&, w] {
                try {
                    Database mine(url);
                    InterviewRepository repo(mine);
                    const Scorecard card = *repo.scorecard(interviews.at(w));
                    ready.release();
                    go.acquire();
                    QRandomGenerator pace(quint32(w + 1));
                    for (int i = 0; i < writesEach; ++i) {
                        QThread::msleep(50 + pace.bounded(100));
                        const ScorecardEntry& e = card.entries.at(i % card.entries.size());
                        const auto started = std::chrono::steady_clock::now();
                        if (i % 2 == 0)
                            repo.setEntryResult(e.id, EntryStatus::Scored, 1 + i % 4);
                        else
                            repo.setNote(
                                e.id,
                                QStringLiteral("Writer %1 heard answer %2, and more words").arg(w).arg(i));
                        latencies[w].push_back(std::chrono::duration<double, std::milli>(
                                                   std::chrono::steady_clock::now() - started)
                                                   .count());
                    }
                    mine.releaseThreadConnection();
                } catch (const StorageError&) {
                    ++failures;
                    ready.release();
                }
            }));
            threads.back()->start();
        }
        ready.acquire(writers);
        go.release(writers);
        for (auto& t : threads)
            t->wait();
    }
    if (failures.load() > 0) {
        state.SkipWithError("a writer failed");
        return;
    }
    std::vector<double> all;
    for (const auto& each : latencies)
        all.insert(all.end(), each.begin(), each.end());
    state.counters["writes"] = double(all.size());
    state.counters["p50_ms"] = percentile(all, 0.50);
    state.counters["p99_ms"] = percentile(all, 0.99);
    state.counters["max_ms"] = percentile(all, 1.0);
    state.SetLabel("50 writers, one write each per 50-150 ms, start to COMMIT; target p99 <= 20 ms");
}
BENCHMARK(BM_ServerFiftyWritersScoreAndNote)
    ->Arg(100)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// A team moving its database onto a server just set up: the generated 100,000-candidate file
// (1.5 million scores) copied whole by interview-cli server import's code, the server's triggers
// rebuilding its caches and search index as the rows go in.
void BM_ServerImport100k(benchmark::State& state)
{
    const QString path = bench::generatedDatabasePath(100'000);
    bench::closeGeneratedDatabases();
    for (auto _ : state) {
        state.PauseTiming();
        QString error;
        const QString url = BenchServer::instance().freshDatabase(QStringLiteral("bench_import"), &error);
        if (url.isEmpty()) {
            state.SkipWithError(error.toStdString());
            return;
        }
        try {
            Database server(url);
            Database::Options existing;
            existing.mayCreate = false;
            const Database file(path, existing);
            state.ResumeTiming();
            const ServerImport::Report report = ServerImport::run(file, server);
            state.PauseTiming();
            state.counters["candidates"] = double(report.rowsOf(QStringLiteral("candidate")));
            state.counters["scores"] = double(report.rowsOf(QStringLiteral("scorecard_entry")));
            server.releaseThreadConnection();
        } catch (const StorageError& e) {
            state.SkipWithError(e.fullText().toStdString());
            return;
        }
        state.ResumeTiming();
    }
    state.SetLabel("100,000 candidates and their interviews from a file onto an empty server");
}
BENCHMARK(BM_ServerImport100k)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
