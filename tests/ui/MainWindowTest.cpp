#include "ui/MainWindow.h"

#include "VersionInfo.h"
#include "bank/QuestionBank.h"
#include "core/AppInfo.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "support/CliRunner.h"
#include "support/TestFiles.h"
#include "ui/AboutDialog.h"
#include "ui/CodeView.h"
#include "ui/HomePage.h"
#include "ui/InterviewScreen.h"
#include "ui/KitQuestionModel.h"
#include "ui/QuestionView.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolBar>
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

TEST(MainWindow, TheStartFormListsTheNewestCandidatesAndFindsAnyOtherByTyping)
{
    Fixture f;
    Candidate oldest;
    oldest.name = QStringLiteral("Zoë Oldest");
    oldest.role = QStringLiteral("Python developer");
    const CandidateId zoe = CandidateRepository(f.db).create(oldest).id;
    for (int i = 0; i < HomePage::listedCandidates; ++i) {
        Candidate c;
        c.name = QStringLiteral("Newer Candidate %1").arg(i, 3, 10, QLatin1Char('0'));
        CandidateRepository(f.db).create(c);
    }

    MainWindow window(f.db);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* candidates = window.findChild<QComboBox*>(QStringLiteral("candidateCombo"));
    auto* find = window.findChild<QLineEdit*>(QStringLiteral("candidateFindEdit"));
    ASSERT_TRUE(candidates && find);
    // "New candidate…" and the newest: the start form does not read every candidate there is.
    EXPECT_EQ(candidates->count(), 1 + HomePage::listedCandidates);
    EXPECT_LT(candidates->findData(zoe), 0);
    EXPECT_EQ(find->placeholderText(), QStringLiteral("Type to find any candidate"));

    // Typed with the keyboard, accents folded: the match is chosen, and Return starts with them.
    find->setFocus();
    QTest::keyClicks(find, QStringLiteral("zoe"));
    ASSERT_EQ(candidates->count(), 2);
    EXPECT_EQ(candidates->currentData().toLongLong(), zoe);
    EXPECT_TRUE(candidates->currentText().startsWith(QStringLiteral("Zoë Oldest")));
    window.homePage()->setInterviewer(QStringLiteral("Me"));
    QList<StartRequest> started;
    QObject::connect(window.homePage(), &HomePage::startRequested,
                     [&](const StartRequest& r) { started << r; });
    find->setFocus();
    QTest::keyClick(find, Qt::Key_Return);
    ASSERT_EQ(started.size(), 1);
    EXPECT_EQ(started.first().candidate, zoe);

    // Cleared, the list is the newest again.
    find->clear();
    EXPECT_EQ(candidates->count(), 1 + HomePage::listedCandidates);
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

TEST(MainWindow, HelpAndVersionAnswerWithoutADisplay)
{
    // Over ssh, or in a packaging check, there is no display: the answer must still come.
    const CliRun help = runWithoutDisplay(appPath(), {QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0) << help.err.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("--db"))) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("--color-scheme"))) << help.out.toStdString();

    const CliRun version = runWithoutDisplay(appPath(), {QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0) << version.err.toStdString();
    EXPECT_TRUE(version.out.contains(QLatin1String(AppInfo::version))) << version.out.toStdString();

    // Anything else still needs the display, and says so rather than crashing silently.
    const CliRun window = runWithoutDisplay(appPath(), {QStringLiteral("--page"), QStringLiteral("search")});
    EXPECT_NE(window.exitCode, 0);
}

TEST(MainWindow, FirstStartFitsTheScreenThenTheSizeIsRemembered)
{
    Fixture f;
    QSize chosen;
    {
        MainWindow window(f.db);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        EXPECT_TRUE(available.contains(window.geometry()))
            << "the status bar is on the screen: " << window.geometry().height() << " of "
            << available.height();
        EXPECT_TRUE(window.statusBar()->isVisible());
        // Every page fits a 1366x768 laptop's screen below a panel and a title bar.
        for (const MainWindow::Page page :
             {MainWindow::Page::Interview, MainWindow::Page::Candidates, MainWindow::Page::Compare,
              MainWindow::Page::Calibration, MainWindow::Page::Search, MainWindow::Page::Questions,
              MainWindow::Page::Kits}) {
            window.showPage(page);
            EXPECT_LE(window.minimumSizeHint().height(), 700) << int(page);
            EXPECT_LE(window.minimumSizeHint().width(), 1366) << int(page);
        }
        window.setWindowState(Qt::WindowNoState);
        window.resize(700, 540);
        chosen = window.size();
        ASSERT_TRUE(QTest::qWaitFor([&] {
            return QSettings().value(QStringLiteral("MainWindow/geometry")).toByteArray() ==
                   window.saveGeometry();
        })) << "written when it changed, before any quit";
    }
    MainWindow again(f.db);
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    EXPECT_EQ(again.size(), chosen);
}

