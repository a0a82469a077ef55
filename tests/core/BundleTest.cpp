#include "analysis/Calibration.h"
#include "analysis/Comparison.h"
#include "bank/QuestionBank.h"
#include "bundle/BundleExporter.h"
#include "bundle/BundleFormat.h"
#include "bundle/BundleImporter.h"
#include "desk/HiringDesk.h"
#include "domain/Identity.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "storage/Query.h"
#include "storage/SearchRepository.h"
#include "support/CliRunner.h"
#include "support/DatabaseRows.h"
#include "support/TestFiles.h"
#include "support/TestStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <gtest/gtest.h>

using namespace ia;
using namespace ia::test;

// The panel meets through files: each interviewer exports a bundle on their own laptop, the
// manager imports them, and the desk shows the panel as if everyone had used one database.

namespace {

const QString role = QStringLiteral("Backend Python developer");

struct Laptop
{
    Laptop(const TestDir& dir, const QString& file, const QString& interviewerName,
           int unrelatedCandidates = 0)
        : db(dir.path(file))
    {
        QuestionBank::installDefault(db);
        // Other candidates first, so this laptop's row ids differ from the others'.
        for (int i = 0; i < unrelatedCandidates; ++i) {
            Candidate other;
            other.name = QStringLiteral("Someone else %1").arg(i);
            CandidateRepository(db).create(other);
        }
        me = InterviewerRepository(db).create(
            Interviewer{0, {}, interviewerName, interviewerName.toLower() + QStringLiteral("@corp")});
    }

    CandidateId candidate(const QString& name, const QString& email)
    {
        Candidate c;
        c.name = name;
        c.email = email;
        c.role = role;
        c.notes = QStringLiteral("private notes of ") + me.name;
        c.links = {CandidateLink{0,
                                 QStringLiteral("github"),
                                 QStringLiteral("https://github.com/") + name.section(QLatin1Char(' '), 0, 0),
                                 {}}};
        return CandidateRepository(db).create(c).id;
    }

    // Scores every question of the default kit from the list (cycled), with a note and a highlight.
    InterviewId interview(CandidateId candidate, const QList<int>& scores, Recommendation recommendation)
    {
        InterviewRepository interviews(db);
        const Kit kit = *KitRepository(db).byName(QuestionBank::defaultKitName());
        const Interview iv = interviews.create(candidate, me.id, kit);
        interviews.start(iv.id, QDateTime::currentDateTimeUtc().addSecs(-3600));
        const Scorecard card = *interviews.scorecard(iv.id);
        for (int i = 0; i < card.entries.size(); ++i) {
            const ScorecardEntry& e = card.entries.at(i);
            interviews.setEntryResult(e.id, EntryStatus::Scored, scores.at(i % scores.size()));
            interviews.setNote(e.id, QStringLiteral("%1 heard answer %2").arg(me.name).arg(i));
        }
        Highlight h;
        h.interviewId = iv.id;
        h.entryId = card.entries.first().id;
        h.elapsedSeconds = 42;
        h.text = me.name + QStringLiteral(" highlight");
        interviews.saveHighlight(h);
        interviews.setCodeAnswer(card.entries.last().id,
                                 CodeSnippet{QStringLiteral("Python"), QStringLiteral("print(1)")});
        interviews.setRecommendation(iv.id, recommendation);
        interviews.setSummary(iv.id, me.name + QStringLiteral(" summary"));
        interviews.submit(iv.id, QDateTime::currentDateTimeUtc());
        return iv.id;
    }

    QString exportTo(const TestDir& dir, const QString& file) const
    {
        const QString path = dir.path(file);
        BundleExporter::Selection selection;
        selection.interviewer = me.id;
        EXPECT_EQ(BundleExporter::write(BundleExporter(db).collect(selection), path), QString());
        return path;
    }

