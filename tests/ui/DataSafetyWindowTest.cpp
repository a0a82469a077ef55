#include "bank/QuestionBank.h"
#include "demo/DemoData.h"
#include "interview/InterviewSession.h"
#include "saving/SaveQueue.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "support/CliRunner.h"
#include "support/FakeClock.h"
#include "support/PrivateMount.h"
#include "support/Screenshots.h"
#include "support/SecondProgram.h"
#include "support/TestFiles.h"
#include "ui/CalibrationPage.h"
#include "ui/CandidateTableModel.h"
#include "ui/CandidatesPage.h"
#include "ui/ComparePage.h"
#include "ui/InterviewActions.h"
#include "ui/InterviewScreen.h"
#include "ui/MainWindow.h"
#include "ui/UserPrompts.h"
#include "ui/WrapUpPanel.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUrl>
#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace ia;
using namespace ia::test;

// The data-safety promises, kept by the real window driven by real key events: what a file dialog,
// a drop, a second window or another program may do to the database while the app has it open.

namespace {

// The real file dialog (Qt's own, as the app shows it); everything else answered by the test.
class RealFileDialogPrompts final : public UserPrompts
{
public:
    QStringList messages;
    bool confirm(QWidget*, const QString&, const QString&, const QString&) override { return true; }
    bool confirmDestructive(QWidget*, const QString&, const QString&, const QString&) override
    {
        return true;
    }
    void inform(QWidget*, const QString&, const QString& text) override { messages << text; }
    std::optional<QString> askSecret(QWidget*, const QString&, const QString&) override { return secret; }
    std::optional<QString> secret;
};

struct Window
{
    TestDir dir;
    QString path = dir.path(QStringLiteral("panel.sqlite"));
    std::unique_ptr<Database> db;
    FakeClock clock;
    RealFileDialogPrompts* prompts = nullptr;
    std::unique_ptr<MainWindow> window;
    InterviewId interview = 0;

    Window()
    {
        QSettings().clear();
        Database::Options options;
        options.busyTimeoutMs = 100;
        db = std::make_unique<Database>(path, options);
        DemoData::create(*db);
        Candidate c;
        c.name = QStringLiteral("Dialog Candidate");
        c.role = QStringLiteral("Backend Python developer");
        const CandidateId candidate = CandidateRepository(*db).create(c).id;
        const InterviewerId iv = InterviewerRepository(*db).findOrCreate(QStringLiteral("Dana")).id;
        interview = InterviewRepository(*db)
                        .create(candidate, iv, *KitRepository(*db).byName(QuestionBank::defaultKitName()))
                        .id;
        QSettings().setValue(QStringLiteral("interviewer/name"), QStringLiteral("Dana"));
        window = std::make_unique<MainWindow>(*db, &clock);
        auto p = std::make_unique<RealFileDialogPrompts>();
        prompts = p.get();
        window->setPrompts(std::move(p));
        window->show();
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const
    {
        // A shortcut reaches only the active window; after a dialog closes, activation comes back
        // through the event loop, as it would for a user.
        if (!QApplication::activeModalWidget() && !window->isActiveWindow()) {
            window->activateWindow();
            EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        }
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : window.get();
        QTest::keyClick(target, key, modifiers);
    }
    QString storedScore(int position) const
    {
        return SecondProgram::query(path,
                                    QStringLiteral("SELECT coalesce(score, 'none') FROM scorecard_entry "
                                                   "WHERE interview_id = %1 AND position = %2")
                                        .arg(interview)
                                        .arg(position));
    }
    QString status() const
    {
        const QList<QLabel*> labels = window->statusBar()->findChildren<QLabel*>();
        QStringList texts;
        for (const QLabel* l : labels)
            texts << l->text();
        return texts.join(QLatin1Char(' '));
    }
};

// While a file dialog is up (its own event loop): go to folder as a user would, by typing it into
// the name field and pressing Enter, wait until the dialog has listed it (icons and types
// included), then cancel. Returns the folder the dialog first showed.
std::shared_ptr<QString> browseToAndCancel(const QString& folder)
{
    auto initial = std::make_shared<QString>();
    // Looks for the dialog each time the event loop turns (a single zero timer can fire in an
    // earlier event loop than the dialog's), and gives up after a generous number of turns.
    auto* poll = new QTimer;
    auto turns = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, turns, initial, folder] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog && ++*turns < 500)
            return;
        poll->stop();
        poll->deleteLater();
        if (!dialog) {
            ADD_FAILURE() << "no file dialog came up";
            return;
        }
        *initial = dialog->directory().absolutePath();
        auto* model = dialog->findChild<QFileSystemModel*>();
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        if (!model || !name) {
            ADD_FAILURE() << "not Qt's own dialog";
            dialog->reject();
            return;
        }
        QSignalSpy loaded(model, &QFileSystemModel::directoryLoaded);
        name->setFocus();
        name->setText(folder);
        QTest::keyClick(name, Qt::Key_Return);
        bool listed = false;
        for (int i = 0; i < 20 && !listed; ++i) {
            for (const QList<QVariant>& args : std::as_const(loaded))
                listed = listed || QDir(args.at(0).toString()) == QDir(folder);
            if (!listed && !loaded.wait(1000))
                continue;
        }
        EXPECT_TRUE(listed) << "the dialog never listed the folder";
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    poll->start(10);
    return initial;
}

} // namespace

