// The user's own bank: draft and published question versions, kit versions, and question packs
// (JSON and spreadsheet) in and out.
#include "bank/QuestionBank.h"
#include "demo/DemoData.h"
#include "domain/Viewer.h"
#include "pack/PackCsvReader.h"
#include "pack/PackExporter.h"
#include "pack/PackImporter.h"
#include "pack/PackJsonReader.h"
#include "pack/PackJsonWriter.h"
#include "pack/PackProblem.h"
#include "reports/ReportExporter.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "storage/QuestionRepository.h"
#include "storage/StorageError.h"
#include "support/DatabaseRows.h"
#include "support/PdfTools.h"
#include "support/TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageSize>
#include <gtest/gtest.h>

using namespace ia;
using namespace ia::test;

namespace {

Question draftableQuestion(const QString& title, const QString& category = QStringLiteral("Frontend"))
{
    Question q;
    q.category = category;
    q.title = title;
    q.prompt = QStringLiteral("Explain %1 to a colleague who has not met it.").arg(title);
    q.assesses = QStringLiteral("Depth and clarity.");
    q.followUps = {QStringLiteral("Where did it bite you?")};
    q.timeBudgetSeconds = 300;
    for (int s = 1; s <= 4; ++s)
        q.rubric.setAnchor(s, QStringLiteral("Level %1").arg(s),
                           QStringLiteral("What level %1 sounds like.").arg(s));
    return q;
}

// Every row of the tables a bank is made of, to compare a database before and after.
QStringList bankRows(const Database& db)
{
    QStringList rows;
    for (const char* sql :
         {"SELECT uuid || key || archived FROM question ORDER BY id",
          "SELECT uuid || version || state || title || prompt || category FROM question_version ORDER BY id",
          "SELECT question_version_id || position || text FROM question_follow_up ORDER BY 1",
          "SELECT question_version_id || score || label || description FROM rubric_anchor ORDER BY 1",
          "SELECT uuid || name || role || target_seconds || coalesce(changed_at, '-') FROM kit ORDER BY id",
          "SELECT kit_id || question_id || position || weight FROM kit_item ORDER BY 1",
          "SELECT uuid || version FROM kit_version ORDER BY id",
          "SELECT kit_version_id || question_id || position || weight FROM kit_version_item ORDER BY 1"})
        rows += firstColumn(db, QString::fromLatin1(sql));
    return rows;
}

struct BankPanel
{
    TestDir dir;
    Database db{dir.path(QStringLiteral("bank.sqlite"))};
    InterviewerId interviewer = 0;
    CandidateId candidate = 0;

    BankPanel()
    {
        QuestionBank::installDefault(db);
        interviewer = InterviewerRepository(db).findOrCreate(QStringLiteral("Ivy")).id;
        Candidate c;
        c.name = QStringLiteral("Pat Frontend");
        c.role = QStringLiteral("Frontend developer");
        candidate = CandidateRepository(db).create(c).id;
    }
    Kit publishedQuestionsKit(const QString& name, const QList<Question>& questions)
    {
        QuestionRepository repo(db);
        Kit kit;
        kit.name = name;
        kit.role = QStringLiteral("Frontend developer");
        kit.targetSeconds = 1800;
        for (const Question& q : questions) {
            const Question draft = repo.createDraft(q, QStringLiteral("Ivy"));
            repo.publish(draft.id, QStringLiteral("Ivy"));
            KitItem item;
            item.question = draft;
            item.timeBudgetSeconds = q.timeBudgetSeconds;
            kit.items.append(item);
        }
        KitRepository kits(db);
        return kits.publish(kits.create(kit).id, QStringLiteral("Ivy"));
    }
};

} // namespace

