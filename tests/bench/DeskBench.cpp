#include "bank/QuestionBank.h"
#include "domain/Identity.h"
#include "storage/CandidateFilterText.h"
#include "storage/CandidateListRepository.h"
#include "storage/Database.h"
#include "storage/KitRepository.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "storage/WriteTransaction.h"
#include "ui/CandidateTableModel.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTextStream>
#include <benchmark/benchmark.h>

using namespace ia;

namespace {

constexpr int candidateCount = 100'000;

const char* const firstNames[] = {"Ada",  "Ben",   "Chloe", "Dev",  "Elena", "Farid", "Grace",
                                  "Hugo", "Ines",  "Jonas", "Kira", "Liam",  "Maya",  "Nils",
                                  "Olga", "Pavel", "Quinn", "Rosa", "Sami",  "Tara"};
const char* const lastNames[] = {"Anders", "Brook",  "Castillo", "Dubois",   "Eriksen", "Fischer", "Garcia",
                                 "Haddad", "Ito",    "Jensen",   "Kowalski", "Larsen",  "Moreau",  "Novak",
                                 "Okafor", "Petrov", "Quist",    "Rossi",    "Schmidt", "Tanaka",  "Umar",
                                 "Varga",  "Weber",  "Xu",       "Yilmaz"};
const char* const roles[] = {"Backend Python developer", "Data platform Python developer",
                             "Site reliability engineer", "Machine learning engineer"};

// 100,000 candidates, each with one submitted 15-question interview: 1.5 million scores. Made once
// (about a minute) and kept in the build tree while the schema does not change.
QString benchDatabase()
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QString path =
        QDir(dir).filePath(QStringLiteral("bench-100k-v%1.sqlite").arg(Schema::latestVersion()));
    if (QFile::exists(path + QStringLiteral(".done")))
        return path;
    for (const QString& stale : QDir(dir).entryList({QStringLiteral("bench-100k-*")}))
        QFile::remove(QDir(dir).filePath(stale));
    QTextStream(stderr) << "Creating " << path << " (100,000 candidates, 1.5 million scores)...\n";
    QElapsedTimer timer;
    timer.start();
    Database db(path);
    QuestionBank::installDefault(db);
    const Kit kit = *KitRepository(db).byName(QuestionBank::defaultKitName());
    {
        WriteTransaction tx(db);
        const QSqlDatabase c = tx.connection();
        for (int i = 1; i <= 5; ++i)
            Query::run(c, QStringLiteral(
                              "INSERT INTO interviewer (uuid, name, created_at) VALUES ('%2', 'Panel %1', 0)")
                              .arg(i)
                              .arg(Identity::create()));
        // Plain prepared statements reused row after row: this is a data generator, not app code.
        QSqlQuery candidate(c);
        candidate.prepare(QStringLiteral(
            "INSERT INTO candidate (id, name, email, role, status, created_at, updated_at, uuid) "
            "VALUES (?, ?, ?, ?, 'interviewing', 0, 0, ?)"));
        QSqlQuery tag(c);
        tag.prepare(QStringLiteral("INSERT INTO candidate_tag (candidate_id, tag) VALUES (?, ?)"));
        QSqlQuery filterText(c);
        filterText.prepare(
            QStringLiteral("UPDATE candidate_score SET filter_text = ? WHERE candidate_id = ?"));
        QSqlQuery interview(c);
        interview.prepare(QStringLiteral(
            "INSERT INTO interview (id, candidate_id, interviewer_id, kit_id, state, "
            "recommendation, elapsed_seconds, created_at, updated_at, uuid) VALUES (?, ?, ?, ?, "
            "'in_progress', NULL, 3600, 0, 0, ?)"));
        QSqlQuery entry(c);
        entry.prepare(QStringLiteral(
            "INSERT INTO scorecard_entry (interview_id, position, question_version_id, "
            "time_budget_seconds, weight, status, score, note, seconds_spent, updated_at, uuid) "
            "VALUES (?, ?, ?, ?, ?, 'scored', ?, ?, 200, 0, ?)"));
        QSqlQuery submit(c);
        submit.prepare(
            QStringLiteral("UPDATE interview SET state = 'submitted', recommendation = ? WHERE id = ?"));
        const char* const recommendations[] = {"strong_no", "no", "yes", "strong_yes"};
        quint32 seed = 12345;
        const auto next = [&seed](quint32 n) {
            seed = seed * 1664525u + 1013904223u;
            return (seed >> 8) % n;
        };
        for (int id = 1; id <= candidateCount; ++id) {
            const QString name =
                QStringLiteral("%1 %2 %3")
                    .arg(QLatin1String(firstNames[next(20)]), QLatin1String(lastNames[next(25)]))
                    .arg(id);
            const QString email = QStringLiteral("c%1@example.com").arg(id);
            const QString role = QLatin1String(roles[next(4)]);
            const QString place = next(2) ? QStringLiteral("remote") : QStringLiteral("onsite");
            candidate.addBindValue(id);
            candidate.addBindValue(name);
            candidate.addBindValue(email);
            candidate.addBindValue(role);
            candidate.addBindValue(Identity::create());
            candidate.exec();
            tag.addBindValue(id);
            tag.addBindValue(place);
            tag.exec();
            filterText.addBindValue(CandidateFilterText::of(name, role, email, {place}));
            filterText.addBindValue(id);
            filterText.exec();
            interview.addBindValue(id);
            interview.addBindValue(id);
            interview.addBindValue(1 + int(next(5)));
            interview.addBindValue(kit.id);
            interview.addBindValue(Identity::create());
            interview.exec();
            int total = 0;
            for (int p = 0; p < kit.items.size(); ++p) {
                const int score = 1 + int(next(4));
                total += score;
                entry.addBindValue(id);
                entry.addBindValue(p);
                entry.addBindValue(kit.items.at(p).question.versionId);
                entry.addBindValue(kit.items.at(p).timeBudgetSeconds);
                entry.addBindValue(kit.items.at(p).weight);
                entry.addBindValue(score);
                // One note in ten, so the search index has something to carry.
                entry.addBindValue(next(10) == 0 ? QStringLiteral("Solid answer about item %1").arg(p)
                                                 : QString(QLatin1String("")));
                entry.addBindValue(Identity::create());
                entry.exec();
            }
            submit.addBindValue(QLatin1String(recommendations[qBound(0, total / 15 - 1, 3)]));
            submit.addBindValue(id);
            submit.exec();
        }
        tx.commit();
    }
    db.purgeDeletedData();
    QFile done(path + QStringLiteral(".done"));
    done.open(QIODevice::WriteOnly);
    QTextStream(stderr) << "... done in " << timer.elapsed() / 1000 << " s\n";
    return path;
}

