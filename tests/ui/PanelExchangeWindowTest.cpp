#include "bank/QuestionBank.h"
#include "bundle/BundleFormat.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "support/Screenshots.h"
#include "support/ScriptedPrompts.h"
#include "support/TestFiles.h"
#include "ui/ChooseItemsDialog.h"
#include "ui/ComparePage.h"
#include "ui/MainWindow.h"
#include "ui/RememberedInterviewer.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QUrl>
#include <gtest/gtest.h>

using namespace ia;
using namespace ia::test;

// File → Export my scorecards… on a laptop and File → Import scorecards… (or a drop) on the
// manager's database, pressed as a user would.

namespace {

const QString role = QStringLiteral("Backend Python developer");

// `me` interviews a new candidate and submits the scorecard at `when`.
void submitScorecardOf(Database& db, const Interviewer& me, const QString& candidate,
                       const QDateTime& when = QDateTime::currentDateTimeUtc())
{
    Candidate c;
    c.name = candidate;
    c.email = candidate.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.org");
    c.role = role;
    const CandidateId x = CandidateRepository(db).create(c).id;
    InterviewRepository interviews(db);
    const Interview iv =
        interviews.create(x, me.id, *KitRepository(db).byName(QuestionBank::defaultKitName()));
    interviews.start(iv.id, QDateTime::currentDateTimeUtc());
    const Scorecard card = *interviews.scorecard(iv.id);
    for (const ScorecardEntry& e : card.entries)
        interviews.setEntryResult(e.id, EntryStatus::Scored, me.name == QStringLiteral("Ann") ? 4 : 2);
    interviews.setRecommendation(iv.id, Recommendation::Yes);
    interviews.submit(iv.id, when);
}

// A laptop where `name` has submitted one scorecard of Xavier; the app remembers them.
Interviewer laptopWithOneScorecard(Database& db, const QString& name)
{
    QuestionBank::installDefault(db);
    const Interviewer me =
        InterviewerRepository(db).create(Interviewer{0, {}, name, name.toLower() + QStringLiteral("@corp")});
    submitScorecardOf(db, me, QStringLiteral("Xavier Example"));
    RememberedInterviewer::save(me);
    return me;
}

// Shows the window with dialogs answered by the test; null if it never became active.
ScriptedPrompts* showWithScriptedPrompts(MainWindow& window)
{
    auto prompts = std::make_unique<ScriptedPrompts>();
    ScriptedPrompts* p = prompts.get();
    window.setPrompts(std::move(prompts));
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window) ? p : nullptr;
}

void press(QWidget* window, int key, Qt::KeyboardModifiers modifiers)
{
    // As a user waits for the window to be back after a progress dialog.
    EXPECT_TRUE(QTest::qWaitForWindowActive(window));
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

} // namespace

