#include "ui/InterviewScreen.h"

#include "demo/DemoData.h"
#include "interview/InterviewSession.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/Query.h"
#include "support/FakeClock.h"
#include "support/ScriptedPrompts.h"
#include "support/TestFiles.h"
#include "ui/CandidateProfileWidget.h"
#include "ui/ColorScheme.h"
#include "ui/CompactWindow.h"
#include "ui/HighlightPanel.h"
#include "ui/HomePage.h"
#include "ui/InterviewActions.h"
#include "ui/MainWindow.h"
#include "ui/ScorePanel.h"
#include "ui/TimerPanel.h"
#include "ui/WrapUpPanel.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace ia;
using namespace ia::test;

namespace {

// A demo database, a main window on a fake clock, and dialogs that answer themselves.
struct Screen
{
    TestDir dir;
    Database db{dir.path(QStringLiteral("screen.sqlite"))};
    FakeClock clock;
    ScriptedPrompts* prompts = nullptr;
    std::unique_ptr<MainWindow> window;

    Screen()
    {
        QSettings().clear();
        DemoData::create(db);
        window = std::make_unique<MainWindow>(db, &clock);
        auto scripted = std::make_unique<ScriptedPrompts>();
        prompts = scripted.get();
        window->setPrompts(std::move(scripted));
        window->show();
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    InterviewScreen& screen() const { return *window->interviewScreen(); }
    InterviewSession& session() const { return *window->session(); }
    // View → Manager mode, with the demo's passphrase: others' interviews open.
    void asManager() const
    {
        prompts->secretAnswer = DemoData::managerPassphrase();
        window->setManagerMode(true);
    }
    QTreeView* tree() const { return screen().questionTree(); }

    // A fresh interview of a new candidate, the way a user starts one from the home page.
    InterviewId start(const QString& candidate = QStringLiteral("Test Candidate"))
    {
        HomePage* home = window->homePage();
        home->chooseNewCandidate(candidate, QStringLiteral("Backend Python developer"));
        home->setInterviewer(QStringLiteral("Test Interviewer"));
        home->requestStart();
        EXPECT_NE(window->session(), nullptr);
        tree()->setFocus();
        return window->session() ? session().interview().id : 0;
    }

    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const
    {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : window.get();
        QTest::keyClick(target, key, modifiers);
    }
    void type(const QString& text) const { QTest::keyClicks(QApplication::focusWidget(), text); }

    QList<QVariantList> rows(const QString& sql, InterviewId id) const
    {
        Query q(db.connection(), sql);
        q.bind(QStringLiteral(":id"), id).exec();
        QList<QVariantList> result;
        while (q.next()) {
            QVariantList row;
            for (int c = 0; c < 8 && q.value(c).isValid(); ++c)
                row << q.value(c);
            result << row;
        }
        return result;
    }
};

} // namespace

TEST(InterviewScreen, KeyboardInterviewEndsInTheExactRows)
{
    Screen s;
    const InterviewId id = s.start();
    ASSERT_NE(id, 0);
    EXPECT_TRUE(s.session().isClockRunning()) << "a started interview runs the clock";

    s.clock.advanceSeconds(65);
    s.key(Qt::Key_3);
    s.key(Qt::Key_N);
    s.clock.advanceSeconds(30);
    s.key(Qt::Key_4);
    s.key(Qt::Key_Return);
    ASSERT_EQ(QApplication::focusWidget(), s.screen().noteEdit()) << "Enter goes to the note";
    s.type(QStringLiteral("Knew tuples are hashable; 2 good examples"));
    s.key(Qt::Key_Escape);
    s.clock.advanceSeconds(10);
    s.key(Qt::Key_H);
    ASSERT_EQ(QApplication::focusWidget(), s.screen().highlightPanel()->textEdit())
        << "H opens the highlight text";
    s.type(QStringLiteral("Mutated a tuple's inner list on purpose"));
    s.key(Qt::Key_Return);
    s.key(Qt::Key_F);

    s.screen().wrapUp()->recommendationButton(Recommendation::Yes)->click();
    s.screen().wrapUp()->summaryEdit()->setFocus();
    s.type(QStringLiteral("Solid fundamentals."));
    s.key(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(s.prompts->confirmations.size(), 1)
        << s.prompts->messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(s.session().isReadOnly());

    const QList<QVariantList> entries =
        s.rows(QStringLiteral("SELECT position, status, score, note, seconds_spent FROM scorecard_entry "
                              "WHERE interview_id = :id AND status != 'not_asked' ORDER BY position"),
               id);
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.at(0), (QVariantList{0, QStringLiteral("scored"), 3, QString(), 65}));
    EXPECT_EQ(entries.at(1), (QVariantList{1, QStringLiteral("scored"), 4,
                                           QStringLiteral("Knew tuples are hashable; 2 good examples"), 40}));
    const QList<QVariantList> highlights =
        s.rows(QStringLiteral("SELECT h.elapsed_seconds, h.text, h.flag, e.position FROM highlight h "
                              "JOIN scorecard_entry e ON e.id = h.entry_id WHERE h.interview_id = :id"),
               id);
    ASSERT_EQ(highlights.size(), 1);
    EXPECT_EQ(highlights.first(),
              (QVariantList{105, QStringLiteral("Mutated a tuple's inner list on purpose"),
                            QStringLiteral("red_flag"), 1}));
    const QList<QVariantList> interview =
        s.rows(QStringLiteral(
                   "SELECT state, recommendation, summary, elapsed_seconds FROM interview WHERE id = :id"),
               id);
    ASSERT_EQ(interview.size(), 1);
    EXPECT_EQ(interview.first(), (QVariantList{QStringLiteral("submitted"), QStringLiteral("yes"),
                                               QStringLiteral("Solid fundamentals."), 105}));
}

TEST(InterviewScreen, DigitTypedInTheNoteIsTextNotAScore)
{
    Screen s;
    const InterviewId id = s.start();
    s.key(Qt::Key_Return);
    s.type(QStringLiteral("3 of 4 cases"));
    s.session().flush();
    const QList<QVariantList> row = s.rows(
        QStringLiteral("SELECT status, note FROM scorecard_entry WHERE interview_id = :id AND position = 0"),
        id);
    EXPECT_EQ(row.first(), (QVariantList{QStringLiteral("not_asked"), QStringLiteral("3 of 4 cases")}));
    EXPECT_EQ(s.session().currentIndex(), 0) << "N and arrows typed in the note do not move on";
}

TEST(InterviewScreen, SubmitIsRefusedNamingWhatIsMissing)
{
    Screen s;
    const InterviewId id = s.start();
    s.key(Qt::Key_3);
    s.key(Qt::Key_N);
    s.key(Qt::Key_Return);
    s.type(QStringLiteral("Asked but not scored"));
    s.key(Qt::Key_Escape);
    s.key(Qt::Key_Return, Qt::ControlModifier);

    EXPECT_TRUE(s.prompts->confirmations.isEmpty());
    ASSERT_EQ(s.prompts->messages.size(), 1);
    const QString message = s.prompts->messages.first();
    EXPECT_TRUE(message.contains(QStringLiteral("2. ") + s.session().entry(1).question.title))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("recommendation"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("1. "))) << "the scored question is not listed";
    EXPECT_EQ(s.rows(QStringLiteral("SELECT state FROM interview WHERE id = :id"), id).first().first(),
              QStringLiteral("in_progress"));
}