TEST(DataSafetyWindow, FileDialogsNeverOpenTheDatabaseFiles)
{
    Window w;
    ASSERT_TRUE(w.window->openInterview(w.interview));
    const QString folder = QFileInfo(w.path).absolutePath();
    DatabaseOpenWatch watch(w.path);

    // File → Export scorecard… (Ctrl+E), then the debrief packet (Ctrl+Shift+E). Each dialog is
    // taken to the database's folder and cancelled; none may start there, not even after another
    // dialog has been there (Qt's dialog falls back to the last folder it showed).
    std::vector<std::shared_ptr<QString>> starts;
    starts.push_back(browseToAndCancel(folder));
    w.key(Qt::Key_E, Qt::ControlModifier);
    starts.push_back(browseToAndCancel(folder));
    w.key(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    // Compare and calibration exports: their buttons.
    w.window->showPage(MainWindow::Page::Compare);
    auto* compareCsv = w.window->comparePage()->findChild<QPushButton*>(QStringLiteral("csvButton"));
    ASSERT_TRUE(compareCsv->isEnabled());
    starts.push_back(browseToAndCancel(folder));
    compareCsv->click();
    w.window->showPage(MainWindow::Page::Calibration);
    starts.push_back(browseToAndCancel(folder));
    const QList<QPushButton*> buttons = w.window->calibrationPage()->findChildren<QPushButton*>();
    for (QPushButton* b : buttons) {
        if (b->text().remove(QLatin1Char('&')).contains(QStringLiteral("CSV")))
            b->click();
    }
    for (std::size_t i = 0; i < starts.size(); ++i) {
        EXPECT_FALSE(starts[i]->isEmpty()) << "dialog " << i + 1 << " never came up";
        EXPECT_NE(QDir(*starts[i]), QDir(folder)) << "dialog " << i + 1 << " opened in the database's folder";
    }
    EXPECT_EQ(watch.opened(), QStringList{}) << "something in the app opened the database's files";

    // Even when the last export went to the database's folder, the next dialog starts elsewhere.
    QSettings().setValue(QStringLiteral("export/folder"), folder);
    w.window->showPage(MainWindow::Page::Interview);
    const auto next = browseToAndCancel(QDir::rootPath());
    w.key(Qt::Key_E, Qt::ControlModifier);
    EXPECT_NE(QDir(*next), QDir(folder));
}

TEST(DataSafetyWindow, AScoreAfterAFileDialogAndAnotherProgramReachesTheFile)
{
    // The reported sequence: export dialog in the database's folder, cancel; another program reads
    // the database; a score is pressed and "saved". Another program must then find it in the file.
    Window w;
    ASSERT_TRUE(w.window->openInterview(w.interview));
    w.window->interviewScreen()->questionTree()->setFocus();
    w.key(Qt::Key_2);
    browseToAndCancel(QFileInfo(w.path).absolutePath());
    w.key(Qt::Key_E, Qt::ControlModifier);

    const CliRun reader = cli({QStringLiteral("search"), QStringLiteral("--db"), w.path, QStringLiteral("x"),
                               QStringLiteral("--as"), QStringLiteral("Dana")});
    ASSERT_EQ(reader.exitCode, 0) << reader.err.toStdString();
    EXPECT_TRUE(QFile::exists(w.path + QStringLiteral("-wal"))) << "the other program took the app for gone";

    w.window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(w.window.get()));
    w.window->interviewScreen()->questionTree()->setFocus();
    w.key(Qt::Key_N);
    w.key(Qt::Key_3);
    EXPECT_TRUE(w.status().contains(QStringLiteral("All changes saved"))) << w.status().toStdString();
    EXPECT_EQ(w.storedScore(0), QStringLiteral("2"));
    EXPECT_EQ(w.storedScore(1), QStringLiteral("3")) << "the score said saved is not in the file";
}