TEST(PanelExchangeWindow, ExportOnALaptopImportOnTheManagersDatabaseWithTheKeysAndByDrop)
{
    TestDir dir;
    QSettings().clear();
    QStringList bundles;
    const QStringList names{QStringLiteral("Ann"), QStringLiteral("Bob")};
    for (const QString& name : names) {
        Database laptop(dir.path(name + QStringLiteral(".sqlite")));
        laptopWithOneScorecard(laptop, name);
        MainWindow window(laptop);
        ScriptedPrompts* p = showWithScriptedPrompts(window);
        ASSERT_TRUE(p);
        p->saveAnswer = dir.path(name + QStringLiteral(".iapanel"));
        press(&window, Qt::Key_E, Qt::ControlModifier | Qt::AltModifier);
        ASSERT_EQ(p->messages.size(), 1);
        EXPECT_TRUE(p->messages.first().contains(QStringLiteral("1 scorecard")))
            << p->messages.first().toStdString();
        EXPECT_EQ(permissionBits(p->saveAnswer), 0600);
        EXPECT_TRUE(p->suggestions.first().endsWith(QStringLiteral(".iapanel")))
            << p->suggestions.first().toStdString();
        bundles << p->saveAnswer;
        QSettings().clear();
    }

    Database manager(dir.path(QStringLiteral("round.sqlite")));
    QuestionBank::installDefault(manager);
    MainWindow window(manager);
    ScriptedPrompts* p = showWithScriptedPrompts(window);
    ASSERT_TRUE(p);

    // Ctrl+I with Ann's bundle chosen in the dialog.
    p->openAnswer = {bundles.at(0)};
    press(&window, Qt::Key_I, Qt::ControlModifier);
    ASSERT_EQ(p->messages.size(), 1);
    EXPECT_TRUE(p->messages.first().contains(QStringLiteral("1 new scorecard")))
        << p->messages.first().toStdString();

    // Bob's bundle dropped on the window.
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(bundles.at(1))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    EXPECT_TRUE(QTest::qWaitFor([&] { return p->messages.size() == 2; }));
    EXPECT_TRUE(p->messages.last().contains(QStringLiteral("1 new scorecard")))
        << p->messages.last().toStdString();

    // The merged panel on the compare page (Ctrl+3), as a manager sees it: one candidate, both
    // scorecards.
    press(&window, Qt::Key_3, Qt::ControlModifier);
    window.comparePage()->setViewer(Viewer::asManager());
    ASSERT_TRUE(window.comparePage()->chooseRole(role));
    const Comparison& c = window.comparePage()->comparison();
    ASSERT_EQ(c.columns().size(), 1);
    EXPECT_EQ(c.columns().first().scorecards, 2);
    EXPECT_DOUBLE_EQ(c.columns().first().overall.value_or(0), 3.0);
    keepScreenshot(window, QStringLiteral("merged-compare"));

    // Anything else dropped is not even looked at.
    QMimeData database;
    database.setUrls({QUrl::fromLocalFile(manager.path())});
    QDragEnterEvent other(QPoint(10, 10), Qt::CopyAction, &database, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &other);
    EXPECT_FALSE(other.isAccepted());
}

TEST(PanelExchangeWindow, ExportOffersYourCandidatesWithWhatIsNewSinceTheLastExportTicked)
{
    TestDir dir;
    QSettings().clear();
    Database laptop(dir.path(QStringLiteral("ann.sqlite")));
    const Interviewer ann = laptopWithOneScorecard(laptop, QStringLiteral("Ann"));
    MainWindow window(laptop);
    ScriptedPrompts* p = showWithScriptedPrompts(window);
    ASSERT_TRUE(p);

    // The first export: everything ticked.
    p->saveAnswer = dir.path(QStringLiteral("first.iapanel"));
    press(&window, Qt::Key_E, Qt::ControlModifier | Qt::AltModifier);
    ASSERT_EQ(p->offered.size(), 1);
    EXPECT_TRUE(p->offered.first().contains(QStringLiteral("Xavier Example")))
        << p->offered.first().toStdString();
    EXPECT_EQ(p->ticked, QList<int>{0});
    ASSERT_EQ(p->messages.size(), 1);
    EXPECT_TRUE(p->messages.last().contains(QStringLiteral("1 scorecard")))
        << p->messages.last().toStdString();

    // A new interview since: only it is ticked, newest first.
    // (A minute on: the database keeps whole seconds, and this test runs within one.)
    submitScorecardOf(laptop, ann, QStringLiteral("Yara Example"),
                      QDateTime::currentDateTimeUtc().addSecs(60));
    p->saveAnswer = dir.path(QStringLiteral("second.iapanel"));
    press(&window, Qt::Key_E, Qt::ControlModifier | Qt::AltModifier);
    ASSERT_EQ(p->offered.size(), 2);
    EXPECT_TRUE(p->offered.first().contains(QStringLiteral("Yara Example")))
        << p->offered.first().toStdString();
    EXPECT_EQ(p->ticked, QList<int>{0});
    const Bundle second = BundleFormat::fromJson(readAll(p->saveAnswer));
    ASSERT_EQ(second.candidates.size(), 1);
    EXPECT_EQ(second.candidates.first().name, QStringLiteral("Yara Example"));

    // Nothing new: nothing ticked, and cancelling writes nothing.
    p->saveAnswer = dir.path(QStringLiteral("third.iapanel"));
    p->chooseCancels = true;
    press(&window, Qt::Key_E, Qt::ControlModifier | Qt::AltModifier);
    EXPECT_TRUE(p->ticked.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(p->saveAnswer));

    // Chosen by hand: Xavier again.
    p->chooseCancels = false;
    p->chooseAnswer = {1};
    press(&window, Qt::Key_E, Qt::ControlModifier | Qt::AltModifier);
    const Bundle chosen = BundleFormat::fromJson(readAll(p->saveAnswer));
    ASSERT_EQ(chosen.candidates.size(), 1);
    EXPECT_EQ(chosen.candidates.first().name, QStringLiteral("Xavier Example"));
}