TEST(QuestionVersions, EditingSavesADraftThatNoInterviewAsksUntilPublished)
{
    BankPanel p;
    QuestionRepository questions(p.db);
    const Question draft =
        questions.createDraft(draftableQuestion(QStringLiteral("CSS grid")), QStringLiteral("Ivy"));
    EXPECT_TRUE(draft.draft);
    EXPECT_EQ(draft.version, 1);
    EXPECT_FALSE(questions.latest(draft.id)) << "a draft is not a published version";

    Question edited = draft;
    edited.title = QStringLiteral("CSS grid and flexbox");
    const Question saved = questions.saveDraft(edited, QStringLiteral("Ivy"));
    EXPECT_EQ(saved.versionId, draft.versionId) << "a draft is edited in place";
    EXPECT_EQ(saved.title, QStringLiteral("CSS grid and flexbox"));

    const Question v1 = questions.publish(draft.id, QStringLiteral("Ivy"));
    EXPECT_FALSE(v1.draft);
    EXPECT_TRUE(v1.publishedAt.isValid());
    EXPECT_EQ(v1.author, QStringLiteral("Ivy"));

    // Editing a published question makes version 2 as a draft; undoing the edit removes it again.
    Question again = v1;
    again.prompt = QStringLiteral("Lay out a photo gallery.");
    const Question v2 = questions.saveDraft(again, QStringLiteral("Ann"));
    EXPECT_EQ(v2.version, 2);
    EXPECT_TRUE(v2.draft);
    EXPECT_EQ(questions.latest(draft.id)->version, 1);
    const Question back = questions.saveDraft(v1, QStringLiteral("Ann"));
    EXPECT_FALSE(back.draft);
    EXPECT_FALSE(questions.draft(draft.id));
    EXPECT_EQ(questions.history(draft.id).size(), 1);
}

TEST(QuestionVersions, PublishingNamesWhatIsMissing)
{
    BankPanel p;
    QuestionRepository questions(p.db);
    Question q = draftableQuestion(QStringLiteral("Accessibility"));
    q.rubric.setAnchor(3, QString(), QStringLiteral("Knows ARIA roles."));
    q.prompt.clear();
    const Question draft = questions.createDraft(q, QStringLiteral("Ivy"));
    try {
        questions.publish(draft.id, QStringLiteral("Ivy"));
        FAIL() << "an incomplete question must not be published";
    } catch (const StorageError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("Prompt"))) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(QStringLiteral("Score 3"))) << e.message().toStdString();
    }
    EXPECT_TRUE(questions.draft(draft.id));
}

TEST(QuestionVersions, AnUnusedDraftIsDiscardedAndAnAskedQuestionOnlyArchived)
{
    BankPanel p;
    QuestionRepository questions(p.db);
    const Question draft =
        questions.createDraft(draftableQuestion(QStringLiteral("Throwaway")), QStringLiteral("Ivy"));
    questions.discardDraft(draft.id);
    EXPECT_FALSE(questions.newest(draft.id));

    const Kit kit = *KitRepository(p.db).byName(QuestionBank::defaultKitName());
    InterviewRepository(p.db).create(p.candidate, p.interviewer, kit);
    const QuestionId asked = kit.items.first().question.id;
    questions.setArchived(asked, true);
    const QList<QuestionOverview> overview = questions.overview();
    const auto row = std::find_if(overview.begin(), overview.end(),
                                  [&](const QuestionOverview& o) { return o.id == asked; });
    ASSERT_NE(row, overview.end());
    EXPECT_TRUE(row->archived);
    EXPECT_TRUE(row->kits.contains(QuestionBank::defaultKitName()));
    EXPECT_EQ(row->publishedVersion, 1);
}

