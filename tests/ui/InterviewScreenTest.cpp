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
