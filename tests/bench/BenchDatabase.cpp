#include "bench/BenchDatabase.h"

#include "bank/QuestionBank.h"
#include "bench/BenchFloors.h"
#include "domain/Identity.h"
#include "storage/CandidateFilterText.h"
#include "storage/Database.h"
#include "storage/KitRepository.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QTextStream>

#include <memory>

namespace ia::bench {

namespace {

// Bump when the generated data changes, so stale files are made again.
constexpr int generatorVersion = 3;
constexpr int interviewerCount = 12;
constexpr qint64 firstStart = 1767225600; // 2026-01-01T00:00:00Z

const char* const firstNames[] = {"Ada",  "Ben",   "Chloe", "Dev",  "Elena", "Farid", "Grace",
                                  "Hugo", "Ines",  "Jonas", "Kira", "Liam",  "Maya",  "Nils",
                                  "Olga", "Pavel", "Quinn", "Rosa", "Sami",  "Tara"};
const char* const lastNames[] = {"Anders", "Brook",  "Castillo", "Dubois",   "Eriksen", "Fischer", "Garcia",
                                 "Haddad", "Ito",    "Jensen",   "Kowalski", "Larsen",  "Moreau",  "Novak",
                                 "Okafor", "Petrov", "Quist",    "Rossi",    "Schmidt", "Tanaka",  "Umar",
                                 "Varga",  "Weber",  "Xu",       "Yilmaz"};
const char* const roles[] = {"Backend Python developer", "Data platform Python developer",
                             "Site reliability engineer", "Machine learning engineer"};
const char* const recommendations[] = {"strong_no", "no", "yes", "strong_yes"};

// A small deterministic generator seeded by the candidate's number.
class Dice
{
public:
    explicit Dice(int seed)
        : m_seed(quint32(seed) * 2654435761u + 12345u)
    {}
    int roll(int n)
    {
        m_seed = m_seed * 1664525u + 1013904223u;
        return int((m_seed >> 8) % quint32(n));
    }

private:
    quint32 m_seed;
};

QString pathFor(int candidates)
{
    return QDir(QCoreApplication::applicationDirPath())
        .filePath(QStringLiteral("bench-s%1-g%2-%3k.sqlite")
                      .arg(Schema::latestVersion())
                      .arg(generatorVersion)
                      .arg(candidates / 1000));
}

bool isDone(const QString& path)
{
    return QFile::exists(path + QStringLiteral(".done"));
}

// Candidates from+1 .. to, in one transaction. Plain prepared statements reused row after row:
// this is a data generator, not app code.
void addCandidates(Database& db, int from, int to)
{
    const Kit kit = *KitRepository(db).byName(QuestionBank::defaultKitName());
    // Random identities scatter each insert over the indexes: with SQLite's default 2 MB page cache
    // the one transaction spills pages and reads them back ever more often as the file grows. A
    // cache of up to 2 GiB, more than the largest file, keeps it in memory.
    Query::run(db.connection(), QStringLiteral("PRAGMA cache_size = -2097152"));
    WriteTransaction tx(db);
    const QSqlDatabase c = tx.connection();
    QList<qint64> interviewers;
    {
        Query known(c, QStringLiteral("SELECT id FROM interviewer ORDER BY id"));
        known.exec();
        while (known.next())
            interviewers.append(known.int64(0));
    }
    for (int i = int(interviewers.size()) + 1; i <= interviewerCount; ++i) {
        QSqlQuery add(c);
        add.prepare(
            QStringLiteral("INSERT INTO interviewer (uuid, name, email, created_at) VALUES (?, ?, ?, 0)"));
        add.addBindValue(Identity::create());
        add.addBindValue(QStringLiteral("Panel %1").arg(i));
        add.addBindValue(QStringLiteral("panel%1@example.com").arg(i));
        add.exec();
        interviewers.append(add.lastInsertId().toLongLong());
    }
    QSqlQuery candidate(c);
    candidate.prepare(QStringLiteral("INSERT INTO candidate (id, name, email, role, status, created_at, "
                                     "updated_at, uuid) VALUES (?, ?, ?, ?, 'interviewing', ?, ?, ?)"));
    QSqlQuery tag(c);
    tag.prepare(QStringLiteral("INSERT INTO candidate_tag (candidate_id, tag) VALUES (?, ?)"));
    QSqlQuery filterText(c);
    filterText.prepare(
        QStringLiteral("UPDATE candidate_score SET filter_text = ?, folded_name = ? WHERE candidate_id = ?"));
    QSqlQuery interview(c);
    interview.prepare(QStringLiteral(
        "INSERT INTO interview (candidate_id, interviewer_id, kit_id, role, state, recommendation, "
        "started_at, ended_at, elapsed_seconds, created_at, updated_at, uuid) VALUES (?, ?, ?, ?, "
        "'in_progress', NULL, ?, ?, 3600, ?, ?, ?)"));
    QSqlQuery entry(c);
    entry.prepare(QStringLiteral(
        "INSERT INTO scorecard_entry (interview_id, position, question_version_id, time_budget_seconds, "
        "weight, status, score, note, seconds_spent, updated_at, uuid) "
        "VALUES (?, ?, ?, ?, ?, 'scored', ?, ?, ?, 0, ?)"));
    QSqlQuery submit(c);
    submit.prepare(QStringLiteral(
        "UPDATE interview SET state = 'submitted', recommendation = ?, submitted_at = ? WHERE id = ?"));
    for (int id = from + 1; id <= to; ++id) {
        Dice dice(id);
        const QString name =
            QStringLiteral("%1 %2 %3")
                .arg(QLatin1String(firstNames[dice.roll(20)]), QLatin1String(lastNames[dice.roll(25)]))
                .arg(id);
        const QString email = QStringLiteral("c%1@example.com").arg(id);
        const QString role = QLatin1String(roles[dice.roll(4)]);
        const QString place = dice.roll(2) ? QStringLiteral("remote") : QStringLiteral("onsite");
        const qint64 start = firstStart + qint64(id) * 300;
        candidate.addBindValue(id);
        candidate.addBindValue(name);
        candidate.addBindValue(email);
        candidate.addBindValue(role);
        candidate.addBindValue(start);
        candidate.addBindValue(start);
        candidate.addBindValue(Identity::create());
        candidate.exec();
        tag.addBindValue(id);
        tag.addBindValue(place);
        tag.exec();
        filterText.addBindValue(CandidateFilterText::of(name, role, email, {place}));
        filterText.addBindValue(CandidateFilterText::foldedName(name));
        filterText.addBindValue(id);
        filterText.exec();

        // Every fifth candidate meets a panel of three different interviewers; the rest one.
        const int level = 1 + dice.roll(4);
        const int panelSize = id % 5 == 0 ? 3 : 1;
        const int firstInterviewer = dice.roll(interviewerCount);
        for (int seat = 0; seat < panelSize; ++seat) {
            const int who = (firstInterviewer + seat * 5) % interviewerCount;
            interview.addBindValue(id);
            interview.addBindValue(interviewers.at(who));
            interview.addBindValue(kit.id);
            interview.addBindValue(role);
            interview.addBindValue(start);
            interview.addBindValue(start + 3600);
            interview.addBindValue(start);
            interview.addBindValue(start + 3600);
            interview.addBindValue(Identity::create());
            interview.exec();
            const qint64 interviewId = interview.lastInsertId().toLongLong();
            // Panel 1 is lenient and Panel 2 harsh, a third of the time.
            const int bias = who == 0   ? (dice.roll(3) == 0 ? 1 : 0)
                             : who == 1 ? (dice.roll(3) == 0 ? -1 : 0)
                                        : 0;
            int total = 0;
            for (int p = 0; p < kit.items.size(); ++p) {
                const int score = qBound(1, level + dice.roll(3) - 1 + bias, 4);
                total += score;
                entry.addBindValue(interviewId);
                entry.addBindValue(p);
                entry.addBindValue(kit.items.at(p).question.versionId);
                entry.addBindValue(kit.items.at(p).timeBudgetSeconds);
                entry.addBindValue(kit.items.at(p).weight);
                entry.addBindValue(score);
                // One note in ten, so the search index has something to carry.
                entry.addBindValue(dice.roll(10) == 0 ? QStringLiteral("Solid answer about item %1").arg(p)
                                                      : QString(QLatin1String("")));
                entry.addBindValue(kit.items.at(p).timeBudgetSeconds - 60 + dice.roll(180));
                entry.addBindValue(Identity::create());
                entry.exec();
            }
            submit.addBindValue(QLatin1String(recommendations[qBound(0, total / 15 - 1, 3)]));
            submit.addBindValue(start + 7200);
            submit.addBindValue(interviewId);
            submit.exec();
        }
    }
    tx.commit();
}

// Each size grows from the next smaller one's file, so making all three costs what the largest does.
QString make(int candidates)
{
    const QString path = pathFor(candidates);
    if (isDone(path))
        return path;
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString& stale : QDir(dir).entryList({QStringLiteral("bench-*.sqlite*")})) {
        if (!stale.startsWith(QFileInfo(pathFor(0)).fileName().section(QLatin1Char('-'), 0, 2)))
            QFile::remove(QDir(dir).filePath(stale));
    }
    int from = 0;
    for (const int smaller : sizes) {
        if (smaller < candidates && isDone(pathFor(smaller)))
            from = smaller;
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    if (from > 0 && !QFile::copy(pathFor(from), path))
        qFatal("could not copy the %d-candidate database", from);
    QTextStream(stderr) << "Creating " << path << " (" << candidates << " candidates, from " << from
                        << ")...\n";
    QElapsedTimer timer;
    timer.start();
    {
        Database db(path);
        if (from == 0)
            QuestionBank::installDefault(db);
        addCandidates(db, from, candidates);
        db.purgeDeletedData();
    }
    QFile done(path + QStringLiteral(".done"));
    if (!done.open(QIODevice::WriteOnly))
        qFatal("could not mark %s done", qPrintable(path));
    QTextStream(stderr) << "... done in " << timer.elapsed() / 1000 << " s\n";
    return path;
}

} // namespace

QString generatedDatabasePath(int candidates)
{
    // Smaller sizes first: the larger grow from them.
    for (const int smaller : sizes) {
        if (smaller < candidates)
            make(smaller);
    }
    return make(candidates);
}

namespace {
QHash<int, std::shared_ptr<Database>>& openDatabases()
{
    static QHash<int, std::shared_ptr<Database>> open;
    static const bool closedAtExit = [] {
        onShutdown([] { openDatabases().clear(); });
        return true;
    }();
    Q_UNUSED(closedAtExit)
    return open;
}
} // namespace

Database& generatedDatabase(int candidates)
{
    QHash<int, std::shared_ptr<Database>>& open = openDatabases();
    if (!open.contains(candidates))
        open.insert(candidates, std::make_shared<Database>(generatedDatabasePath(candidates)));
    return *open.value(candidates);
}

void closeGeneratedDatabases()
{
    openDatabases().clear();
}

} // namespace ia::bench