TEST(QuestionVersions, APastScorecardsPdfIsTheSameAfterItsQuestionsAndKitAreEdited)
{
    TestDir dir;
    Database db(dir.path(QStringLiteral("demo.sqlite")));
    DemoData::create(db);
    InterviewId submitted = 0;
    for (const Interview& i : InterviewRepository(db).all()) {
        if (i.state == InterviewState::Submitted) {
            submitted = i.id;
            break;
        }
    }
    ASSERT_NE(submitted, 0);
    const ReportExporter exporter(db, QPageSize(QPageSize::A4), Viewer::asManager());
    const QString before = dir.path(QStringLiteral("before.pdf"));
    ASSERT_TRUE(exporter.scorecard(submitted, before).ok);

    QuestionRepository questions(db);
    KitRepository kits(db);
    const Kit kit = *kits.byName(QuestionBank::defaultKitName());
    for (const KitItem& item : kit.items) {
        Question edited = item.question;
        edited.title += QStringLiteral(" (reworded)");
        edited.prompt = QStringLiteral("A new prompt.");
        edited.rubric.setAnchor(4, QStringLiteral("Outstanding"), QStringLiteral("Something else entirely."));
        questions.saveDraft(edited, QStringLiteral("Ann"));
        questions.publish(item.question.id, QStringLiteral("Ann"));
    }
    QList<KitItem> items = kit.items;
    items.removeLast();
    std::reverse(items.begin(), items.end());
    kits.setItems(kit.id, items);
    kits.publish(kit.id, QStringLiteral("Ann"));
    Kit renamed = *kits.working(kit.id);
    renamed.name = QStringLiteral("Python developer (2027)");
    kits.updateDetails(renamed);

    const QString after = dir.path(QStringLiteral("after.pdf"));
    ASSERT_TRUE(exporter.scorecard(submitted, after).ok);
    const QString textBefore = pdfText(before);
    EXPECT_FALSE(textBefore.isEmpty());
    EXPECT_EQ(pdfText(after), textBefore);
}

TEST(KitVersions, ARunningInterviewKeepsItsQuestionsWhenItsKitIsEdited)
{
    BankPanel p;
    const Kit kit = p.publishedQuestionsKit(
        QStringLiteral("Frontend developer"),
        {draftableQuestion(QStringLiteral("CSS grid")),
         draftableQuestion(QStringLiteral("Event loop"), QStringLiteral("JavaScript")),
         draftableQuestion(QStringLiteral("Accessibility"))});
    EXPECT_EQ(kit.version, 1);
    const InterviewId running = InterviewRepository(p.db).create(p.candidate, p.interviewer, kit).id;
    const QStringList asked = firstColumn(
        p.db, QStringLiteral(
                  "SELECT question_version_id || ' ' || weight FROM scorecard_entry WHERE interview_id = %1 "
                  "ORDER BY position")
                  .arg(running));
    EXPECT_EQ(asked.size(), 3);

    KitRepository kits(p.db);
    QuestionRepository questions(p.db);
    QList<KitItem> items = kits.working(kit.id)->items;
    items.removeFirst();
    items.first().weight = 2.0;
    kits.setItems(kit.id, items);
    EXPECT_TRUE(kits.working(kit.id)->changed);
    EXPECT_EQ(kits.get(kit.id)->items.size(), 3) << "new interviews use the published version until Publish";
    Question edited = items.first().question;
    edited.prompt = QStringLiteral("Reworded.");
    questions.saveDraft(edited, QStringLiteral("Ann"));
    questions.publish(edited.id, QStringLiteral("Ann"));
    const Kit v2 = kits.publish(kit.id, QStringLiteral("Ann"));
    EXPECT_EQ(v2.version, 2);
    EXPECT_FALSE(v2.changed);

    EXPECT_EQ(
        firstColumn(p.db, QStringLiteral("SELECT question_version_id || ' ' || weight FROM scorecard_entry "
                                         "WHERE interview_id = %1 ORDER BY position")
                              .arg(running)),
        asked);
    EXPECT_EQ(
        firstColumn(p.db, QStringLiteral("SELECT kit_version_id FROM interview WHERE id = %1").arg(running)),
        QStringList{QString::number(kit.versionId)});
    const InterviewId next = InterviewRepository(p.db).create(p.candidate, p.interviewer, v2).id;
    const Scorecard card = *InterviewRepository(p.db).scorecard(next);
    ASSERT_EQ(card.entries.size(), 2);
    EXPECT_TRUE(std::any_of(card.entries.begin(), card.entries.end(), [](const ScorecardEntry& e) {
        return e.question.prompt == QLatin1String("Reworded.") && e.weight == 2.0;
    }));
}

