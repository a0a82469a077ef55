#include "ui/MainWindow.h"

#include "VersionInfo.h"
#include "bank/QuestionBank.h"
#include "storage/Database.h"
#include "storage/KitRepository.h"
#include "support/TestFiles.h"
#include "ui/AboutDialog.h"
#include "ui/CodeView.h"
#include "ui/KitQuestionModel.h"
#include "ui/QuestionView.h"

#include <QAbstractItemView>
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

    QAbstractItemModel* model = window.questionList()->model();
    ASSERT_EQ(model->rowCount(), 15);
    for (int row = 0; row < 15; ++row) {
        const QString text = model->index(row, 0).data().toString();
        EXPECT_TRUE(text.contains(kit.items.at(row).question.title)) << text.toStdString();
    }
    // The first question is selected and shown in full.
    EXPECT_EQ(window.questionList()->currentIndex().row(), 0);
    EXPECT_TRUE(window.questionView()->plainText().contains(kit.items.first().question.prompt));
}

TEST(MainWindow, SelectingAQuestionShowsItsHighlightedSnippet)
{
    Fixture f;
    const Kit kit = *KitRepository(f.db).byName(QuestionBank::defaultKitName());
    int withCode = -1;
    for (int i = 0; i < kit.items.size() && withCode < 0; ++i) {
        if (!kit.items.at(i).question.snippet.isEmpty())
            withCode = i;
    }
    ASSERT_GE(withCode, 0);
    MainWindow window(f.db);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    window.questionList()->setFocus();
    for (int i = 0; i < withCode; ++i)
        QTest::keyClick(window.questionList(), Qt::Key_Down);
    const Question& q = kit.items.at(withCode).question;
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