    Database db;
    Interviewer me;
};

Bundle readBundle(const QString& path)
{
    return BundleFormat::fromJson(readAll(path));
}

BundleImporter::Report importFile(const Database& db, const QString& path,
                                  BundleImporter::Options options = {})
{
    return BundleImporter(db, std::move(options)).import(readBundle(path));
}

// What the desk shows for the role: each candidate's overall mean and scorecard count, and each
// interviewer's calibration, as text to compare whole.
QStringList deskView(const Database& db)
{
    QStringList view;
    const HiringDesk desk(db, Viewer::asManager());
    const Comparison c = desk.compare(role);
    for (const Comparison::Column& col : c.columns())
        view << QStringLiteral("%1: %2 scorecards, overall %3")
                    .arg(col.name)
                    .arg(col.scorecards)
                    .arg(col.overall.value_or(-1), 0, 'f', 6);
    for (int r = 0; r < c.rows().size(); ++r) {
        for (int k = 0; k < c.columns().size(); ++k) {
            const Comparison::Cell cell = c.cell(r, k);
            view << QStringLiteral("%1/%2: %3 (%4)")
                        .arg(c.rows().at(r).title, c.columns().at(k).name)
                        .arg(cell.mean.value_or(-1), 0, 'f', 6)
                        .arg(cell.count);
        }
    }
    for (const CalibrationRow& row : desk.calibration())
        view << QStringLiteral("%1: %2 scores, mean %3")
                    .arg(row.name)
                    .arg(row.scores)
                    .arg(row.mean.value_or(-1), 0, 'f', 6);
    view.sort();
    return view;
}

// Every table's content, to show an import changed nothing at all.
QString everything(const Database& db)
{
    QString all;
    for (const QString& table : firstColumn(
             db, db.isServer() ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = "
                                                "current_schema() AND tablename <> 'search_index' ORDER BY 1")
                               : QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                                "AND name NOT LIKE 'search_index%' ORDER BY name"))) {
        // Each row as one text: SQLite's json_object over every column would need the names, so
        // the row is read through a plain QSqlQuery here.
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
        all += table + QLatin1Char('\n');
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                all += q.value(i).toString() + QLatin1Char('|');
            all += QLatin1Char('\n');
        }
    }
    return all;
}

} // namespace

