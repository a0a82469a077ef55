#include "bank/QuestionBank.h"

#include "DataFileError.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "storage/QuestionRepository.h"
#include "support/TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <gtest/gtest.h>

using namespace ia;
using namespace ia::test;

TEST(QuestionBank, DefaultBankHasCompleteQuestions)
{
    TestDir dir;
    Database db(dir.path(QStringLiteral("bank.sqlite")));
    ASSERT_TRUE(QuestionBank::installDefault(db));
    const QList<Question> questions = QuestionRepository(db).allLatest();
    EXPECT_GE(questions.size(), 24);

    int withPython = 0;
    int practical = 0;
    QSet<QString> categories;
    for (const Question& q : questions) {
        SCOPED_TRACE(q.key.toStdString());
        EXPECT_TRUE(q.rubric.isComplete());
        EXPECT_FALSE(q.category.isEmpty());
        EXPECT_FALSE(q.assesses.isEmpty());
        EXPECT_GE(q.followUps.size(), 1);
        EXPECT_GT(q.timeBudgetSeconds, 0);
        for (int score = 1; score <= 4; ++score)
            EXPECT_LE(q.rubric.anchor(score).label.size(), 32) << "labels must fit next to a score";
        if (!q.snippet.isEmpty() && q.snippet.syntax == QStringLiteral("Python"))
            ++withPython;
        if (q.practical)
            ++practical;
        categories.insert(q.category);
    }
    EXPECT_GE(withPython, 5);
    EXPECT_EQ(practical, 1);
    EXPECT_GE(categories.size(), 5);
}

TEST(QuestionBank, DefaultKitHasFifteenQuestionsForAboutAnHour)
{
    TestDir dir;
    Database db(dir.path(QStringLiteral("kit.sqlite")));
    QuestionBank::installDefault(db);
    const std::optional<Kit> kit = KitRepository(db).byName(QuestionBank::defaultKitName());
    ASSERT_TRUE(kit);
    EXPECT_EQ(kit->items.size(), 15);
    EXPECT_GE(kit->totalBudgetSeconds(), 55 * 60);
    EXPECT_LE(kit->totalBudgetSeconds(), 65 * 60);
    QSet<QuestionId> distinct;
    bool hasPractical = false;
    for (const KitItem& item : kit->items) {
        EXPECT_FALSE(item.question.title.isEmpty());
        EXPECT_GT(item.weight, 0.0);
        distinct.insert(item.question.id);
        hasPractical = hasPractical || item.question.practical;
    }
    EXPECT_EQ(distinct.size(), 15) << "no question twice";
    EXPECT_TRUE(hasPractical) << "the kit includes the coding exercise";
}

TEST(QuestionBank, InstallingTwiceAddsNothing)
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("twice.sqlite"));
    int questions = 0;
    {
        Database db(path);
        EXPECT_TRUE(QuestionBank::installDefault(db));
        questions = QuestionRepository(db).count();
        EXPECT_FALSE(QuestionBank::installDefault(db));
    }
    Database reopened(path);
    EXPECT_FALSE(QuestionBank::installDefault(reopened));
    EXPECT_EQ(QuestionRepository(reopened).count(), questions);
    EXPECT_EQ(KitRepository(reopened).all().size(), 2);
}

TEST(QuestionBank, TheScreeningKitIsHalfAnHourOfTheArticlesFirstQuestions)
{
    TestDir dir;
    Database db(dir.path(QStringLiteral("bank.sqlite")));
    QuestionBank::installDefault(db);
    const std::optional<Kit> screening =
        KitRepository(db).byName(QStringLiteral("Python developer: screening call"));
    ASSERT_TRUE(screening);
    EXPECT_EQ(screening->role, QStringLiteral("Python developer"));
    EXPECT_EQ(screening->totalBudgetSeconds(), 30 * 60);
    const std::optional<Kit> full = KitRepository(db).byName(QuestionBank::defaultKitName());
    ASSERT_TRUE(full);
    QSet<QuestionId> inFull;
    for (const KitItem& item : full->items)
        inFull.insert(item.question.id);
    QSet<QuestionId> distinct;
    for (const KitItem& item : screening->items) {
        SCOPED_TRACE(item.question.key.toStdString());
        distinct.insert(item.question.id);
        EXPECT_FALSE(item.question.practical) << "no coding exercise in a screening call";
        EXPECT_LE(item.timeBudgetSeconds, 5 * 60);
    }
    EXPECT_EQ(distinct.size(), screening->items.size()) << "no question twice";
    EXPECT_EQ(screening->items.first().question.key, QStringLiteral("behaviour.hard-problem"));
}

TEST(QuestionBank, ANewerBankRevisionAddsItsKitsAndLeavesEverythingElse)
{
    // A database that has the first revision of the bank (one kit) gets the screening kit when the
    // app with revision 2 opens it; its questions and its own kit stay as they were.
    TestDir dir;
    Database db(dir.path(QStringLiteral("old.sqlite")));
    QJsonObject bank = QJsonDocument::fromJson(readAll(QuestionBank::defaultBankPath())).object();
    bank.insert(QStringLiteral("revision"), 1);
    bank.insert(QStringLiteral("kits"), QJsonArray{bank.value(QStringLiteral("kits")).toArray().first()});
    ASSERT_TRUE(
        QuestionBank::fromJson(QJsonDocument(bank).toJson(), QStringLiteral("rev1.json")).installInto(db));
    const int questions = QuestionRepository(db).count();
    const KitId full = KitRepository(db).byName(QuestionBank::defaultKitName())->id;
    ASSERT_EQ(KitRepository(db).all().size(), 1);

    EXPECT_TRUE(QuestionBank::installDefault(db));
    EXPECT_EQ(KitRepository(db).all().size(), 2);
    EXPECT_EQ(QuestionRepository(db).count(), questions);
    EXPECT_EQ(KitRepository(db).byName(QuestionBank::defaultKitName())->id, full);
    EXPECT_FALSE(QuestionBank::installDefault(db)) << "and only once";
}