TEST(KitVersions, AKitWithoutQuestionsOrWithAnUnpublishedQuestionIsNotPublished)
{
    BankPanel p;
    KitRepository kits(p.db);
    Kit empty;
    empty.name = QStringLiteral("Empty");
    const Kit created = kits.create(empty);
    EXPECT_THROW(kits.publish(created.id, QStringLiteral("Ivy")), StorageError);
    EXPECT_TRUE(kits.publishProblems(created.id).first().contains(QStringLiteral("no questions")));

    KitItem item;
    item.question = QuestionRepository(p.db).createDraft(draftableQuestion(QStringLiteral("Unfinished")),
                                                         QStringLiteral("Ivy"));
    kits.setItems(created.id, {item});
    try {
        kits.publish(created.id, QStringLiteral("Ivy"));
        FAIL() << "a kit with a question never published must not be published";
    } catch (const StorageError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("Unfinished"))) << e.message().toStdString();
    }
    EXPECT_EQ(kits.get(created.id)->version, 0);
    const QList<Kit> offered = kits.offered();
    EXPECT_FALSE(std::any_of(offered.begin(), offered.end(),
                             [](const Kit& k) { return k.name == QLatin1String("Empty"); }));
}

TEST(Packs, ExportImportExportGivesTheSameFile)
{
    BankPanel a;
    a.publishedQuestionsKit(QStringLiteral("Frontend developer"),
                            {draftableQuestion(QStringLiteral("CSS grid")),
                             draftableQuestion(QStringLiteral("Closures"), QStringLiteral("JavaScript"))});
    QuestionRepository questions(a.db);
    Question edited = *questions.latestByKey(QStringLiteral("python.oop"));
    edited.prompt = QStringLiteral("Model a library loan system with classes.");
    questions.saveDraft(edited, QStringLiteral("Ivy"));
    questions.publish(edited.id, QStringLiteral("Ivy"));
    const QByteArray first = PackJsonWriter::write(PackExporter::build(a.db));

    TestDir other;
    Database b(other.path(QStringLiteral("b.sqlite")));
    QuestionBank::installDefault(b);
    const PackImporter::Result result =
        PackImporter(b, QStringLiteral("Bo"))
            .import(PackJsonReader::read(first, QStringLiteral("first.json")));
    EXPECT_EQ(result.count(PackImporter::Change::Kind::NewQuestion), 2);
    EXPECT_EQ(result.count(PackImporter::Change::Kind::NewVersion), 1);
    EXPECT_EQ(result.count(PackImporter::Change::Kind::NewKit), 1);
    const QByteArray second = PackJsonWriter::write(PackExporter::build(b));
    EXPECT_EQ(second, first);

    // The same pack again changes nothing at all.
    const QStringList rows = bankRows(b);
    const PackImporter::Result again = PackImporter(b, QStringLiteral("Bo"))
                                           .import(PackJsonReader::read(first, QStringLiteral("first.json")));
    EXPECT_TRUE(again.changes.isEmpty()) << again.summary().toStdString();
    EXPECT_EQ(bankRows(b), rows);
}

TEST(Packs, AChangedQuestionBecomesANewVersionOfTheSameQuestion)
{
    BankPanel a;
    QJsonObject pack = QJsonDocument::fromJson(
                           PackJsonWriter::write(PackExporter::build(a.db, {QuestionBank::defaultKitName()})))
                           .object();
    QJsonArray questions = pack.value(QStringLiteral("questions")).toArray();
    QJsonObject q = questions.first().toObject();
    const QString uuid = q.value(QStringLiteral("uuid")).toString();
    q.insert(QStringLiteral("prompt"), QStringLiteral("Changed by the team."));
    q.remove(QStringLiteral("versionUuid"));
    questions.replace(0, q);
    pack.insert(QStringLiteral("questions"), questions);
    const PackImporter::Result result =
        PackImporter(a.db, QStringLiteral("Team"))
            .import(PackJsonReader::read(QJsonDocument(pack).toJson(), QStringLiteral("team.json")));
    EXPECT_EQ(result.count(PackImporter::Change::Kind::NewVersion), 1) << result.summary().toStdString();
    const Question latest = *QuestionRepository(a.db).latestByUuid(uuid);
    EXPECT_EQ(latest.version, 2);
    EXPECT_EQ(latest.prompt, QStringLiteral("Changed by the team."));
}