TEST(Bundle, ThreeLaptopsMeetInTheManagersDatabaseAsIfTheyHadSharedOne)
{
    TestDir dir;
    Laptop ann(dir, QStringLiteral("ann.sqlite"), QStringLiteral("Ann"));
    Laptop bob(dir, QStringLiteral("bob.sqlite"), QStringLiteral("Bob"), 3);
    Laptop cy(dir, QStringLiteral("cy.sqlite"), QStringLiteral("Cy"), 7);
    // The same two people, typed in on each laptop: the e-mail says who they are.
    ann.interview(ann.candidate(QStringLiteral("Xavier Example"), QStringLiteral("x@example.org")), {4, 3},
                  Recommendation::StrongYes);
    ann.interview(ann.candidate(QStringLiteral("Yolanda Example"), QStringLiteral("y@example.org")), {2, 3},
                  Recommendation::No);
    bob.interview(bob.candidate(QStringLiteral("Xavier Example"), QStringLiteral("X@Example.org")), {2, 1},
                  Recommendation::No);
    bob.interview(bob.candidate(QStringLiteral("Yolanda Example"), QStringLiteral("y@example.org")), {4},
                  Recommendation::Yes);
    cy.interview(cy.candidate(QStringLiteral("Xavier Example"), QStringLiteral("x@example.org")), {3, 4, 2},
                 Recommendation::Yes);
    // A draft stays on the laptop.
    InterviewRepository(cy.db).create(
        cy.candidate(QStringLiteral("Zed Draft"), QStringLiteral("z@example.org")), cy.me.id,
        *KitRepository(cy.db).byName(QuestionBank::defaultKitName()));

    // The same panel typed into one shared database, for reference.
    Laptop shared(dir, QStringLiteral("shared.sqlite"), QStringLiteral("Ann"));
    const Interviewer sBob =
        InterviewerRepository(shared.db).create(Interviewer{0, {}, QStringLiteral("Bob"), {}});
    const Interviewer sCy =
        InterviewerRepository(shared.db).create(Interviewer{0, {}, QStringLiteral("Cy"), {}});
    const CandidateId sx =
        shared.candidate(QStringLiteral("Xavier Example"), QStringLiteral("x@example.org"));
    const CandidateId sy =
        shared.candidate(QStringLiteral("Yolanda Example"), QStringLiteral("y@example.org"));
    shared.interview(sx, {4, 3}, Recommendation::StrongYes);
    shared.interview(sy, {2, 3}, Recommendation::No);
    shared.me = sBob;
    shared.interview(sx, {2, 1}, Recommendation::No);
    shared.interview(sy, {4}, Recommendation::Yes);
    shared.me = sCy;
    shared.interview(sx, {3, 4, 2}, Recommendation::Yes);

    // The manager's database: a file, or the team server when the suite runs against one.
    const TestStore managerStore(QStringLiteral("manager.sqlite"));
    Database manager(managerStore.location());
    QuestionBank::installDefault(manager);
    const QStringList bundles{ann.exportTo(dir, QStringLiteral("ann.iapanel")),
                              bob.exportTo(dir, QStringLiteral("bob.iapanel")),
                              cy.exportTo(dir, QStringLiteral("cy.iapanel"))};
    EXPECT_EQ(permissionBits(bundles.first()), 0600) << "a bundle is personal data";
    EXPECT_EQ(readBundle(bundles.at(2)).scorecards.size(), 1) << "drafts never leave the laptop";
    EXPECT_FALSE(readAll(bundles.first()).contains("private notes")) << "private notes stay on the laptop";

    BundleImporter::Report first = importFile(manager, bundles.at(0));
    EXPECT_EQ(first.newScorecards, 2);
    EXPECT_EQ(first.newCandidates, 2);
    const BundleImporter::Report second = importFile(manager, bundles.at(1));
    EXPECT_EQ(second.newScorecards, 2);
    EXPECT_EQ(second.matchedCandidates, 2) << second.summary().toStdString();
    EXPECT_EQ(importFile(manager, bundles.at(2)).newScorecards, 1);

    EXPECT_EQ(CandidateRepository(manager).count(), 2) << "matched by e-mail, not doubled";
    EXPECT_EQ(deskView(manager), deskView(shared.db));
    // Everything derived is right: full-text search finds a note from each laptop.
    for (const QString& who : {QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("Cy")})
        EXPECT_FALSE(
            SearchRepository(manager).search(who + QStringLiteral(" heard"), Viewer::asManager()).isEmpty())
            << who.toStdString();
    // The highlights and code answers came along, on the right questions.
    const QList<Interview> all = InterviewRepository(manager).all();
    ASSERT_EQ(all.size(), 5);
    const Scorecard card = *InterviewRepository(manager).scorecard(all.first().id);
    ASSERT_EQ(card.highlights.size(), 1);
    EXPECT_EQ(card.highlights.first().entryId, card.entries.first().id);
    ASSERT_EQ(card.codeAnswers.size(), 1);
    EXPECT_EQ(card.codeAnswers.first().entryId, card.entries.last().id);

    // Importing the same bundles again changes nothing at all.
    const QString before = everything(manager);
    for (const QString& path : bundles) {
        const BundleImporter::Report again = importFile(manager, path);
        EXPECT_EQ(again.newScorecards + again.updatedScorecards + again.newCandidates, 0);
        EXPECT_GT(again.unchangedScorecards, 0);
    }
    EXPECT_EQ(everything(manager), before);
}