TEST(QuestionBank, AnInterviewAsksTheKitCategoryByCategory)
{
    // The default kit opens and closes with behavioural questions; an interview asks them together,
    // the others in kit order.
    TestDir dir;
    Database db(dir.path(QStringLiteral("bank.sqlite")));
    QuestionBank::installDefault(db);
    const Kit kit = *KitRepository(db).byName(QuestionBank::defaultKitName());
    Candidate c;
    c.name = QStringLiteral("Someone");
    const CandidateId id = CandidateRepository(db).create(c).id;
    InterviewRepository interviews(db);
    const Interview iv =
        interviews.create(id, InterviewerRepository(db).findOrCreate(QStringLiteral("Me")).id, kit);
    const Scorecard card = *interviews.scorecard(iv.id);
    ASSERT_EQ(card.entries.size(), kit.items.size());
    QStringList blocks;
    for (const ScorecardEntry& e : card.entries) {
        if (blocks.isEmpty() || blocks.last() != e.question.category)
            blocks << e.question.category;
    }
    EXPECT_EQ(blocks.size(), QSet<QString>(blocks.cbegin(), blocks.cend()).size())
        << blocks.join(QStringLiteral(" / ")).toStdString();
    EXPECT_EQ(card.entries.first().question.key, QStringLiteral("behaviour.hard-problem"));
    EXPECT_EQ(card.entries.at(1).question.key, QStringLiteral("behaviour.teamwork"));
    EXPECT_EQ(card.entries.last().question.key, QStringLiteral("practical.log-summary"));
}

TEST(QuestionBank, MalformedBankNamesTheFaultAndWritesNothing)
{
    const QByteArray missingAnchor =
        R"({"format": "interview-assistant/question-pack", "formatVersion": 1, "name": "broken", "questions": [
        {"key": "a", "category": "C", "title": "T", "prompt": "P", "timeBudgetSeconds": 60,
         "rubric": [{"score": 1, "label": "x", "description": "y"}, {"score": 2, "label": "x", "description": "y"},
                    {"score": 4, "label": "x", "description": "y"}]}]})";
    try {
        QuestionBank::fromJson(missingAnchor, QStringLiteral("broken.json"));
        FAIL() << "an incomplete rubric must be rejected";
    } catch (const DataFileError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("broken.json"))) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(QStringLiteral("questions[0]"))) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(QStringLiteral("rubric"))) << e.message().toStdString();
    }

    try {
        QuestionBank::fromJson("{\"bank\": \"x\", \"questions\": [", QStringLiteral("cut.json"));
        FAIL() << "truncated JSON must be rejected";
    } catch (const DataFileError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("cut.json"))) << e.message().toStdString();
    }

    const QByteArray unknownKey =
        R"({"format": "interview-assistant/question-pack", "formatVersion": 1, "name": "k", "questions": [], "kits": [
        {"name": "K", "items": [{"question": "nope", "timeBudgetSeconds": 60}]}]})";
    EXPECT_THROW(QuestionBank::fromJson(unknownKey, QStringLiteral("k.json")), DataFileError);
}

TEST(QuestionBank, EditingAQuestionKeepsTheVersionAnInterviewAsked)
{
    TestDir dir;
    Database db(dir.path(QStringLiteral("versions.sqlite")));
    QuestionBank::installDefault(db);
    const Kit kit = *KitRepository(db).byName(QuestionBank::defaultKitName());
    Candidate c;
    c.name = QStringLiteral("Versioned Candidate");
    const CandidateId candidate = CandidateRepository(db).create(c).id;
    const InterviewerId interviewer = InterviewerRepository(db).findOrCreate(QStringLiteral("Ivy")).id;
    const InterviewId before = InterviewRepository(db).create(candidate, interviewer, kit).id;

    QuestionRepository questions(db);
    Question edited = kit.items.first().question;
    const QString originalPrompt = edited.prompt;
    edited.prompt = QStringLiteral("A reworded prompt.");
    const Question draft = questions.saveDraft(edited, QStringLiteral("Ivy"));
    EXPECT_EQ(draft.version, 2);
    EXPECT_TRUE(draft.draft);
    // A draft is never asked: a new interview still gets version 1.
    const InterviewId during =
        InterviewRepository(db).create(candidate, interviewer, *KitRepository(db).byName(kit.name)).id;
    EXPECT_EQ(InterviewRepository(db).scorecard(during)->entries.first().question.prompt, originalPrompt);

    const Question v2 = questions.publish(edited.id, QStringLiteral("Ivy"));
    EXPECT_EQ(v2.version, 2);
    EXPECT_FALSE(v2.draft);
    EXPECT_EQ(questions.latest(edited.id)->prompt, QStringLiteral("A reworded prompt."));
    EXPECT_TRUE(questions.latest(edited.id)->rubric.isComplete());

    const InterviewId after =
        InterviewRepository(db).create(candidate, interviewer, *KitRepository(db).byName(kit.name)).id;
    EXPECT_EQ(InterviewRepository(db).scorecard(before)->entries.first().question.prompt, originalPrompt);
    EXPECT_EQ(InterviewRepository(db).scorecard(after)->entries.first().question.prompt,
              QStringLiteral("A reworded prompt."));
}