TEST(Packs, BadPacksAreRefusedWithEveryProblemLocatedAndNothingWritten)
{
    BankPanel p;
    const QByteArray good =
        PackJsonWriter::write(PackExporter::build(p.db, {QuestionBank::defaultKitName()}));
    const auto variant = [&](const std::function<void(QJsonObject&)>& change) {
        QJsonObject root = QJsonDocument::fromJson(good).object();
        QJsonArray questions = root.value(QStringLiteral("questions")).toArray();
        QJsonObject q = questions.first().toObject();
        change(q);
        questions.replace(0, q);
        root.insert(QStringLiteral("questions"), questions);
        return QJsonDocument(root).toJson();
    };
    const auto anchors = [](QJsonObject& q, const std::function<void(QJsonArray&)>& change) {
        QJsonArray rubric = q.value(QStringLiteral("rubric")).toArray();
        change(rubric);
        q.insert(QStringLiteral("rubric"), rubric);
    };
    const struct
    {
        const char* name;
        QByteArray json;
        const char* where;
    } cases[] = {
        {"missing anchor", variant([&](QJsonObject& q) { anchors(q, [](QJsonArray& r) { r.removeAt(2); }); }),
         "questions[0].rubric"},
        {"category of the wrong type",
         variant([](QJsonObject& q) { q.insert(QStringLiteral("category"), 5); }), "questions[0].category"},
        {"score 5 anchor", variant([&](QJsonObject& q) {
             anchors(q, [](QJsonArray& r) {
                 QJsonObject a = r.at(3).toObject();
                 a.insert(QStringLiteral("score"), 5);
                 r.replace(3, a);
             });
         }),
         "questions[0].rubric[3].score"},
        {"wrong types", variant([](QJsonObject& q) {
             q.insert(QStringLiteral("timeBudgetSeconds"), QStringLiteral("five"));
         }),
         "questions[0].timeBudgetSeconds"},
        {"10 MB string", variant([](QJsonObject& q) {
             q.insert(QStringLiteral("prompt"), QString(10'000'000, QLatin1Char('x')));
         }),
         "questions[0].prompt"},
        {"duplicate key",
         variant([](QJsonObject& q) { q.insert(QStringLiteral("key"), QStringLiteral("python.oop")); }),
         ".key"},
        {"misspelt member",
         variant([](QJsonObject& q) { q.insert(QStringLiteral("promt"), QStringLiteral("x")); }),
         "questions[0].promt"},
    };
    const QByteArray before = sha256(p.db.path());
    const QStringList rows = bankRows(p.db);
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        try {
            PackImporter(p.db, {}).import(PackJsonReader::read(c.json, QStringLiteral("bad.json")));
            ADD_FAILURE() << "accepted";
        } catch (const PackError& e) {
            const bool located =
                std::any_of(e.problems().begin(), e.problems().end(), [&](const PackProblem& problem) {
                    return problem.where.contains(QLatin1String(c.where));
                });
            EXPECT_TRUE(located) << e.message().toStdString();
            EXPECT_TRUE(e.message().startsWith(QStringLiteral("bad.json: "))) << e.message().toStdString();
        }
    }
    // Two problems in one file: both listed.
    const QByteArray two = variant([](QJsonObject& q) {
        q.insert(QStringLiteral("title"), QString());
        q.insert(QStringLiteral("practical"), QStringLiteral("yes"));
    });
    try {
        PackJsonReader::read(two, QStringLiteral("two.json"));
        ADD_FAILURE() << "accepted";
    } catch (const PackError& e) {
        EXPECT_EQ(e.problems().size(), 2) << e.message().toStdString();
    }
    // A pack whose version UUID belongs to another question here: refused by the importer, rolled back.
    QJsonObject root = QJsonDocument::fromJson(good).object();
    QJsonArray questions = root.value(QStringLiteral("questions")).toArray();
    QJsonObject stolen = questions.at(1).toObject();
    stolen.insert(QStringLiteral("versionUuid"),
                  questions.at(0).toObject().value(QStringLiteral("versionUuid")));
    QJsonObject renamed = questions.at(0).toObject();
    renamed.insert(QStringLiteral("title"), QStringLiteral("A new title"));
    renamed.remove(QStringLiteral("versionUuid"));
    questions.replace(0, renamed);
    questions.replace(1, stolen);
    root.insert(QStringLiteral("questions"), questions);
    EXPECT_THROW(PackImporter(p.db, {}).import(
                     PackJsonReader::read(QJsonDocument(root).toJson(), QStringLiteral("x.json"))),
                 PackError);
    EXPECT_EQ(bankRows(p.db), rows);
    EXPECT_EQ(sha256(p.db.path()), before);
}