TEST(DataSafetyWindow, DroppingTheDatabaseOnTheWindowOpensNothing)
{
    Window w;
    ASSERT_TRUE(w.window->openInterview(w.interview));
    DatabaseOpenWatch watch(w.path);
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(w.path), QUrl::fromLocalFile(w.path + QStringLiteral("-wal")),
                  QUrl::fromLocalFile(w.path + QStringLiteral("-shm"))});
    int targets = 0;
    const QList<QWidget*> widgets = w.window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->acceptDrops() || !widget->isVisible())
            continue;
        ++targets;
        const QPoint at = widget->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(widget, &enter);
        QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(widget, &drop);
    }
    EXPECT_GT(targets, 0) << "the test dropped on nothing";
    EXPECT_EQ(watch.opened(), QStringList{});
}

TEST(DataSafetyWindow, ASecondWindowShowsWhoHasTheInterviewAndTakesItOverWithItsKeys)
{
    Window a;
    ASSERT_TRUE(a.window->openInterview(a.interview));
    a.window->interviewScreen()->questionTree()->setFocus();
    a.key(Qt::Key_2);
    ASSERT_EQ(a.storedScore(0), QStringLiteral("2"));

    // The same interview in a second window (its own connection, as a second app would have), by
    // the same interviewer.
    Database::Options options;
    options.busyTimeoutMs = 100;
    Database secondDb(a.path, options);
    MainWindow b(secondDb, &a.clock);
    auto prompts = std::make_unique<RealFileDialogPrompts>();
    RealFileDialogPrompts* bPrompts = prompts.get();
    b.setPrompts(std::move(prompts));
    b.show();
    ASSERT_TRUE(b.openInterview(a.interview));
    b.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&b));
    const QString banner = b.interviewScreen()->bannerText();
    EXPECT_TRUE(banner.contains(QStringLiteral("Dana on "))) << banner.toStdString();
    EXPECT_TRUE(banner.contains(QStringLiteral("since"))) << banner.toStdString();
    b.resize(1366, 768);
    keepScreenshot(b, QStringLiteral("open-elsewhere"));
    b.interviewScreen()->questionTree()->setFocus();
    QTest::keyClick(b.interviewScreen()->questionTree(), Qt::Key_4);
    EXPECT_EQ(a.storedScore(b.session()->currentIndex()), QStringLiteral("none"))
        << "the reading window wrote";

    QTest::keyClick(b.interviewScreen()->questionTree(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(b.session()->access(), InterviewSession::Access::Editable)
        << bPrompts->messages.join(QLatin1Char('\n')).toStdString();
    const int bQuestion = b.session()->currentIndex();
    ASSERT_NE(bQuestion, 0) << "it picks up at the first question not yet dealt with";
    QTest::keyClick(b.interviewScreen()->questionTree(), Qt::Key_4);
    EXPECT_EQ(a.storedScore(bQuestion), QStringLiteral("4"));

    // The first window: a note typed after the take-over is refused by the database, kept, and the
    // window says so; its undo cannot reach the data any more.
    a.window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(a.window.get()));
    a.window->interviewScreen()->questionTree()->setFocus();
    a.key(Qt::Key_Return);
    ASSERT_EQ(QApplication::focusWidget(), a.window->interviewScreen()->noteEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("late words"));
    a.key(Qt::Key_Escape);
    QSignalSpy access(a.window->session(), &InterviewSession::accessChanged);
    if (a.window->session()->access() != InterviewSession::Access::TakenOver) {
        ASSERT_TRUE(access.wait(5000));
    }
    const QString aBanner = a.window->interviewScreen()->bannerText();
    EXPECT_TRUE(aBanner.contains(QStringLiteral("Dana on "))) << aBanner.toStdString();
    EXPECT_TRUE(aBanner.contains(QStringLiteral("took this interview over"))) << aBanner.toStdString();
    a.window->resize(1366, 768);
    keepScreenshot(*a.window, QStringLiteral("taken-over"));
    EXPECT_FALSE(a.window->interviewScreen()->wrapUp()->submitButton()->isEnabled())
        << "a window that only reads offers no submit";
    a.key(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(a.storedScore(0), QStringLiteral("2"));
    EXPECT_EQ(a.storedScore(bQuestion), QStringLiteral("4"));
    EXPECT_EQ(
        SecondProgram::query(a.path, QStringLiteral("SELECT note FROM scorecard_entry WHERE interview_id = "
                                                    "%1 AND position = 0")
                                         .arg(a.interview)),
        QString());
    EXPECT_TRUE(a.window->session()->hasPendingWrites()) << "what was typed is kept";
}

TEST(DataSafetyWindow, AScoreWhileAnotherProgramWritesIsKeptAndTheBannerClearsWhenSaved)
{
    Window w;
    ASSERT_TRUE(w.window->openInterview(w.interview));
    w.window->interviewScreen()->questionTree()->setFocus();
    SecondProgramLock lock(w.path);
    ASSERT_TRUE(lock.isHolding());
    w.key(Qt::Key_3);
    EXPECT_EQ(w.window->session()->entry(0).score, 3) << "the key must not wait for the lock to show";
    EXPECT_TRUE(w.window->interviewScreen()->bannerText().contains(QStringLiteral("Another program")))
        << w.window->interviewScreen()->bannerText().toStdString();
    w.window->resize(1366, 768);
    keepScreenshot(*w.window, QStringLiteral("busy"));
    QSignalSpy saved(&w.window->saveQueue(), &SaveQueue::allSaved);
    lock.release();
    ASSERT_TRUE(saved.wait(10000));
    EXPECT_EQ(w.storedScore(0), QStringLiteral("3"));
    EXPECT_TRUE(w.window->interviewScreen()->bannerText().isEmpty())
        << "the banner stays after the retry worked: "
        << w.window->interviewScreen()->bannerText().toStdString();
    EXPECT_TRUE(w.status().contains(QStringLiteral("All changes saved")));
}

TEST(DataSafetyWindow, ErasingTheCandidateOfTheOpenInterviewClosesItWithAMessage)
{
    Window w;
    ASSERT_TRUE(w.window->openInterview(w.interview));
    const CandidateId candidate = w.window->session()->candidate().id;
    // Erased by another program.
    const CliRun erased =
        cli({QStringLiteral("erase"), QStringLiteral("--db"), w.path, QStringLiteral("--candidate"),
             QString::number(candidate), QStringLiteral("--yes")},
            QByteArray(DemoData::managerPassphrase().toUtf8() + '\n'));
    ASSERT_EQ(erased.exitCode, 0) << erased.err.toStdString();
    w.window->interviewScreen()->questionTree()->setFocus();
    QSignalSpy closed(w.window->session(), &QObject::destroyed);
    w.key(Qt::Key_3);
    ASSERT_TRUE(closed.wait(5000)) << "the session of an erased interview stays open";
    EXPECT_EQ(w.window->session(), nullptr);
    ASSERT_FALSE(w.prompts->messages.isEmpty());
    EXPECT_TRUE(w.prompts->messages.last().contains(QStringLiteral("erased")))
        << w.prompts->messages.last().toStdString();
}

TEST(DataSafetyWindow, ADamagedRowIsAMessageAndTheOtherPagesStillWork)
{
    Window w;
    tamper(w.path,
           QStringLiteral("UPDATE rubric_anchor SET score = 9 WHERE score = 4 AND question_version_id = "
                          "(SELECT question_version_id FROM scorecard_entry WHERE interview_id = %1 "
                          "ORDER BY position LIMIT 1)")
               .arg(w.interview));
    EXPECT_FALSE(w.window->openInterview(w.interview));
    ASSERT_FALSE(w.prompts->messages.isEmpty());
    EXPECT_TRUE(w.prompts->messages.last().contains(QStringLiteral("rubric_anchor")))
        << w.prompts->messages.last().toStdString();
    w.window->showPage(MainWindow::Page::Candidates);
    EXPECT_GT(w.window->candidatesPage()->model()->rowCount(), 0);
    w.window->showPage(MainWindow::Page::Search);
}

TEST(DataSafetyWindow, AReadOnlyDatabaseOpensForReadingAndSaysWhy)
{
    if (!PrivateTmpfs::available())
        GTEST_SKIP() << "a read-only disk of the test's own needs root for a private mount";
    TestDir dir;
    const QString folder = dir.path(QStringLiteral("ro"));
    PrivateTmpfs disk(folder, 8192);
    const QString path = QDir(folder).filePath(QStringLiteral("panel.sqlite"));
    InterviewId interview = 0;
    {
        Database db(path);
        DemoData::create(db);
        const Interviewer dana = InterviewerRepository(db).findOrCreate(QStringLiteral("Dana"));
        Candidate c;
        c.name = QStringLiteral("Read Only Candidate");
        interview = InterviewRepository(db)
                        .create(CandidateRepository(db).create(c).id, dana.id,
                                *KitRepository(db).byName(QuestionBank::defaultKitName()))
                        .id;
        InterviewRepository(db).start(interview, QDateTime::currentDateTimeUtc());
        db.purgeDeletedData();
    }
    ASSERT_TRUE(disk.remountReadOnly());
    QSettings().clear();
    QSettings().setValue(QStringLiteral("interviewer/name"), QStringLiteral("Dana"));
    Database db(path);
    ASSERT_TRUE(db.isReadOnly());
    FakeClock clock;
    MainWindow window(db, &clock);
    window.setPrompts(std::make_unique<RealFileDialogPrompts>());
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("read-only")));
    ASSERT_TRUE(window.openInterview(interview));
    EXPECT_EQ(window.session()->access(), InterviewSession::Access::DatabaseReadOnly);
    EXPECT_TRUE(window.interviewScreen()->bannerText().contains(QStringLiteral("reading only")))
        << window.interviewScreen()->bannerText().toStdString();
    window.resize(1366, 768);
    keepScreenshot(window, QStringLiteral("read-only"));
    window.interviewScreen()->questionTree()->setFocus();
    QTest::keyClick(window.interviewScreen()->questionTree(), Qt::Key_3);
    EXPECT_FALSE(window.session()->entry(window.session()->currentIndex()).score.has_value());
    window.showPage(MainWindow::Page::Candidates);
    EXPECT_GT(window.candidatesPage()->model()->rowCount(), 0) << "reading still works";
}
