#include "ui/MainWindow.h"

#include "VersionInfo.h"
#include "bank/QuestionBank.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "support/TestFiles.h"
#include "ui/AboutDialog.h"
#include "ui/CodeView.h"
#include "ui/KitQuestionModel.h"
#include "ui/QuestionView.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QSet>
#include <QSettings>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <gtest/gtest.h>

using namespace ia;
using namespace ia::test;

namespace {

struct Fixture
{
    TestDir dir;
    Database db{dir.path(QStringLiteral("ui.sqlite"))};
    Fixture()
    {
        QuestionBank::installDefault(db);
        QSettings().clear();
    }
};

} // namespace

TEST(MainWindow, OpensAndListsTheDefaultKit)
{
    Fixture f;
    const Kit kit = *KitRepository(f.db).byName(QuestionBank::defaultKitName());
    MainWindow window(f.db);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    // In the order an interview asks them: each category once, kit order within it.
    const QList<KitItem> asked = kit.itemsInAskingOrder();
    QAbstractItemModel* model = window.questionList()->model();
    ASSERT_EQ(model->rowCount(), 15);
    QStringList categories;
    for (int row = 0; row < 15; ++row) {
        const QString text = model->index(row, 0).data().toString();
        EXPECT_TRUE(text.contains(asked.at(row).question.title)) << text.toStdString();
        if (categories.isEmpty() || categories.last() != asked.at(row).question.category)
            categories << asked.at(row).question.category;
    }
    EXPECT_EQ(categories.size(), QSet<QString>(categories.cbegin(), categories.cend()).size())
        << "a category comes back: " << categories.join(QStringLiteral(", ")).toStdString();
    EXPECT_EQ(asked.at(1).question.key, QStringLiteral("behaviour.teamwork"))
        << "the kit's closing behavioural questions join its opening one";
    // The first question is selected and shown in full.
    EXPECT_EQ(window.questionList()->currentIndex().row(), 0);
    EXPECT_TRUE(window.questionView()->plainText().contains(asked.first().question.prompt));
}

TEST(MainWindow, TheStartFormGroupsKitsByRoleAndTakesTheKitLastUsedForTheRole)
{
    Fixture f;
    const Kit full = *KitRepository(f.db).byName(QuestionBank::defaultKitName());
    const Kit screening = *KitRepository(f.db).byName(QStringLiteral("Python developer: screening call"));
    // Last time, someone for this role had the screening call.
    Candidate earlier;
    earlier.name = QStringLiteral("Earlier Candidate");
    earlier.role = QStringLiteral("Python developer");
    const CandidateId e = CandidateRepository(f.db).create(earlier).id;
    const Interviewer me = InterviewerRepository(f.db).findOrCreate(QStringLiteral("Me"));
    InterviewRepository(f.db).create(e, me.id, screening);
    Candidate next;
    next.name = QStringLiteral("Next Candidate");
    next.role = QStringLiteral("python developer ");
    CandidateRepository(f.db).create(next);

    MainWindow window(f.db);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* kits = window.findChild<QComboBox*>(QStringLiteral("kitCombo"));
    auto* candidates = window.findChild<QComboBox*>(QStringLiteral("candidateCombo"));
    ASSERT_TRUE(kits && candidates);
    ASSERT_EQ(kits->count(), 3) << "a heading and two kits";
    EXPECT_EQ(kits->itemText(0), QStringLiteral("Python developer"));
    EXPECT_FALSE(kits->model()->flags(kits->model()->index(0, 0)) & Qt::ItemIsEnabled)
        << "a heading, not a kit";
    EXPECT_EQ(kits->currentData().toLongLong(), full.id) << "a new candidate of no role: the first kit";

    // Choosing Next (Down from "New candidate…" goes through the names, sorted) picks the kit last
    // used for their role.
    candidates->setFocus();
    while (candidates->currentText().startsWith(QStringLiteral("Next")) == false &&
           candidates->currentIndex() < candidates->count() - 1)
        QTest::keyClick(candidates, Qt::Key_Down);
    ASSERT_TRUE(candidates->currentText().startsWith(QStringLiteral("Next")));
    EXPECT_EQ(kits->currentData().toLongLong(), screening.id);

    // The kit can still be changed by hand, and keys never land on the heading.
    kits->setFocus();
    QTest::keyClick(kits, Qt::Key_Up);
    EXPECT_EQ(kits->currentData().toLongLong(), full.id);
    QTest::keyClick(kits, Qt::Key_Up);
    EXPECT_EQ(kits->currentData().toLongLong(), full.id);
    EXPECT_TRUE(
        window.questionView()->plainText().contains(full.itemsInAskingOrder().first().question.prompt));
}

TEST(MainWindow, SelectingAQuestionShowsItsHighlightedSnippet)
{
    Fixture f;
    const QList<KitItem> items =
        KitRepository(f.db).byName(QuestionBank::defaultKitName())->itemsInAskingOrder();
    int withCode = -1;
    for (int i = 0; i < items.size() && withCode < 0; ++i) {
        if (!items.at(i).question.snippet.isEmpty())
            withCode = i;
    }
    ASSERT_GE(withCode, 0);
    MainWindow window(f.db);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    window.questionList()->setFocus();
    for (int i = 0; i < withCode; ++i)
        QTest::keyClick(window.questionList(), Qt::Key_Down);
    const Question& q = items.at(withCode).question;
    EXPECT_TRUE(window.questionView()->plainText().contains(q.prompt));
    EXPECT_TRUE(window.questionView()->codeView()->isVisible());
    EXPECT_EQ(window.questionView()->codeView()->toPlainText(), q.snippet.text);
    EXPECT_EQ(window.questionView()->codeView()->definitionName(), QStringLiteral("Python"));
    // Highlighting really happened: the first line carries more than one format.
    const QTextBlock first = window.questionView()->codeView()->document()->firstBlock();
    EXPECT_GT(first.layout()->formats().size(), 0);
}

TEST(MainWindow, HostileTextIsShownLiterally)
{
    Fixture f;
    MainWindow window(f.db);
    Question q;
    q.title = QStringLiteral("<b>Bold?</b>");
    q.prompt = QStringLiteral("<script>alert(1)</script> & <i>more</i>");
    for (int s = 1; s <= 4; ++s)
        q.rubric.setAnchor(s, QStringLiteral("<u>%1</u>").arg(s), QStringLiteral("d"));
    window.questionView()->setQuestion(q, 60);
    const QString shown = window.questionView()->plainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("<b>Bold?</b>"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("<script>alert(1)</script> & <i>more</i>")));
}

TEST(MainWindow, RemembersItsSize)
{
    Fixture f;
    QSize chosen;
    {
        MainWindow window(f.db);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        // Something other than the default, within the offscreen screen.
        chosen = window.minimumSizeHint().expandedTo(QSize(700, 560));
        window.resize(chosen);
        ASSERT_EQ(window.size(), chosen);
        window.close();
    }
    MainWindow again(f.db);
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    EXPECT_EQ(again.size(), chosen);
}

TEST(MainWindow, AboutNamesEveryVersion)
{
    Fixture f;
    AboutDialog about(VersionInfo::collect(&f.db));
    const QString text = about.versionText();
    EXPECT_TRUE(text.contains(QString::fromLatin1(qVersion()))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("KF6 SyntaxHighlighting 6."))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("SQLite 3."))) << text.toStdString();
}