TEST(Bundle, AResubmittedScorecardReplacesTheOldRevisionWhichIsKeptAsHistory)
{
    TestDir dir;
    Laptop ann(dir, QStringLiteral("ann.sqlite"), QStringLiteral("Ann"));
    const InterviewId id =
        ann.interview(ann.candidate(QStringLiteral("Xavier Example"), {}), {2}, Recommendation::No);
    // The manager's database: a file, or the team server when the suite runs against one.
    const TestStore managerStore(QStringLiteral("manager.sqlite"));
    Database manager(managerStore.location());
    EXPECT_EQ(importFile(manager, ann.exportTo(dir, QStringLiteral("r1.iapanel"))).newScorecards, 1);

    InterviewRepository laptop(ann.db);
    laptop.reopen(id, QDateTime::currentDateTimeUtc(), QStringLiteral("typo"));
    laptop.setSummary(id, QStringLiteral("second thoughts"));
    laptop.setRecommendation(id, Recommendation::Yes);
    laptop.submit(id, QDateTime::currentDateTimeUtc());
    const QString r2 = ann.exportTo(dir, QStringLiteral("r2.iapanel"));
    const BundleImporter::Report report = importFile(manager, r2);
    EXPECT_EQ(report.updatedScorecards, 1) << report.summary().toStdString();

    const Interview merged = InterviewRepository(manager).all().first();
    EXPECT_EQ(merged.revision, 2);
    EXPECT_EQ(merged.summary, QStringLiteral("second thoughts"));
    EXPECT_EQ(merged.recommendation, Recommendation::Yes);
    EXPECT_EQ(InterviewRepository(manager).keptRevisions(merged.id), QList<int>{1});
    // The candidate's cached score follows the new revision.
    EXPECT_EQ(firstColumn(manager, QStringLiteral("SELECT yes || '/' || no FROM candidate_verdict")),
              QStringList{QStringLiteral("1/0")});

    // The older one, imported late, is ignored with a note; nothing changes.
    const QString before = everything(manager);
    const BundleImporter::Report late = importFile(manager, dir.path(QStringLiteral("r1.iapanel")));
    EXPECT_EQ(late.updatedScorecards, 0);
    EXPECT_FALSE(late.notes.isEmpty());
    EXPECT_EQ(everything(manager), before);
}

TEST(Bundle, AnImportStoppedHalfwayLeavesNothingAndReportedItsProgress)
{
    TestDir dir;
    Laptop ann(dir, QStringLiteral("ann.sqlite"), QStringLiteral("Ann"));
    for (int i = 0; i < 4; ++i)
        ann.interview(ann.candidate(QStringLiteral("Candidate %1").arg(i), {}), {3}, Recommendation::Yes);
    const QString path = ann.exportTo(dir, QStringLiteral("ann.iapanel"));
    // The manager's database: a file, or the team server when the suite runs against one.
    const TestStore managerStore(QStringLiteral("manager.sqlite"));
    Database manager(managerStore.location());
    QuestionBank::installDefault(manager);
    const QString before = everything(manager);

    QList<int> seen;
    BundleImporter::Options stopAtFive;
    stopAtFive.progress = [&](int done, int total) {
        EXPECT_EQ(total, 8) << "two steps per scorecard";
        seen << done;
        return done < 5; // the user cancels while the scorecards are written
    };
    const BundleImporter::Report stopped = importFile(manager, path, stopAtFive);
    EXPECT_TRUE(stopped.stopped);
    EXPECT_EQ(seen, (QList<int>{1, 2, 3, 4, 5}));
    EXPECT_EQ(everything(manager), before) << "a cancelled import must leave no candidate and no scorecard";

    QList<int> all;
    BundleImporter::Options watch;
    watch.progress = [&](int done, int) {
        all << done;
        return true;
    };
    const BundleImporter::Report done = importFile(manager, path, watch);
    EXPECT_FALSE(done.stopped);
    EXPECT_EQ(done.newScorecards, 4);
    EXPECT_EQ(all.size(), 8);
    EXPECT_EQ(all.last(), 8);
}