TEST(PanelExchangeWindow, ACandidateLeftOutOfAnExportIsTickedAgainNextTime)
{
    TestDir dir;
    QSettings().clear();
    Database laptop(dir.path(QStringLiteral("ann.sqlite")));
    const Interviewer ann = laptopWithOneScorecard(laptop, QStringLiteral("Ann"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    submitScorecardOf(laptop, ann, QStringLiteral("Yara Example"), now.addSecs(60));
    submitScorecardOf(laptop, ann, QStringLiteral("Zed Example"), now.addSecs(120));
    MainWindow window(laptop);
    ScriptedPrompts* p = showWithScriptedPrompts(window);
    ASSERT_TRUE(p);

    // Only Zed, the newest, is sent.
    p->saveAnswer = dir.path(QStringLiteral("zed.iapanel"));
    p->chooseAnswer = {0};
    press(&window, Qt::Key_E, Qt::ControlModifier | Qt::AltModifier);
    ASSERT_EQ(p->offered.size(), 3);
    ASSERT_TRUE(p->offered.first().contains(QStringLiteral("Zed")));

    // Yara and Xavier were never sent: still ticked.
    p->chooseAnswer = {};
    p->chooseCancels = true;
    press(&window, Qt::Key_E, Qt::ControlModifier | Qt::AltModifier);
    EXPECT_TRUE(p->ticked.contains(1) && p->ticked.contains(2)) << "ticked: " << p->ticked.size();
}

TEST(PanelExchangeWindow, TheChoiceOfCandidatesNeedsOneAndSaysHowMany)
{
    QSettings().clear();
    const QStringList items{
        QStringLiteral("Yara Example (Backend Python developer), submitted 30/11/2026 10:00"),
        QStringLiteral("Xavier Example (Backend Python developer), submitted 29/11/2026 15:30")};
    ChooseItemsDialog dialog(
        nullptr, QStringLiteral("Export my scorecards"),
        QStringLiteral("The candidates with scorecards you submitted since your last export are "
                       "ticked."),
        items, {0}, QStringLiteral("Export…"));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    auto* count = dialog.findChild<QLabel*>(QStringLiteral("count"));
    ASSERT_TRUE(ok && count);
    EXPECT_EQ(ok->text(), QStringLiteral("Export…"));
    EXPECT_EQ(count->text(), QStringLiteral("1 of 2 chosen"));
    keepScreenshot(dialog, QStringLiteral("export-choice"));

    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("selectNone")), Qt::LeftButton);
    EXPECT_FALSE(ok->isEnabled()) << "an export of nothing is not offered";
    EXPECT_EQ(count->text(), QStringLiteral("0 of 2 chosen"));
    // Space ticks the current row, as in any list of check boxes.
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("items"));
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Space);
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(dialog.chosen(), QList<int>{1});
}