Database& database()
{
    static Database db(benchDatabase());
    return db;
}

} // namespace

// Opening the candidates table over 100,000 candidates: the model is built and its first rows are
// there to paint.
void BM_CandidatesOpenToFirstRows100k(benchmark::State& state)
{
    Database& db = database();
    for (auto _ : state) {
        CandidateTableModel model(db);
        if (model.rowCount() == 0) {
            state.SkipWithError("no rows");
            break;
        }
        benchmark::DoNotOptimize(model.index(0, CandidateTableModel::ScoreColumn).data());
    }
}
BENCHMARK(BM_CandidatesOpenToFirstRows100k)->Unit(benchmark::kMillisecond);

// One keystroke in the filter: the filter changes, the first matching rows are back, and the count
// label is updated (counting stops at the cap).
void BM_CandidatesFilterKeystroke100k(benchmark::State& state)
{
    CandidateTableModel model(database());
    const QStringList typed{QStringLiteral("q"), QStringLiteral("qu"), QStringLiteral("qui"),
                            QStringLiteral("quis"), QStringLiteral("quist")};
    int n = 0;
    for (auto _ : state) {
        model.setFilter(typed.at(n++ % typed.size()));
        benchmark::DoNotOptimize(model.index(0, 0).data());
        benchmark::DoNotOptimize(model.countText());
    }
}
BENCHMARK(BM_CandidatesFilterKeystroke100k)->Unit(benchmark::kMillisecond);

// Sorting the table best score first.
void BM_CandidatesSortByScore100k(benchmark::State& state)
{
    CandidateTableModel model(database());
    for (auto _ : state) {
        model.sort(CandidateTableModel::ScoreColumn, Qt::DescendingOrder);
        benchmark::DoNotOptimize(model.index(0, 0).data());
    }
}
BENCHMARK(BM_CandidatesSortByScore100k)->Unit(benchmark::kMillisecond);

// Opening a candidate from a search hit who sorts near the end of the list: the rows down to them
// are loaded in one go.
void BM_CandidatesJumpToLastByName100k(benchmark::State& state)
{
    Database& db = database();
    const CandidateRow last =
        CandidateListRepository(db)
            .page({}, CandidateListRepository::Sort::Name, true, 0, 1, Viewer::asManager())
            .first();
    for (auto _ : state) {
        CandidateTableModel model(db);
        if (model.loadThrough(last.id) < 0) {
            state.SkipWithError("not found");
            break;
        }
    }
}
BENCHMARK(BM_CandidatesJumpToLastByName100k)->Unit(benchmark::kMillisecond);