TEST(MainWindow, LayoutIsSavedWhenItChangesNotOnlyOnQuit)
{
    Fixture f;
    MainWindow window(f.db);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Interview);
    HomePage* home = window.homePage();
    home->chooseNewCandidate(QStringLiteral("Layout Person"), QStringLiteral("Backend Python developer"));
    home->setInterviewer(QStringLiteral("Layout Interviewer"));
    home->requestStart();
    ASSERT_NE(window.session(), nullptr);
    auto* splitter = window.interviewScreen()->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
    ASSERT_NE(splitter, nullptr);
    const int before = splitter->sizes().first();
    QSplitterHandle* handle = splitter->handle(1);
    const QPoint middle(handle->width() / 2, handle->height() / 2);
    QTest::mousePress(handle, Qt::LeftButton, {}, middle);
    QTest::mouseMove(handle, middle + QPoint(80, 0));
    QTest::mouseRelease(handle, Qt::LeftButton, {}, middle + QPoint(80, 0));
    ASSERT_GT(splitter->sizes().first(), before + 40) << "the handle was dragged";
    // Written without closing the window: a crash now keeps it.
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return QSettings().value(QStringLiteral("InterviewScreen/main")).toByteArray() ==
               splitter->saveState();
    }));
}

TEST(MainWindow, ActionsHaveIconsAndThePlatformsStandardKeys)
{
    Fixture f;
    MainWindow window(f.db);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const auto action = [&](const char* name) {
        return window.findChild<QAction*>(QLatin1String(name));
    };
    const QList<std::pair<const char*, QKeySequence::StandardKey>> standard{
        {"actionNewInterview", QKeySequence::New}, {"actionCloseInterview", QKeySequence::Close},
        {"actionQuit", QKeySequence::Quit},        {"actionPrintPreview", QKeySequence::Print},
        {"actionGoSearch", QKeySequence::Find},    {"actionShortcuts", QKeySequence::HelpContents},
        {"actionOpenDatabase", QKeySequence::Open}};
    for (const auto& [name, key] : standard) {
        ASSERT_NE(action(name), nullptr) << name;
        EXPECT_EQ(action(name)->shortcuts(), QKeySequence::keyBindings(key)) << name;
    }
    // The toolbar shows pictures, with the theme's icons or Qt's own.
    auto* toolbar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    ASSERT_NE(toolbar, nullptr);
    for (QAction* a : toolbar->actions()) {
        if (!a->isSeparator()) {
            EXPECT_FALSE(a->icon().isNull()) << a->text().toStdString();
        }
    }
    // The standard Find key goes to the search page.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Search);
}

TEST(MainWindow, ColourSchemeFromTheViewMenuAppliesAtOnceBothWays)
{
    Fixture f;
    MainWindow window(f.db);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    const int lightWindow = QApplication::palette().color(QPalette::Window).lightness();
    ASSERT_GT(lightWindow, 128);
    const auto choose = [&](Qt::Key schemeKey) {
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        // The View menu by mouse, then its entries by their letters.
        QMenuBar* bar = window.menuBar();
        QAction* viewMenu = nullptr;
        for (QAction* a : bar->actions()) {
            if (a->text() == QStringLiteral("&View"))
                viewMenu = a;
        }
        ASSERT_NE(viewMenu, nullptr);
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(viewMenu).center());
        ASSERT_TRUE(QTest::qWaitFor([&] { return QApplication::activePopupWidget() != nullptr; }));
        QWidget* view = QApplication::activePopupWidget();
        ASSERT_NE(view, nullptr) << "Alt+V opens the View menu";
        QTest::keyClick(view, Qt::Key_C);
        ASSERT_TRUE(QTest::qWaitFor([&] { return QApplication::activePopupWidget() != view; }));
        QWidget* schemes = QApplication::activePopupWidget();
        ASSERT_NE(schemes, nullptr);
        ASSERT_NE(schemes, view) << "C opens the colour scheme submenu";
        QTest::keyClick(schemes, schemeKey);
        ASSERT_TRUE(QTest::qWaitFor([&] { return QApplication::activePopupWidget() == nullptr; }));
    };
    choose(Qt::Key_D);
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightness(), 128) << "dark at once";
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.palette().color(QPalette::Window).lightness() < 128; }));
    choose(Qt::Key_S);
    EXPECT_EQ(QApplication::palette().color(QPalette::Window).lightness(), lightWindow)
        << "following the system again needs no restart";
    EXPECT_EQ(QSettings().value(QStringLiteral("appearance/scheme")).toString(), QStringLiteral("system"));
}