TEST(Packs, ASpreadsheetPackImportsItsKitAndTwiceChangesNothing)
{
    BankPanel p;
    const QByteArray csv =
        "\xEF\xBB\xBF"
        "category;title;prompt;follow_ups;minutes;kit;kit_role;weight;score1_label;score1_description;"
        "score2_label;score2_description;score3_label;score3_description;score4_label;score4_description\r\n"
        "CSS;Grid layout;Lay out a gallery.;\"Gaps?\r\nSubgrid?\";5;Frontend screen;Frontend developer;1,5;"
        "None;No idea;Some;Basic;Good;Solid;Great;Expert\r\n"
        "JavaScript;Event loop;What runs when?;;4;Frontend screen;;1;None;No "
        "idea;Some;Basic;Good;Solid;Great;"
        "Expert\r\n";
    const Pack pack = PackCsvReader::read(csv, QStringLiteral("frontend.csv"));
    const PackImporter::Result first = PackImporter(p.db, QStringLiteral("Ivy")).import(pack);
    EXPECT_EQ(first.count(PackImporter::Change::Kind::NewQuestion), 2);
    EXPECT_EQ(first.count(PackImporter::Change::Kind::NewKit), 1);
    const Kit kit = *KitRepository(p.db).byName(QStringLiteral("Frontend screen"));
    EXPECT_EQ(kit.version, 1);
    EXPECT_EQ(kit.role, QStringLiteral("Frontend developer"));
    ASSERT_EQ(kit.items.size(), 2);
    EXPECT_EQ(kit.items.first().question.followUps,
              (QStringList{QStringLiteral("Gaps?"), QStringLiteral("Subgrid?")}));
    EXPECT_EQ(kit.items.first().weight, 1.5);
    EXPECT_EQ(kit.items.first().timeBudgetSeconds, 300);

    const QStringList rows = bankRows(p.db);
    const PackImporter::Result second = PackImporter(p.db, QStringLiteral("Ivy"))
                                            .import(PackCsvReader::read(csv, QStringLiteral("frontend.csv")));
    EXPECT_TRUE(second.changes.isEmpty()) << second.summary().toStdString();
    EXPECT_EQ(bankRows(p.db), rows);
}