TEST(PanelExchangeWindow, StartingAnInterviewWithSomeoneAlreadyHereOffersThemInsteadOfADuplicate)
{
    TestDir dir;
    QSettings().clear();
    Database db(dir.path(QStringLiteral("db.sqlite")));
    QuestionBank::installDefault(db);
    Candidate existing;
    existing.name = QStringLiteral("Élodie Martin");
    existing.email = QStringLiteral("elodie@example.org");
    existing.role = QStringLiteral("Python developer");
    const CandidateId id = CandidateRepository(db).create(existing).id;

    MainWindow window(db);
    ScriptedPrompts* p = showWithScriptedPrompts(window);
    ASSERT_TRUE(p);
    // Typed as a user would: lower case, no accent; the kit's role.
    auto* name = window.findChild<QLineEdit*>(QStringLiteral("newNameEdit"));
    auto* interviewer = window.findChild<QLineEdit*>(QStringLiteral("interviewerEdit"));
    ASSERT_TRUE(name && interviewer);
    QTest::keyClicks(name, QStringLiteral("elodie martin"));
    QTest::keyClicks(interviewer, QStringLiteral("Dana"));
    p->confirmAnswer = true;
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("startButton")), Qt::LeftButton);

    ASSERT_EQ(p->confirmations.size(), 1);
    EXPECT_TRUE(p->confirmations.first().contains(QStringLiteral("Élodie Martin")))
        << p->confirmations.first().toStdString();
    EXPECT_EQ(CandidateRepository(db).count(), 1) << "no second record of her";
    EXPECT_EQ(InterviewRepository(db).forCandidate(id).size(), 1);
}

TEST(PanelExchangeWindow, TheInterviewersEmailTellsNamesakesApart)
{
    TestDir dir;
    QSettings().clear();
    Database db(dir.path(QStringLiteral("db.sqlite")));
    QuestionBank::installDefault(db);
    const Interviewer other = InterviewerRepository(db).create(
        Interviewer{0, {}, QStringLiteral("Dana"), QStringLiteral("dana.b@corp")});

    MainWindow window(db);
    ScriptedPrompts* p = showWithScriptedPrompts(window);
    ASSERT_TRUE(p);
    auto* name = window.findChild<QLineEdit*>(QStringLiteral("newNameEdit"));
    auto* interviewer = window.findChild<QLineEdit*>(QStringLiteral("interviewerEdit"));
    auto* email = window.findChild<QLineEdit*>(QStringLiteral("interviewerEmailEdit"));
    ASSERT_TRUE(name && interviewer && email);
    QTest::keyClicks(name, QStringLiteral("Quinn Example"));
    QTest::keyClicks(interviewer, QStringLiteral("Dana"));
    QTest::keyClicks(email, QStringLiteral("dana.a@corp"));
    QTest::keyClick(email, Qt::Key_Return);

    const QList<Interviewer> danas = InterviewerRepository(db).named(QStringLiteral("Dana"));
    ASSERT_EQ(danas.size(), 2) << "another Dana's address: another person";
    const QList<Interview> started = InterviewRepository(db).all();
    ASSERT_EQ(started.size(), 1);
    EXPECT_NE(started.first().interviewerId, other.id);
    EXPECT_EQ(InterviewerRepository(db).get(started.first().interviewerId)->email,
              QStringLiteral("dana.a@corp"));
    EXPECT_EQ(RememberedInterviewer::load().email, QStringLiteral("dana.a@corp"));
}

TEST(PanelExchangeWindow, CtrlOOpensAnotherDatabaseAndTheRecentListRemembersBoth)
{
    TestDir dir;
    QSettings().clear();
    const QString first = dir.path(QStringLiteral("round-1.sqlite"));
    const QString second = dir.path(QStringLiteral("round-2.sqlite"));
    {
        Database other(second);
        QuestionBank::installDefault(other);
    }
    Database db(first);
    QuestionBank::installDefault(db);
    {
        MainWindow window(db);
        ScriptedPrompts* p = showWithScriptedPrompts(window);
        ASSERT_TRUE(p);
        p->openAnswer = {second};
        press(&window, Qt::Key_O, Qt::ControlModifier);
        EXPECT_EQ(window.requestedDatabase(), second);
        EXPECT_FALSE(window.isVisible()) << "the window closes; main opens the other database";
    }
    Database other(second);
    MainWindow next(other);
    const QStringList recent = MainWindow::recentDatabases();
    ASSERT_GE(recent.size(), 2);
    EXPECT_EQ(recent.at(0), QFileInfo(second).absoluteFilePath());
    EXPECT_EQ(recent.at(1), QFileInfo(first).absoluteFilePath());
}