TEST(Bundle, AnErasedCandidateIsNeverBroughtBack)
{
    TestDir dir;
    Laptop ann(dir, QStringLiteral("ann.sqlite"), QStringLiteral("Ann"));
    ann.interview(ann.candidate(QStringLiteral("Xavier Example"), QStringLiteral("x@example.org")), {3},
                  Recommendation::Yes);
    const QString bundle = ann.exportTo(dir, QStringLiteral("ann.iapanel"));
    // The manager's database: a file, or the team server when the suite runs against one.
    const TestStore managerStore(QStringLiteral("manager.sqlite"));
    Database manager(managerStore.location());
    importFile(manager, bundle);
    CandidateRepository(manager).erase(CandidateRepository(manager).all().first().id);

    const BundleImporter::Report again = importFile(manager, bundle);
    EXPECT_EQ(again.newScorecards, 0);
    ASSERT_EQ(again.refused.size(), 1);
    EXPECT_TRUE(again.refused.first().contains(QStringLiteral("erased")))
        << again.refused.first().toStdString();
    EXPECT_EQ(CandidateRepository(manager).count(), 0);

    // And the tombstone travels: a laptop that imports the manager's tombstones refuses them too.
    Bundle tombstones;
    tombstones.exportedAt = QDateTime::currentDateTimeUtc();
    tombstones.exportedBy = Interviewer{0, Identity::create(), QStringLiteral("Manager"), {}};
    tombstones.tombstones = BundleExporter(manager).collect({}).tombstones;
    ASSERT_FALSE(tombstones.tombstones.isEmpty());
    Database other(dir.path(QStringLiteral("other.sqlite")));
    BundleImporter(other, {}).import(BundleFormat::fromJson(BundleFormat::toJson(tombstones)));
    EXPECT_EQ(importFile(other, bundle).refused.size(), 1);
}

TEST(Bundle, ALookAlikeByNameIsConfirmedNotGuessed)
{
    TestDir dir;
    Laptop ann(dir, QStringLiteral("ann.sqlite"), QStringLiteral("Ann"));
    ann.interview(ann.candidate(QStringLiteral("Élodie Martin"), {}), {3}, Recommendation::Yes);
    const QString bundle = ann.exportTo(dir, QStringLiteral("ann.iapanel"));
    // The manager's database: a file, or the team server when the suite runs against one.
    const TestStore managerStore(QStringLiteral("manager.sqlite"));
    Database manager(managerStore.location());
    Candidate mine;
    mine.name = QStringLiteral("elodie  martin");
    mine.role = role;
    mine.notes = QStringLiteral("the manager's own notes");
    const CandidateId existing = CandidateRepository(manager).create(mine).id;

    const BundleImporter::Report unconfirmed = importFile(manager, bundle);
    EXPECT_EQ(unconfirmed.newScorecards, 0);
    ASSERT_EQ(unconfirmed.lookAlikes.size(), 1);
    EXPECT_EQ(unconfirmed.lookAlikes.first().existing, existing);
    EXPECT_EQ(CandidateRepository(manager).count(), 1);

    BundleImporter::Options confirmed;
    confirmed.sameAsExisting.insert(unconfirmed.lookAlikes.first().bundleCandidateUuid);
    const BundleImporter::Report merged = importFile(manager, bundle, confirmed);
    EXPECT_EQ(merged.newScorecards, 1);
    EXPECT_EQ(CandidateRepository(manager).count(), 1);
    const Candidate after = *CandidateRepository(manager).get(existing);
    EXPECT_EQ(after.notes, QStringLiteral("the manager's own notes")) << "the manager's profile wins";
    EXPECT_EQ(after.links.size(), 1) << "links are added";
    EXPECT_EQ(InterviewRepository(manager).forCandidate(existing).size(), 1);
    // Next time the same bundle finds them at once.
    EXPECT_EQ(importFile(manager, bundle).unchangedScorecards, 1);
}