TEST(Packs, TheShippedBankLeavesAUsersEditsAlone)
{
    BankPanel p;
    QuestionRepository questions(p.db);
    Question mine = *questions.latestByKey(QStringLiteral("python.oop"));
    mine.prompt = QStringLiteral("Our own wording.");
    questions.saveDraft(mine, QStringLiteral("Ivy"));
    questions.publish(mine.id, QStringLiteral("Ivy"));
    const Pack shipped =
        PackJsonReader::read(readAll(QuestionBank::defaultBankPath()), QStringLiteral("shipped"));
    PackImporter(p.db, {}).import(shipped, PackImporter::Mode::AddMissing);
    EXPECT_EQ(questions.latestByKey(QStringLiteral("python.oop"))->prompt,
              QStringLiteral("Our own wording."));
}

TEST(Packs, SeveralPacksAreImportedWhollyOrNotAtAll)
{
    BankPanel p;
    const auto packOf = [](const QString& name, const QList<Question>& questions) {
        Pack pack;
        pack.name = name;
        pack.questions = questions;
        return pack;
    };
    const Pack first =
        packOf(QStringLiteral("first"), {draftableQuestion(QStringLiteral("Only in the first pack"))});
    // The second gives an existing question's version UUID to a new question: refused at import.
    Question thief = draftableQuestion(QStringLiteral("Thief"));
    thief.versionUuid = QuestionRepository(p.db).latestByKey(QStringLiteral("python.oop"))->versionUuid;
    const Pack second = packOf(QStringLiteral("second"), {thief});
    const QStringList rows = bankRows(p.db);
    EXPECT_THROW(PackImporter(p.db, {}).importAll({first, second}), PackError);
    EXPECT_EQ(bankRows(p.db), rows) << "the first pack was not kept either";

    // A new UUID with a key another question has: a located problem, not a database error.
    Question twin = draftableQuestion(QStringLiteral("Twin"));
    twin.uuid = QStringLiteral("00000000-0000-4000-8000-000000000001");
    twin.key = QStringLiteral("python.oop");
    try {
        PackImporter(p.db, {}).import(packOf(QStringLiteral("twin"), {twin}));
        ADD_FAILURE() << "accepted";
    } catch (const PackError& e) {
        EXPECT_EQ(e.problems().first().where, QStringLiteral("questions[0].key"))
            << e.message().toStdString();
    }
    EXPECT_EQ(bankRows(p.db), rows);
}

TEST(Packs, TwoQuestionsWithoutIdentityAndTheSameTitleAreRefused)
{
    const QByteArray json =
        R"({"format": "interview-assistant/question-pack", "formatVersion": 1, "name": "x",
        "questions": [
        {"category": "C", "title": "Same", "prompt": "P", "timeBudgetSeconds": 60, "rubric": [
          {"score": 1, "label": "a", "description": "b"}, {"score": 2, "label": "a", "description": "b"},
          {"score": 3, "label": "a", "description": "b"}, {"score": 4, "label": "a", "description": "b"}]},
        {"category": "C", "title": "Same", "prompt": "Q", "timeBudgetSeconds": 60, "rubric": [
          {"score": 1, "label": "a", "description": "b"}, {"score": 2, "label": "a", "description": "b"},
          {"score": 3, "label": "a", "description": "b"}, {"score": 4, "label": "a", "description": "b"}]}]})";
    try {
        PackJsonReader::read(json, QStringLiteral("same.json"));
        FAIL() << "accepted";
    } catch (const PackError& e) {
        ASSERT_EQ(e.problems().size(), 1) << e.message().toStdString();
        EXPECT_EQ(e.problems().first().where, QStringLiteral("questions[1].title"));
    }
}

TEST(Packs, AKitWhoseDetailsChangedIsReported)
{
    BankPanel p;
    Pack pack = PackExporter::build(p.db, {QuestionBank::defaultKitName()});
    pack.kits.first().description = QStringLiteral("Our own description.");
    const PackImporter::Result result = PackImporter(p.db, {}).import(pack);
    EXPECT_EQ(result.count(PackImporter::Change::Kind::KitDetails), 1) << result.summary().toStdString();
    EXPECT_EQ(result.unchangedKits, 0);
    EXPECT_EQ(KitRepository(p.db).byName(QuestionBank::defaultKitName())->description,
              QStringLiteral("Our own description."));
}
