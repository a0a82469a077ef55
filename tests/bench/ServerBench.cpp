// The team server under load: a throwaway PostgreSQL started for the run (support/pg-cluster),
// with everyone writing to it at once.
#include "analysis/Comparison.h"
#include "bank/QuestionBank.h"
#include "bench/BenchDatabase.h"
#include "bench/BenchFloors.h"
#include "desk/HiringDesk.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/KitRepository.h"
#include "storage/PanelRepository.h"
#include "storage/ServerAccess.h"
#include "storage/ServerAddress.h"
#include "storage/ServerImport.h"
#include "storage/StorageError.h"
#include "ui/CandidateTableModel.h"
#include "ui/ComparePage.h"
#include "ui/UserPrompts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTextStream>
#include <QThread>
#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
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
// queue makes it for a score key or a note's 300 ms pause. Two paces: every 300 to 500 ms, as
// fast as the app writes for someone typing without a break (a note is saved at most every
// SaveQueue::textDelayMs), 125 writes a second for the server; and every 50 to 150 ms, four times
// that, 500 a second. Target: p99 ≤ 20 ms.
void BM_ServerFiftyWritersScoreAndNote(benchmark::State& state)
{
    constexpr int writers = 50;
    const int writesEach = int(state.range(0));
    const int pauseMs = int(state.range(1));
    const int pauseSpreadMs = int(state.range(2));
    QString error;
    const QString url = BenchServer::instance().freshDatabase(QStringLiteral("bench_writers"), &error);
    if (url.isEmpty()) {
        state.SkipWithError(error.toStdString());
        return;
    }
    QList<InterviewId> interviews;
    static int runs = 0;
    ++runs;
    QStringList logins; // each writer's own login: the server's row-level security checks every write
    try {
        Database db(url);
        QuestionBank::installDefault(db);
        const Kit kit = *KitRepository(db).byName(QuestionBank::defaultKitName());
        const ServerAddress address = ServerAddress::parse(url);
        for (int i = 0; i < writers; ++i) {
            // Logins belong to the cluster and outlive the database a run before made them.
            const QString login = QStringLiteral("bench_writer_%1_%2").arg(runs).arg(i);
            const InterviewerId me = ServerAccess::addUser(db, {login, QStringLiteral("Writer %1").arg(i),
                                                                QStringLiteral("writer%1@example.com").arg(i),
                                                                false, QStringLiteral("bench-pass")})
                                         .interviewer;
            logins << QStringLiteral("postgresql://%1:bench-pass@/%2?host=%3")
                          .arg(login, address.database(), address.host());
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
    std::vector<std::vector<double>> firstWrites(writers);
    std::atomic<int> failures{0};
    for (auto _ : state) {
        QSemaphore ready;
        QSemaphore go;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int w = 0; w < writers; ++w) {
            threads.emplace_back(QThread::create([&, w] {
                try {
                    Database mine(logins.at(w));
                    InterviewRepository repo(mine);
                    const Scorecard card = *repo.scorecard(interviews.at(w));
                    // Opening an interview writes before the first key (its lease, its start), so
                    // a connection's statements are prepared and its server process has read the
                    // schema by then. The measured writes come after one of each kind, timed on
                    // their own: on two cores, 50 fresh connections preparing at once queue.
                    for (const bool note : {false, true}) {
                        const auto started = std::chrono::steady_clock::now();
                        if (note)
                            repo.setNote(card.entries.first().id,
                                         QStringLiteral("Writer %1 is ready").arg(w));
                        else
                            repo.setEntryResult(card.entries.first().id, EntryStatus::Scored, 2);
                        firstWrites[w].push_back(std::chrono::duration<double, std::milli>(
                                                     std::chrono::steady_clock::now() - started)
                                                     .count());
                    }
                    ready.release();
                    go.acquire();
                    QRandomGenerator pace(quint32(w + 1));
                    for (int i = 0; i < writesEach; ++i) {
                        QThread::msleep(pauseMs + pace.bounded(pauseSpreadMs));
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
    std::vector<double> first;
    for (const auto& each : firstWrites)
        first.insert(first.end(), each.begin(), each.end());
    state.counters["first_p50_ms"] = percentile(first, 0.50);
    state.counters["first_max_ms"] = percentile(first, 1.0);
    state.SetLabel(QStringLiteral("50 writers, each as their own login, one write each per %1-%2 ms, start "
                                  "to COMMIT; target p99 <= 20 ms")
                       .arg(pauseMs)
                       .arg(pauseMs + pauseSpreadMs)
                       .toStdString());
}
BENCHMARK(BM_ServerFiftyWritersScoreAndNote)
    ->ArgNames({"writes", "pause_ms", "spread_ms"})
    ->Args({100, 300, 200})
    ->Args({100, 50, 100})
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

namespace {

// A team server with 1,000,000 candidates, each with one submitted 15-question interview (15
// million scores), made in bulk by SQL with the triggers off and their caches then filled the way
// the triggers would (the app's own path takes hours for this many). Made once per run; the
// benchmarks read it as a manager's login, through row-level security like the team.
struct MillionServer
{
    QString managerUrl;
    QString error;
    double seconds = 0;
};

const MillionServer& millionServer()
{
    static const MillionServer server = [] {
        MillionServer made;
        const QString url =
            BenchServer::instance().freshDatabase(QStringLiteral("bench_million"), &made.error);
        if (url.isEmpty())
            return made;
        const auto started = std::chrono::steady_clock::now();
        try {
            Database db(url);
            QuestionBank::installDefault(db);
            const Kit kit = *KitRepository(db).byName(QuestionBank::defaultKitName());
            QStringList items;
            for (int p = 0; p < kit.items.size(); ++p) {
                items << QStringLiteral("(%1, %2, %3, %4)")
                             .arg(p)
                             .arg(kit.items.at(p).question.versionId)
                             .arg(kit.items.at(p).timeBudgetSeconds)
                             .arg(kit.items.at(p).weight);
            }
            const QString names = QStringLiteral(
                "(ARRAY['Ada','Ben','Chloe','Dev','Elena','Farid','Grace','Hugo','Ines','Jonas','Kira',"
                "'Liam','Maya','Nils','Olga','Pavel','Quinn','Rosa','Sami','Tara'])[1 + (g * 7) % 20] || ' ' "
                "|| (ARRAY['Anders','Brook','Castillo','Dubois','Eriksen','Fischer','Garcia','Haddad','Ito',"
                "'Jensen','Kowalski','Larsen','Moreau','Novak','Okafor','Petrov','Quist','Rossi','Schmidt',"
                "'Tanaka','Umar','Varga','Weber','Xu','Yilmaz'])[1 + (g * 13) % 25] || ' ' || g");
            const QString roles = QStringLiteral(
                "(ARRAY['Backend Python developer','Data platform Python developer','Site reliability "
                "engineer','Machine learning engineer'])[1 + (g * 31) % 4]");
            const QStringList steps{
                QStringLiteral("SET session_replication_role = replica"),
                QStringLiteral(
                    "INSERT INTO interviewer (uuid, name, email, created_at) SELECT "
                    "gen_random_uuid()::text, 'Panel ' || g, 'panel' || g || '@example.com', 0 FROM "
                    "generate_series(1, 12) g"),
                QStringLiteral(
                    "INSERT INTO candidate (id, name, email, role, status, created_at, updated_at, "
                    "uuid) OVERRIDING SYSTEM VALUE SELECT g, %1, 'c' || g || '@example.com', %2, "
                    "'interviewing', 1767225600 + g * 30, 1767225600 + g * 30, "
                    "gen_random_uuid()::text FROM generate_series(1, 1000000) g")
                    .arg(names, roles),
                QStringLiteral("INSERT INTO candidate_tag (candidate_id, tag) SELECT g, CASE WHEN g % 2 = 0 "
                               "THEN 'remote' ELSE 'onsite' END FROM generate_series(1, 1000000) g"),
                QStringLiteral(
                    "INSERT INTO interview (id, candidate_id, interviewer_id, kit_id, role, state, "
                    "recommendation, started_at, ended_at, submitted_at, elapsed_seconds, "
                    "created_at, updated_at, uuid) OVERRIDING SYSTEM VALUE SELECT c.id, c.id, "
                    "(SELECT min(id) FROM interviewer) + c.id % 12, %1, c.role, 'submitted', "
                    "(ARRAY['strong_no','no','yes','strong_yes'])[1 + (c.id * 17) % 4], "
                    "c.created_at, c.created_at + 3600, c.created_at + 7200, 3600, c.created_at, "
                    "c.created_at, gen_random_uuid()::text FROM candidate c")
                    .arg(kit.id),
                QStringLiteral(
                    "INSERT INTO scorecard_entry (interview_id, position, question_version_id, "
                    "time_budget_seconds, weight, status, score, note, seconds_spent, updated_at, "
                    "uuid) SELECT i.id, k.position, k.version, k.budget, k.weight, 'scored', "
                    "1 + (i.id * 7 + k.position * 3) % 4, '', k.budget, 0, gen_random_uuid()::text "
                    "FROM interview i CROSS JOIN (VALUES %1) AS k(position, version, budget, weight)")
                    .arg(items.join(QStringLiteral(", "))),
                QStringLiteral("SELECT setval(pg_get_serial_sequence('candidate', 'id'), 1000001, false)"),
                QStringLiteral("SELECT setval(pg_get_serial_sequence('interview', 'id'), 1000001, false)"),
                // The caches, as the triggers keep them.
                QStringLiteral(
                    "INSERT INTO candidate_score (candidate_id, interviews, submitted, filter_text, "
                    "folded_name, name) SELECT c.id, 1, 1, lower(c.name || ' ' || c.role || ' ' || "
                    "c.email || ' ' || t.tag), lower(c.name), c.name FROM candidate c JOIN candidate_tag t "
                    "ON t.candidate_id = c.id"),
                QStringLiteral("INSERT INTO candidate_verdict (candidate_id, weighted_score, strong_no, no, "
                               "yes, strong_yes) SELECT i.candidate_id, s.weighted, (i.recommendation = "
                               "'strong_no')::int, (i.recommendation = 'no')::int, (i.recommendation = "
                               "'yes')::int, (i.recommendation = 'strong_yes')::int FROM interview i JOIN "
                               "(SELECT interview_id, sum(score * weight) / sum(weight) AS weighted FROM "
                               "scorecard_entry GROUP BY interview_id) s ON s.interview_id = i.id"),
                QStringLiteral("INSERT INTO scorecard_total (interview_id, scored, total, squares) SELECT "
                               "interview_id, count(*), sum(score), sum(score * score) FROM scorecard_entry "
                               "GROUP BY interview_id"),
                QStringLiteral("SET session_replication_role = DEFAULT"),
                // As autovacuum leaves a table that stopped changing: statistics, and the visibility
                // map that lets a walk of an index skip the table.
                QStringLiteral("VACUUM ANALYZE"),
            };
            {
                QSqlDatabase owner =
                    QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("million"));
                const ServerAddress address = ServerAddress::parse(url);
                owner.setHostName(address.host());
                owner.setDatabaseName(address.database());
                owner.setUserName(address.user());
                if (!owner.open())
                    throw StorageError(StorageError::Kind::Failed, owner.lastError().text());
                for (const QString& step : steps) {
                    QSqlQuery q(owner);
                    if (!q.exec(step))
                        throw StorageError(StorageError::Kind::Failed, q.lastError().text(), step.left(200));
                }
                owner.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("million"));
            ServerAccess::addUser(db, {QStringLiteral("bench_million_manager"),
                                       QStringLiteral("Bench Manager"), QStringLiteral("manager@example.com"),
                                       true, QStringLiteral("bench-pass")});
            // IA_BENCH_EXPLAIN=1: the manager's every statement comes with its plan, as run (rows,
            // timings, buffers), on the benchmark's standard error, through libpq's notices. At
            // warning level, as the app's connections take no notices; timing each plan node
            // slows the statements, so such a run's figures are not the benchmark's.
            if (qEnvironmentVariableIntValue("IA_BENCH_EXPLAIN") == 1) {
                QSqlDatabase owner =
                    QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("explain"));
                const ServerAddress address = ServerAddress::parse(url);
                owner.setHostName(address.host());
                owner.setDatabaseName(address.database());
                owner.setUserName(address.user());
                if (!owner.open())
                    throw StorageError(StorageError::Kind::Failed, owner.lastError().text());
                for (const char* setting :
                     {"session_preload_libraries = 'auto_explain'", "auto_explain.log_min_duration = 0",
                      "auto_explain.log_analyze = on", "auto_explain.log_buffers = on",
                      "auto_explain.log_level = warning"}) {
                    QSqlQuery q(owner);
                    const QString sql =
                        QStringLiteral("ALTER ROLE bench_million_manager SET ") + QLatin1String(setting);
                    if (!q.exec(sql))
                        throw StorageError(StorageError::Kind::Failed, q.lastError().text(), sql);
                }
                owner.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("explain"));
            db.releaseThreadConnection();
            const ServerAddress address = ServerAddress::parse(url);
            made.managerUrl = QStringLiteral("postgresql://bench_million_manager:bench-pass@/%1?host=%2")
                                  .arg(address.database(), address.host());
        } catch (const StorageError& e) {
            made.error = e.fullText();
        }
        made.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        return made;
    }();
    return server;
}

Database* millionDatabase(benchmark::State& state)
{
    const MillionServer& server = millionServer();
    if (server.managerUrl.isEmpty()) {
        state.SkipWithError(server.error.toStdString());
        return nullptr;
    }
    // Closed before the application goes, like the generated files.
    static std::unique_ptr<Database> db;
    if (!db) {
        db = std::make_unique<Database>(server.managerUrl);
        bench::onShutdown([] { db.reset(); });
    }
    state.counters["made_in_s"] = server.seconds;
    return db.get();
}

} // namespace

// Opening the candidates table on a team server with 1,000,000 candidates, as a manager's login
// (row-level security on): the model is built and its first rows are there to paint. Target ≤ 50 ms.
void BM_ServerMillionOpenToFirstRows(benchmark::State& state)
{
    Database* db = millionDatabase(state);
    if (!db)
        return;
    for (auto _ : state) {
        CandidateTableModel model(*db);
        model.setViewer(db->serverViewer().value_or(Viewer::nobody()));
        if (model.rowCount() == 0) {
            state.SkipWithError("no rows");
            break;
        }
        benchmark::DoNotOptimize(model.index(0, CandidateTableModel::ScoreColumn).data());
    }
}
BENCHMARK(BM_ServerMillionOpenToFirstRows)->Unit(benchmark::kMillisecond)->UseRealTime();

// One keystroke in the candidates filter over 1,000,000 candidates on the server. Target ≤ 50 ms.
void BM_ServerMillionFilterKeystroke(benchmark::State& state)
{
    Database* db = millionDatabase(state);
    if (!db)
        return;
    CandidateTableModel model(*db);
    model.setViewer(db->serverViewer().value_or(Viewer::nobody()));
    const QStringList typed{QStringLiteral("q"), QStringLiteral("qu"), QStringLiteral("qui"),
                            QStringLiteral("quis"), QStringLiteral("quist")};
    int n = 0;
    for (auto _ : state) {
        model.setFilter(typed.at(n++ % typed.size()));
        benchmark::DoNotOptimize(model.index(0, 0).data());
        benchmark::DoNotOptimize(model.countText());
    }
}
BENCHMARK(BM_ServerMillionFilterKeystroke)->Unit(benchmark::kMillisecond)->UseRealTime();

// A role's comparison (a quarter of the candidates: 250,000 panels) on the server, as the CLI's
// compare writes it. Target ≤ 1 s.
void BM_ServerMillionCompareRole(benchmark::State& state)
{
    Database* db = millionDatabase(state);
    if (!db)
        return;
    for (auto _ : state) {
        QByteArray json;
        QTextStream out(&json);
        HiringDesk(*db, db->serverViewer().value_or(Viewer::nobody()))
            .compare(QStringLiteral("Backend Python developer"))
            .writeJson(out);
        out.flush();
        state.counters["json_MB"] = double(json.size()) / 1e6;
    }
}
BENCHMARK(BM_ServerMillionCompareRole)->Iterations(3)->Unit(benchmark::kMillisecond)->UseRealTime();

// What a hiring manager waits for on the Compare page of a team server with 1,000,000 candidates:
// choosing a role (250,000 candidates) lists the role's candidates and compares the most recent
// ones it ticks for them (ComparePage::preselectedCandidates). The roles are switched in turn, so
// each iteration is a change of role as a click makes it. Target ≤ 1 s.
void BM_ServerMillionComparePageRole(benchmark::State& state)
{
    Database* db = millionDatabase(state);
    if (!db)
        return;
    ComparePage page(*db, []() -> UserPrompts& { std::abort(); });
    page.setViewer(db->serverViewer().value_or(Viewer::nobody()));
    const QStringList roles{QStringLiteral("Backend Python developer"),
                            QStringLiteral("Site reliability engineer")};
    // Started on the other role, so every iteration is a change (the first shows the page).
    if (!page.chooseRole(roles.last())) {
        state.SkipWithError("no such role");
        return;
    }
    int n = 0;
    int columns = 0;
    for (auto _ : state) {
        page.chooseRole(roles.at(n++ % roles.size()));
        columns = int(page.comparison().columns().size());
        benchmark::DoNotOptimize(page.grid()->model()->index(0, 0).data());
    }
    state.counters["columns"] = columns;
    // Where the time goes: the role's list, its newest, their comparison.
    const PanelRepository panels(*db);
    const Viewer viewer = db->serverViewer().value_or(Viewer::nobody());
    QElapsedTimer timer;
    timer.start();
    benchmark::DoNotOptimize(panels.candidatesForRole(roles.first()).size());
    state.counters["list_ms"] = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const QList<CandidateId> newest =
        panels.recentCandidatesForRole(roles.first(), ComparePage::preselectedCandidates);
    state.counters["newest_ms"] = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    benchmark::DoNotOptimize(HiringDesk(*db, viewer).compare(roles.first(), newest).columns().size());
    state.counters["compare_ms"] = double(timer.nsecsElapsed()) / 1e6;
}
BENCHMARK(BM_ServerMillionComparePageRole)->Iterations(4)->Unit(benchmark::kMillisecond)->UseRealTime();