TEST(Bundle, AQuestionWordedDifferentlyIsANewVersionNotAnOverwrite)
{
    TestDir dir;
    Laptop ann(dir, QStringLiteral("ann.sqlite"), QStringLiteral("Ann"));
    ann.interview(ann.candidate(QStringLiteral("Xavier Example"), {}), {3}, Recommendation::Yes);
    Bundle bundle = readBundle(ann.exportTo(dir, QStringLiteral("ann.iapanel")));
    // As if Ann's laptop had edited the first question before asking it.
    Question& q = bundle.questions.first();
    const QString oldVersion = q.versionUuid;
    q.versionUuid = Identity::create();
    q.prompt += QStringLiteral(" (reworded)");
    q.version = 2;
    for (BundleScorecard& s : bundle.scorecards) {
        for (ScorecardEntry& e : s.entries) {
            if (e.question.versionUuid == oldVersion)
                e.question.versionUuid = q.versionUuid;
        }
    }
    // The manager's database: a file, or the team server when the suite runs against one.
    const TestStore managerStore(QStringLiteral("manager.sqlite"));
    Database manager(managerStore.location());
    QuestionBank::installDefault(manager);
    const QStringList promptsBefore =
        firstColumn(manager, QStringLiteral("SELECT prompt FROM question_version ORDER BY id"));
    const BundleImporter::Report report =
        BundleImporter(manager, {}).import(BundleFormat::fromJson(BundleFormat::toJson(bundle)));
    EXPECT_EQ(report.newScorecards, 1);
    const QStringList promptsAfter =
        firstColumn(manager, QStringLiteral("SELECT prompt FROM question_version ORDER BY id"));
    ASSERT_EQ(promptsAfter.size(), promptsBefore.size() + 1);
    EXPECT_EQ(promptsAfter.mid(0, promptsBefore.size()), promptsBefore) << "no wording was overwritten";
    EXPECT_TRUE(promptsAfter.last().endsWith(QStringLiteral("(reworded)")));
    EXPECT_EQ(
        firstColumn(manager, QStringLiteral("SELECT count(*) FROM question")),
        firstColumn(manager, QStringLiteral("SELECT count(DISTINCT question_id) FROM question_version")));
}

TEST(Bundle, ATamperedBundleIsRefusedWithItsPathAndTheDatabaseIsUntouched)
{
    TestDir dir;
    Laptop ann(dir, QStringLiteral("ann.sqlite"), QStringLiteral("Ann"));
    ann.interview(ann.candidate(QStringLiteral("Xavier Example"), {}), {3}, Recommendation::Yes);
    const QByteArray good = readAll(ann.exportTo(dir, QStringLiteral("ann.iapanel")));
    const QJsonObject root = QJsonDocument::fromJson(good).object();

    struct Case
    {
        const char* name;
        std::function<void(QJsonObject&)> change;
        QString path; // where the first problem is
    };
    const auto inScorecard = [](QJsonObject& r, const std::function<void(QJsonObject&)>& f) {
        QJsonArray cards = r.value(QStringLiteral("scorecards")).toArray();
        QJsonObject card = cards.at(0).toObject();
        f(card);
        cards[0] = card;
        r.insert(QStringLiteral("scorecards"), cards);
    };
    const auto inEntry = [&](QJsonObject& r, const std::function<void(QJsonObject&)>& f) {
        inScorecard(r, [&](QJsonObject& card) {
            QJsonArray entries = card.value(QStringLiteral("entries")).toArray();
            QJsonObject e = entries.at(0).toObject();
            f(e);
            entries[0] = e;
            card.insert(QStringLiteral("entries"), entries);
        });
    };
    const QList<Case> cases{
        {"bad score",
         [&](QJsonObject& r) { inEntry(r, [](QJsonObject& e) { e.insert(QStringLiteral("score"), 7); }); },
         QStringLiteral("scorecards[0].entries[0].score")},
        {"score as text",
         [&](QJsonObject& r) {
             inEntry(r, [](QJsonObject& e) { e.insert(QStringLiteral("score"), QStringLiteral("4")); });
         },
         QStringLiteral("scorecards[0].entries[0].score")},
        {"missing rubric",
         [](QJsonObject& r) {
             QJsonArray qs = r.value(QStringLiteral("questions")).toArray();
             QJsonObject q = qs.at(0).toObject();
             q.remove(QStringLiteral("rubric"));
             qs[0] = q;
             r.insert(QStringLiteral("questions"), qs);
         },
         QStringLiteral("questions[0].rubric")},
        {"wrong type",
         [&](QJsonObject& r) {
             inScorecard(r,
                         [](QJsonObject& c) { c.insert(QStringLiteral("entries"), QStringLiteral("many")); });
         },
         QStringLiteral("scorecards[0].entries")},
        {"huge string",
         [&](QJsonObject& r) {
             inScorecard(r, [](QJsonObject& c) {
                 c.insert(QStringLiteral("summary"),
                          QString(BundleFormat::maxTextLength + 1, QLatin1Char('x')));
             });
         },
         QStringLiteral("scorecards[0].summary")},
        {"dangling reference",
         [&](QJsonObject& r) {
             inScorecard(r,
                         [](QJsonObject& c) { c.insert(QStringLiteral("candidate"), Identity::create()); });
         },
         QStringLiteral("scorecards[0].candidate")},
        {"not a uuid",
         [&](QJsonObject& r) {
             inScorecard(r, [](QJsonObject& c) {
                 c.insert(QStringLiteral("uuid"), QStringLiteral("1; DROP TABLE candidate"));
             });
         },
         QStringLiteral("scorecards[0].uuid")},
        {"newer format", [](QJsonObject& r) { r.insert(QStringLiteral("formatVersion"), 2); },
         QStringLiteral("formatVersion")},
        {"deep nesting",
         [&](QJsonObject& r) {
             inScorecard(r, [](QJsonObject& c) {
                 QJsonValue deep = QJsonArray{1};
                 for (int i = 0; i < 200; ++i)
                     deep = QJsonArray{deep};
                 c.insert(QStringLiteral("summary"), deep);
             });
         },
         QStringLiteral("scorecards[0].summary")},
    };
    // The manager's database: a file, or the team server when the suite runs against one.
    const TestStore managerStore(QStringLiteral("manager.sqlite"));
    Database manager(managerStore.location());
    QuestionBank::installDefault(manager);
    // The main file and its WAL (the -shm changes with every read; it holds no data); on a server,
    // every row of every table.
    const QString path = manager.path();
    const auto state = [&] {
        return manager.isServer() ? everything(manager).toUtf8()
                                  : sha256(path) + sha256(path + QStringLiteral("-wal"));
    };
    const QByteArray before = state();
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        QJsonObject changed = root;
        c.change(changed);
        try {
            BundleImporter(manager, {}).import(BundleFormat::fromJson(QJsonDocument(changed).toJson()));
            ADD_FAILURE() << "accepted";
        } catch (const BundleError& e) {
            EXPECT_EQ(e.path(), c.path) << e.message().toStdString();
        }
    }
    EXPECT_THROW(BundleFormat::fromJson(QByteArrayLiteral("{\"format\": ")), BundleError);
    EXPECT_THROW(BundleFormat::fromJson(QByteArrayLiteral("[]")), BundleError);
    EXPECT_EQ(state(), before) << "the database is byte-identical (on a server: row-identical)";
}