TEST(InterviewScreen, UndoOfAScoreRestoresThePreviousOneInTheDatabase)
{
    Screen s;
    const InterviewId id = s.start();
    const auto score = [&] {
        return s
            .rows(QStringLiteral(
                      "SELECT status, score FROM scorecard_entry WHERE interview_id = :id AND position = 0"),
                  id)
            .first();
    };
    s.key(Qt::Key_3);
    s.key(Qt::Key_2);
    EXPECT_EQ(score(), (QVariantList{QStringLiteral("scored"), 2}));
    s.key(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(score(), (QVariantList{QStringLiteral("scored"), 3}));
    EXPECT_EQ(s.screen().scorePanel()->emphasisedScore(), 3) << "the screen follows the undo";
    s.key(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(score().at(0), QStringLiteral("not_asked"));
    s.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(score(), (QVariantList{QStringLiteral("scored"), 3}));
}

TEST(InterviewScreen, TimerTurnsAmberAtEightyPercentAndRedWhenOver)
{
    Screen s;
    s.start();
    TimerPanel* timer = s.screen().timerPanel();
    const int budget = s.session().entry(0).timeBudgetSeconds;
    ASSERT_EQ(budget, 240);

    s.clock.advanceSeconds(191);
    timer->refresh();
    EXPECT_EQ(timer->budgetState(), BudgetState::Normal);
    EXPECT_TRUE(timer->questionText().startsWith(QStringLiteral("3:11")));
    s.clock.advanceSeconds(1);
    timer->refresh();
    EXPECT_EQ(timer->budgetState(), BudgetState::Warning);
    s.clock.advanceSeconds(49);
    timer->refresh();
    EXPECT_EQ(timer->budgetState(), BudgetState::Over);
    EXPECT_EQ(timer->totalText(), QStringLiteral("4:01"));

    // Space pauses: the clock stops moving.
    s.key(Qt::Key_Space);
    EXPECT_FALSE(s.session().isClockRunning());
    s.clock.advanceSeconds(100);
    timer->refresh();
    EXPECT_EQ(timer->totalText(), QStringLiteral("4:01"));
}

TEST(InterviewScreen, CompactModeSharesStateWithTheFullWindow)
{
    Screen s;
    const InterviewId id = s.start();
    const QRect fullGeometry = s.window->geometry();
    s.key(Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(s.window->isCompactMode());
    CompactWindow* compact = s.window->compactWindow();
    EXPECT_TRUE(compact->isVisible());
    EXPECT_FALSE(s.window->isVisible());
    EXPECT_TRUE(compact->windowFlags().testFlag(Qt::WindowStaysOnTopHint));
    compact->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(compact));
    EXPECT_TRUE(compact->titleText().contains(s.session().entry(0).question.title));

    QTest::keyClick(compact, Qt::Key_2);
    EXPECT_EQ(compact->checkedScore(), 2);
    EXPECT_EQ(s.screen().scorePanel()->emphasisedScore(), 2)
        << "the full window shows the score set in compact mode";
    QTest::keyClick(compact, Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Compact note"));
    EXPECT_EQ(s.screen().noteEdit()->toPlainText(), QStringLiteral("Compact note"));

    s.key(Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_FALSE(s.window->isCompactMode());
    EXPECT_TRUE(s.window->isVisible());
    EXPECT_EQ(s.window->geometry(), fullGeometry) << "toggling back restores the full window";
    EXPECT_EQ(
        s.rows(QStringLiteral("SELECT note FROM scorecard_entry WHERE interview_id = :id AND position = 0"),
               id)
            .first()
            .first(),
        QStringLiteral("Compact note"))
        << "the toggle writes pending text";
}

TEST(InterviewScreen, SubmittedScorecardIsReadOnlyUntilReopened)
{
    Screen s;
    const InterviewId id = s.start();
    s.key(Qt::Key_3);
    s.screen().wrapUp()->recommendationButton(Recommendation::StrongYes)->click();
    s.window->submitInterview();
    ASSERT_TRUE(s.session().isReadOnly());

    s.tree()->setFocus();
    s.key(Qt::Key_1);
    EXPECT_EQ(
        s.rows(QStringLiteral("SELECT score FROM scorecard_entry WHERE interview_id = :id AND position = 0"),
               id)
            .first()
            .first(),
        3);
    EXPECT_EQ(s.session().currentIndex(), 0) << "a digit does not jump around the list either";
    s.window->reopenInterview();
    EXPECT_FALSE(s.session().isReadOnly());
    const QList<QVariantList> reopenings =
        s.rows(QStringLiteral("SELECT reason FROM interview_reopening WHERE interview_id = :id"), id);
    ASSERT_EQ(reopenings.size(), 1);
    EXPECT_EQ(reopenings.first().first(), QStringLiteral("Scripted reason"));
    s.tree()->setFocus();
    s.key(Qt::Key_1);
    EXPECT_EQ(
        s.rows(QStringLiteral("SELECT score FROM scorecard_entry WHERE interview_id = :id AND position = 0"),
               id)
            .first()
            .first(),
        1);
}

TEST(InterviewScreen, UnfinishedInterviewIsOfferedOnStartUp)
{
    Screen s;
    const InterviewId id = s.start(QStringLiteral("Unfinished Candidate"));
    s.key(Qt::Key_3);
    s.window.reset();

    MainWindow again(s.db, &s.clock);
    again.show();
    HomePage* home = again.homePage();
    ASSERT_GE(home->unfinishedCount(), 1);
    QSignalSpy resume(home, &HomePage::resumeRequested);
    home->requestResume();
    ASSERT_EQ(resume.size(), 1);
    EXPECT_EQ(resume.first().first().toLongLong(), id)
        << "the interviewer's own unfinished interview comes first";
    ASSERT_NE(again.session(), nullptr);
    EXPECT_EQ(again.session()->currentIndex(), 1) << "it picks up at the first question not dealt with";
}

TEST(InterviewScreen, ResumingAnUnfinishedInterviewSaysWhoIsAtTheKeyboard)
{
    // A first start on a shared laptop: no name remembered. Resume on the demo's interview in
    // progress (Hannah's) opens it for editing, and from then on the app is Hannah's view.
    Screen s;
    HomePage* home = s.window->homePage();
    ASSERT_GE(home->unfinishedCount(), 1);
    EXPECT_FALSE(s.window->viewer().interviewer != 0) << "nobody is remembered yet";
    home->requestResume();
    ASSERT_NE(s.window->session(), nullptr) << s.prompts->messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(s.session().access(), InterviewSession::Access::Editable);
    EXPECT_EQ(QSettings().value(QStringLiteral("interviewer/name")).toString(),
              s.session().interview().interviewerName);
    EXPECT_EQ(s.window->viewer().interviewer, s.session().interview().interviewerId);
}

TEST(InterviewScreen, NoteIsWrittenWhenItsFieldLosesFocus)
{
    Screen s;
    const InterviewId id = s.start();
    s.key(Qt::Key_Return);
    s.type(QStringLiteral("Written on focus loss"));
    s.tree()->setFocus();
    EXPECT_FALSE(s.session().hasPendingWrites());
    EXPECT_EQ(
        s.rows(QStringLiteral("SELECT note FROM scorecard_entry WHERE interview_id = :id AND position = 0"),
               id)
            .first()
            .first(),
        QStringLiteral("Written on focus loss"));
}

TEST(InterviewScreen, CandidateProfileIsEditableInPlace)
{
    Screen s;
    s.start(QStringLiteral("Profile Candidate"));
    CandidateProfileWidget* profile = s.screen().profile();
    auto* email = profile->findChild<QLineEdit*>(QStringLiteral("emailEdit"));
    auto* tags = profile->findChild<QLineEdit*>(QStringLiteral("tagsEdit"));
    ASSERT_TRUE(email && tags);
    email->setFocus();
    QTest::keyClicks(email, QStringLiteral("profile@example.com"));
    tags->setFocus();
    QTest::keyClicks(tags, QStringLiteral("django, remote"));
    s.tree()->setFocus();

    const Candidate stored = *CandidateRepository(s.db).get(s.session().candidate().id);
    EXPECT_EQ(stored.email, QStringLiteral("profile@example.com"));
    EXPECT_EQ(stored.tags, (QStringList{QStringLiteral("django"), QStringLiteral("remote")}));

    Candidate withLink = stored;
    withLink.links = {
        CandidateLink{0, QStringLiteral("github"), QStringLiteral("https://github.com/<b>x</b>"), {}}};
    profile->setCandidate(withLink);
    EXPECT_TRUE(profile->linksHtml().contains(QStringLiteral("<a href=")));
    EXPECT_FALSE(profile->linksHtml().contains(QStringLiteral("<b>x</b>"))) << "link text is escaped";
}

TEST(InterviewScreen, ExportsTheScorecardAndPacketFromTheFileMenu)
{
    Screen s;
    InterviewId submitted = 0;
    for (const Interview& i : InterviewRepository(s.db).all()) {
        if (i.state == InterviewState::Submitted && i.candidateName == QStringLiteral("Daniel Ferreira"))
            submitted = i.id;
    }
    ASSERT_NE(submitted, 0);
    s.asManager();
    ASSERT_TRUE(s.window->openInterview(submitted));

    s.prompts->saveAnswer = s.dir.path(QStringLiteral("from-gui.pdf"));
    ASSERT_TRUE(s.window->exportScorecard());
    EXPECT_TRUE(QFile::exists(s.prompts->saveAnswer));
    ASSERT_EQ(s.prompts->suggestions.size(), 1);
    EXPECT_TRUE(s.prompts->suggestions.first().endsWith(
        QStringLiteral("daniel-ferreira-scorecard-") +
        s.session().interview().startedAt.toLocalTime().date().toString(Qt::ISODate) +
        QStringLiteral(".pdf")))
        << s.prompts->suggestions.first().toStdString();

    s.prompts->saveAnswer = s.dir.path(QStringLiteral("packet-from-gui.pdf"));
    ASSERT_TRUE(s.window->exportPacket());
    EXPECT_TRUE(QFile::exists(s.prompts->saveAnswer));

    s.prompts->saveAnswer.clear(); // the user cancels the file dialog
    EXPECT_FALSE(s.window->exportScorecard());
    EXPECT_TRUE(s.prompts->messages.isEmpty()) << "cancelling is not an error";
}

namespace {

QVariant recommendationOf(const Screen& s, InterviewId id)
{
    return s.rows(QStringLiteral("SELECT recommendation FROM interview WHERE id = :id"), id).first().first();
}

} // namespace

TEST(InterviewScreen, RecommendationHasKeysInTheMenuAndIsUndoable)
{
    Screen s;
    const InterviewId id = s.start();
    s.key(Qt::Key_3, Qt::AltModifier);
    EXPECT_EQ(recommendationOf(s, id), QStringLiteral("yes"));
    EXPECT_TRUE(s.screen().wrapUp()->recommendationButton(Recommendation::Yes)->isChecked());
    s.key(Qt::Key_4, Qt::AltModifier);
    EXPECT_EQ(recommendationOf(s, id), QStringLiteral("strong_yes"));
    s.key(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(recommendationOf(s, id), QStringLiteral("yes"));
    EXPECT_TRUE(s.screen().wrapUp()->recommendationButton(Recommendation::Yes)->isChecked());
    s.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(recommendationOf(s, id), QStringLiteral("strong_yes"));
    s.key(Qt::Key_Z, Qt::ControlModifier);
    s.key(Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(recommendationOf(s, id), QStringLiteral("strong_yes")) << "Ctrl+Y redoes too";
    s.key(Qt::Key_1, Qt::AltModifier);
    EXPECT_EQ(recommendationOf(s, id), QStringLiteral("strong_no"));

    // Listed in the Interview menu with their keys, as the shortcut list shows every action.
    QStringList listed;
    for (const QAction* a : s.window->findChildren<QAction*>()) {
        if (a->objectName().startsWith(QStringLiteral("actionRecommend_")) &&
            !a->associatedObjects().isEmpty())
            listed << a->shortcut().toString();
    }
    listed.sort();
    EXPECT_EQ(listed, (QStringList{QStringLiteral("Alt+1"), QStringLiteral("Alt+2"), QStringLiteral("Alt+3"),
                                   QStringLiteral("Alt+4")}));
    for (QAction* a : s.window->interviewActions()->recommend)
        EXPECT_TRUE(s.window->interviewActions()->all().contains(a));
}

TEST(InterviewScreen, RedoWorksWithCtrlShiftZAndCtrlY)
{
    Screen s;
    const InterviewId id = s.start();
    const auto score = [&] {
        return s
            .rows(
                QStringLiteral("SELECT score FROM scorecard_entry WHERE interview_id = :id AND position = 0"),
                id)
            .first()
            .first();
    };
    s.key(Qt::Key_3);
    s.key(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(score().isNull());
    s.key(Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(score(), 3);
    s.key(Qt::Key_Z, Qt::ControlModifier);
    s.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(score(), 3);
}

TEST(InterviewScreen, KeysOnAFocusedButtonPressTheButton)
{
    Screen s;
    const InterviewId id = s.start();
    ASSERT_TRUE(s.session().isClockRunning());
    QRadioButton* yes = s.screen().wrapUp()->recommendationButton(Recommendation::Yes);
    yes->setFocus(Qt::TabFocusReason);
    s.key(Qt::Key_Space);
    EXPECT_TRUE(s.session().isClockRunning()) << "Space pressed the button, not the clock";
    EXPECT_EQ(recommendationOf(s, id), QStringLiteral("yes"));
    // The arrows move along the recommendations, not through the questions.
    s.key(Qt::Key_Right);
    EXPECT_EQ(s.session().currentIndex(), 0);
    EXPECT_EQ(recommendationOf(s, id), QStringLiteral("strong_yes"));
    // Return on a radio button chooses it instead of opening the note.
    s.screen().wrapUp()->recommendationButton(Recommendation::No)->setFocus(Qt::TabFocusReason);
    s.key(Qt::Key_Return);
    EXPECT_EQ(recommendationOf(s, id), QStringLiteral("no"));
    EXPECT_FALSE(s.screen().noteEdit()->hasFocus());

    // A push button: Space presses it (the clock's own button pauses, once).
    QPushButton* toggle = s.screen().timerPanel()->findChild<QPushButton*>(QStringLiteral("clockToggle"));
    ASSERT_NE(toggle, nullptr);
    toggle->setFocus(Qt::TabFocusReason);
    s.key(Qt::Key_Space);
    EXPECT_FALSE(s.session().isClockRunning());
    s.key(Qt::Key_Return);
    EXPECT_TRUE(s.session().isClockRunning());
}

TEST(InterviewScreen, SubmitNamesTheQuestionsNeverAskedAndAsks)
{
    Screen s;
    const InterviewId id = s.start();
    s.key(Qt::Key_3);
    s.key(Qt::Key_N);
    s.key(Qt::Key_S); // skipped on purpose: not "never asked"
    s.key(Qt::Key_3, Qt::AltModifier);
    s.prompts->confirmAnswer = false;
    s.key(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(s.prompts->confirmations.size(), 1);
    const QString text = s.prompts->confirmations.first();
    const int count = s.session().entryCount();
    EXPECT_TRUE(text.contains(QStringLiteral("%1 questions were never asked").arg(count - 2)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("3. ") + s.session().entry(2).question.title))
        << text.toStdString();
    // Ten by name, then how many more: the dialog's buttons stay on a laptop's screen.
    EXPECT_TRUE(text.contains(QStringLiteral("12. ") + s.session().entry(11).question.title))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("13. ") + s.session().entry(12).question.title));
    EXPECT_TRUE(text.contains(QStringLiteral("and %1 more").arg(count - 12))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("1. ") + s.session().entry(0).question.title));
    EXPECT_FALSE(text.contains(QStringLiteral("2. ") + s.session().entry(1).question.title));
    EXPECT_EQ(s.rows(QStringLiteral("SELECT state FROM interview WHERE id = :id"), id).first().first(),
              QStringLiteral("in_progress"))
        << "declining keeps it open";
    s.prompts->confirmAnswer = true;
    s.key(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(s.rows(QStringLiteral("SELECT state FROM interview WHERE id = :id"), id).first().first(),
              QStringLiteral("submitted"));
}

TEST(InterviewScreen, APausedClockIsShownEverywhereAndAScoreOrHighlightStartsIt)
{
    Screen s;
    const InterviewId id = s.start();
    s.clock.advanceSeconds(30);
    s.key(Qt::Key_Space);
    ASSERT_FALSE(s.session().isClockRunning());
    EXPECT_TRUE(s.screen().bannerText().contains(QStringLiteral("paused at 0:30")))
        << s.screen().bannerText().toStdString();
    EXPECT_TRUE(s.screen().bannerText().contains(QStringLiteral("next score or highlight")));
    EXPECT_TRUE(s.window->windowTitle().contains(QStringLiteral("paused")))
        << s.window->windowTitle().toStdString();
    EXPECT_TRUE(s.screen().timerPanel()->showsPaused());

    // A score starts it again: the banner goes, as the state changed.
    s.clock.advanceSeconds(600); // a break: not counted
    s.key(Qt::Key_2);
    EXPECT_TRUE(s.session().isClockRunning());
    EXPECT_TRUE(s.screen().bannerText().isEmpty()) << s.screen().bannerText().toStdString();
    EXPECT_FALSE(s.window->windowTitle().contains(QStringLiteral("paused")));
    EXPECT_FALSE(s.screen().timerPanel()->showsPaused());

    // So does a highlight, and two highlights minutes apart get their own stamps.
    s.key(Qt::Key_Space);
    s.key(Qt::Key_H);
    s.key(Qt::Key_Escape);
    s.clock.advanceSeconds(120);
    s.key(Qt::Key_H);
    s.key(Qt::Key_Escape);
    const QList<QVariantList> stamps = s.rows(
        QStringLiteral("SELECT elapsed_seconds FROM highlight WHERE interview_id = :id ORDER BY id"), id);
    ASSERT_EQ(stamps.size(), 2);
    EXPECT_EQ(stamps.at(0).first().toInt(), 30);
    EXPECT_EQ(stamps.at(1).first().toInt(), 150);

    // Reopened later, the clock waits: the banner says so, and how it starts.
    s.key(Qt::Key_Space);
    s.window->closeInterview();
    ASSERT_TRUE(s.window->openInterview(id));
    EXPECT_FALSE(s.session().isClockRunning());
    EXPECT_TRUE(s.screen().bannerText().contains(QStringLiteral("paused at 2:30")))
        << s.screen().bannerText().toStdString();
    s.key(Qt::Key_Space);
    EXPECT_TRUE(s.session().isClockRunning());
    EXPECT_TRUE(s.screen().bannerText().isEmpty());
}

namespace {

// The mean lightness of what a widget draws.
int meanLightness(QWidget* widget)
{
    const QImage image = widget->grab().toImage();
    qint64 sum = 0;
    qint64 count = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            sum += QColor(image.pixel(x, y)).lightness();
            ++count;
        }
    }
    return count ? int(sum / count) : 0;
}

} // namespace

TEST(InterviewScreen, CompactStripReadsAtAGlanceAndSaysWhereTheKeysGo)
{
    Screen s;
    s.start(QStringLiteral("Ada Strip"));
    s.key(Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    CompactWindow* compact = s.window->compactWindow();
    ASSERT_TRUE(compact->isVisible());
    ASSERT_TRUE(QTest::qWaitForWindowActive(compact));

    // The title names the candidate, once, and leaves the app's name to the desktop.
    EXPECT_TRUE(compact->windowTitle().contains(QStringLiteral("Ada Strip")))
        << compact->windowTitle().toStdString();
    EXPECT_FALSE(compact->windowTitle().contains(QStringLiteral("Interview Assistant")));

    // Each score key carries its rubric label in full, and nothing is cut off at the bottom.
    const ScorecardEntry& e = s.session().entry(0);
    for (int score = 1; score <= 4; ++score) {
        auto* button = compact->findChild<QPushButton*>(QStringLiteral("score%1").arg(score));
        ASSERT_NE(button, nullptr);
        EXPECT_TRUE(button->text().contains(e.question.rubric.anchor(score).label))
            << button->text().toStdString();
        EXPECT_GE(button->width(), button->fontMetrics().horizontalAdvance(button->text()))
            << "the label fits its key";
    }
    for (QWidget* child : compact->findChildren<QWidget*>()) {
        if (child->isVisible() && child->parentWidget() == compact) {
            EXPECT_LE(child->geometry().bottom(), compact->height()) << child->objectName().toStdString();
        }
    }

    // Not in the call's top-right corner the first time: the top centre of the screen.
    const QRect available = compact->screen()->availableGeometry();
    EXPECT_LT(std::abs(compact->frameGeometry().center().x() - available.center().x()), 20);
    EXPECT_LT(compact->frameGeometry().top() - available.top(), 40);

    // The cue says where the keys go: here while the strip is active, elsewhere after a click
    // into the call.
    EXPECT_TRUE(compact->keysCueSaysHere());
    QWidget call;
    call.setWindowTitle(QStringLiteral("Call"));
    call.resize(400, 300);
    call.show();
    call.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&call));
    EXPECT_FALSE(compact->keysCueSaysHere());
    compact->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(compact));
    EXPECT_TRUE(compact->keysCueSaysHere());
    QTest::keyClick(compact, Qt::Key_3);
    EXPECT_EQ(compact->checkedScore(), 3);
}

TEST(InterviewScreen, CompactStripRemembersWhereItWasPut)
{
    QPoint placed;
    {
        Screen s;
        s.start();
        s.key(Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        CompactWindow* compact = s.window->compactWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(compact));
        placed = compact->pos() + QPoint(-40, 120);
        compact->move(placed);
        // Written when it moved, not only when compact mode ends.
        ASSERT_TRUE(QTest::qWaitFor([&] {
            QWidget probe;
            return probe.restoreGeometry(
                       QSettings().value(QStringLiteral("CompactWindow/geometry")).toByteArray()) &&
                   (probe.pos() - placed).manhattanLength() <= 8;
        })) << "the new place is saved when the strip is moved";
        s.key(Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        ASSERT_FALSE(s.window->isCompactMode());
        s.window->setCompactMode(true);
        EXPECT_EQ(compact->pos(), placed);
    }
}

TEST(InterviewScreen, TheSelectedScoreStandsOutInTheDarkScheme)
{
    Screen s;
    ColorSchemes::apply(ColorScheme::Dark);
    s.start();
    s.key(Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    CompactWindow* compact = s.window->compactWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(compact));
    QTest::keyClick(compact, Qt::Key_2);
    auto* chosen = compact->findChild<QPushButton*>(QStringLiteral("score2"));
    auto* other = compact->findChild<QPushButton*>(QStringLiteral("score3"));
    const int difference = std::abs(meanLightness(chosen) - meanLightness(other));
    ColorSchemes::apply(ColorScheme::System);
    EXPECT_GT(difference, 40) << "the chosen key differs clearly from the others";
}

TEST(InterviewScreen, QuestionTitlesHaveTheRoomOnALaptopScreen)
{
    Screen s;
    s.window->setWindowState(Qt::WindowNoState);
    s.window->resize(1366, 700);
    s.start();
    QTreeView* tree = s.tree();
    QApplication::processEvents();
    int fitting = 0;
    const int count = s.session().entryCount();
    for (int i = 0; i < count; ++i) {
        const QString title = s.session().entry(i).question.title;
        bool found = false;
        for (int row = 0; row < tree->model()->rowCount() && !found; ++row) {
            const QModelIndex category = tree->model()->index(row, 0);
            for (int child = 0; child < tree->model()->rowCount(category) && !found; ++child) {
                const QModelIndex index = tree->model()->index(child, 0, category);
                if (!index.data().toString().contains(title))
                    continue;
                found = true;
                EXPECT_TRUE(index.data(Qt::ToolTipRole).toString().contains(title))
                    << "the full title is in the tooltip";
                const int room = tree->visualRect(index).width() - tree->iconSize().width() - 12;
                if (tree->fontMetrics().horizontalAdvance(index.data().toString()) <= room)
                    ++fitting;
            }
        }
        EXPECT_TRUE(found) << title.toStdString();
    }
    EXPECT_GE(fitting * 10, count * 9) << fitting << " of " << count << " titles fit at 1366 wide";
    EXPECT_EQ(tree->textElideMode(), Qt::ElideMiddle) << "the rest keep their start and end";
}

TEST(InterviewScreen, AButtonFocusedByAClickLeavesTheInterviewKeysAlone)
{
    Screen s;
    s.start();
    ASSERT_TRUE(s.session().isClockRunning());
    // Clicking Submit (and cancelling) must not make the next Space or Return press it again.
    s.prompts->confirmAnswer = false;
    QPushButton* submit = s.screen().wrapUp()->submitButton();
    QTest::mouseClick(submit, Qt::LeftButton);
    EXPECT_FALSE(submit->hasFocus()) << "a click does not take the keyboard";
    const qsizetype asked = s.prompts->messages.size() + s.prompts->confirmations.size();
    s.key(Qt::Key_Space);
    EXPECT_FALSE(s.session().isClockRunning()) << "Space still pauses the clock";
    EXPECT_EQ(s.prompts->messages.size() + s.prompts->confirmations.size(), asked);
}