TEST(Bundle, TheCommandLineExportsAndImportsWithExitCodes)
{
    TestDir dir;
    Laptop ann(dir, QStringLiteral("ann.sqlite"), QStringLiteral("Ann"));
    ann.interview(ann.candidate(QStringLiteral("Xavier Example"), QStringLiteral("x@example.org")), {3},
                  Recommendation::Yes);
    const QString laptop = ann.db.path();
    const QString bundle = dir.path(QStringLiteral("ann.iapanel"));
    const QString manager = dir.path(QStringLiteral("manager.sqlite"));

    const CliRun exported =
        cli({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--db"), laptop,
             QStringLiteral("--as"), QStringLiteral("ann@corp"), QStringLiteral("--out"), bundle});
    EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(QStringLiteral("scorecards: 1")));
    EXPECT_EQ(cli({QStringLiteral("init"), QStringLiteral("--db"), manager}).exitCode, 0);
    const CliRun imported =
        cli({QStringLiteral("bundle"), QStringLiteral("import"), QStringLiteral("--db"), manager, bundle});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("1 new scorecard"))) << imported.out.toStdString();

    writeAll(
        dir.path(QStringLiteral("bad.iapanel")),
        QByteArrayLiteral("{\"format\": \"interview-assistant/scorecard-bundle\", \"formatVersion\": 9}"));
    const CliRun refused = cli({QStringLiteral("bundle"), QStringLiteral("import"), QStringLiteral("--db"),
                                manager, dir.path(QStringLiteral("bad.iapanel"))});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("formatVersion"))) << refused.err.toStdString();
    EXPECT_EQ(
        cli({QStringLiteral("bundle"), QStringLiteral("import"), QStringLiteral("--db"), manager}).exitCode,
        2);
    EXPECT_EQ(
        cli({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--db"), laptop}).exitCode,
        2);
}
