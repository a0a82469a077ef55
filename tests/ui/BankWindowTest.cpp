// The Questions and Kits pages, driven with real key events into the real window: a "Frontend
// developer" kit built from new questions, reordered with Alt+Up, published and interviewed with.
#include "bank/QuestionBank.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/KitRepository.h"
#include "storage/QuestionRepository.h"
#include "support/DatabaseRows.h"
#include "support/Screenshots.h"
#include "support/ScriptedPrompts.h"
#include "support/TestFiles.h"
#include "ui/KitsPage.h"
#include "ui/MainWindow.h"
#include "ui/QuestionEditor.h"
#include "ui/QuestionHistoryDialog.h"
#include "ui/QuestionsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace ia;
using namespace ia::test;

namespace {

ScriptedPrompts* showBankWindow(MainWindow& window)
{
    auto prompts = std::make_unique<ScriptedPrompts>();
    ScriptedPrompts* p = prompts.get();
    window.setPrompts(std::move(prompts));
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window) ? p : nullptr;
}

// A key to whatever has the focus, as the keyboard would send it.
void pressKey(QWidget* window, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    EXPECT_TRUE(QTest::qWaitForWindowActive(window));
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

template <typename T>
T* namedChild(QWidget& window, const char* name)
{
    T* found = window.findChild<T*>(QLatin1String(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

// Types a whole question into the editor, field by field, with real key presses.
void typeQuestion(QWidget& window, const QString& title, const QString& prompt)
{
    QTest::keyClicks(namedChild<QLineEdit>(window, "titleEdit"), title);
    QComboBox* category = namedChild<QComboBox>(window, "categoryCombo");
    category->lineEdit()->selectAll();
    QTest::keyClicks(category->lineEdit(), QStringLiteral("Frontend"));
    QTest::keyClicks(namedChild<QPlainTextEdit>(window, "promptEdit"), prompt);
    const char* labels[] = {"anchorLabel1", "anchorLabel2", "anchorLabel3", "anchorLabel4"};
    const char* descriptions[] = {"anchorDescription1", "anchorDescription2", "anchorDescription3",
                                  "anchorDescription4"};
    for (int s = 0; s < 4; ++s) {
        QTest::keyClicks(namedChild<QLineEdit>(window, labels[s]), QStringLiteral("Level %1").arg(s + 1));
        QTest::keyClicks(namedChild<QPlainTextEdit>(window, descriptions[s]),
                         QStringLiteral("Sounds like %1.").arg(s + 1));
    }
}

// Answers the next modal dialog (the question picker) once it is up: types into its search field,
// then Return. Checks from the event loop, without waiting inside it, so the key that opens the
// dialog is pressed first.
void answerQuestionPicker(const QString& search)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, search] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("questionSearch"));
        ASSERT_NE(field, nullptr);
        QTest::keyClicks(field, search);
        QTest::keyClick(field, Qt::Key_Return);
    });
    timer->start();
}

} // namespace

TEST(BankWindow, AFrontendKitBuiltWithTheKeysIsWhatAnInterviewAsks)
{
    TestDir dir;
    QSettings().clear();
    Database db(dir.path(QStringLiteral("bank.sqlite")));
    QuestionBank::installDefault(db);
    MainWindow window(db);
    ScriptedPrompts* p = showBankWindow(window);
    ASSERT_TRUE(p);

    // Two new questions on the Questions page.
    pressKey(&window, Qt::Key_5, Qt::ControlModifier);
    ASSERT_TRUE(window.questionsPage()->isVisible());
    QuestionRepository questions(db);
    const QStringList titles{QStringLiteral("CSS layout: grid or flexbox"), QStringLiteral("The event loop")};
    for (const QString& title : titles) {
        pressKey(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        ASSERT_EQ(QApplication::focusWidget(), namedChild<QLineEdit>(*window.questionsPage(), "titleEdit"));
        typeQuestion(*window.questionsPage(), title,
                     QStringLiteral("Explain %1 with an example.").arg(title));
        // Saved as typed: the draft in the database has the text already, before any Publish.
        const QuestionId id = window.questionsPage()->currentQuestion();
        ASSERT_NE(id, 0);
        EXPECT_EQ(questions.draft(id)->title, title);
        pressKey(&window, Qt::Key_Return, Qt::ControlModifier);
        EXPECT_TRUE(p->messages.isEmpty()) << p->messages.join(QLatin1Char('\n')).toStdString();
        ASSERT_TRUE(questions.latest(id)) << "published";
        EXPECT_EQ(questions.latest(id)->rubric.anchor(4).description, QStringLiteral("Sounds like 4."));
    }
    keepScreenshot(window, QStringLiteral("questions-page"));

    // Undo and redo in the editor, with the keys, in a text field.
    QLineEdit* title = namedChild<QLineEdit>(*window.questionsPage(), "titleEdit");
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral(" (v2)"));
    const QuestionId second = window.questionsPage()->currentQuestion();
    EXPECT_EQ(questions.draft(second)->title, titles.at(1) + QStringLiteral(" (v2)"));
    pressKey(&window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(title->text(), titles.at(1));
    EXPECT_FALSE(questions.draft(second)) << "undone back to the published text: no draft left";
    pressKey(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(title->text(), titles.at(1) + QStringLiteral(" (v2)"));
    EXPECT_EQ(questions.draft(second)->title, titles.at(1) + QStringLiteral(" (v2)"));
    pressKey(&window, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(questions.latest(second)->version, 2);
    QuestionHistoryDialog history(questions.history(second));
    EXPECT_TRUE(history.differencesText().contains(QStringLiteral("(v2)")))
        << history.differencesText().toStdString();

    // A kit on the Kits page: named, given a role, both questions added, the second moved up.
    pressKey(&window, Qt::Key_6, Qt::ControlModifier);
    ASSERT_TRUE(window.kitsPage()->isVisible());
    pressKey(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(QApplication::focusWidget(), namedChild<QLineEdit>(*window.kitsPage(), "nameEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Frontend developer"));
    pressKey(&window, Qt::Key_Return);
    QTest::keyClicks(namedChild<QLineEdit>(*window.kitsPage(), "roleEdit"),
                     QStringLiteral("Frontend developer"));
    for (const QString& search : {QStringLiteral("css grid"), QStringLiteral("event loop")}) {
        answerQuestionPicker(search);
        pressKey(&window, Qt::Key_Insert);
    }
    KitRepository kits(db);
    const KitId kitId = window.kitsPage()->currentKit();
    ASSERT_EQ(kits.working(kitId)->items.size(), 2);
    QTableView* items = window.kitsPage()->itemTable();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_EQ(QApplication::focusWidget(), items);
    items->setCurrentIndex(items->model()->index(1, 0));
    pressKey(&window, Qt::Key_Up, Qt::AltModifier);
    const Kit working = *kits.working(kitId);
    ASSERT_EQ(working.items.size(), 2);
    EXPECT_EQ(working.items.at(0).question.title, titles.at(1) + QStringLiteral(" (v2)"));
    EXPECT_EQ(working.items.at(1).question.title, titles.at(0));
    EXPECT_EQ(working.name, QStringLiteral("Frontend developer"));
    EXPECT_EQ(working.role, QStringLiteral("Frontend developer"));
    pressKey(&window, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(p->messages.isEmpty()) << p->messages.join(QLatin1Char('\n')).toStdString();
    const Kit published = *kits.get(kitId);
    EXPECT_EQ(published.version, 1);
    keepScreenshot(window, QStringLiteral("kits-page"));

    // The start form offers it under its role; an interview with it asks these two, in this order.
    pressKey(&window, Qt::Key_1, Qt::ControlModifier);
    QComboBox* kitCombo = namedChild<QComboBox>(window, "kitCombo");
    const int index = kitCombo->findData(kitId);
    ASSERT_GE(index, 0) << "the published kit is offered";
    kitCombo->setCurrentIndex(index);
    QTest::keyClicks(namedChild<QLineEdit>(window, "newNameEdit"), QStringLiteral("Pat Frontend"));
    QLineEdit* interviewer = namedChild<QLineEdit>(window, "interviewerEdit");
    QTest::keyClicks(interviewer, QStringLiteral("Ivy"));
    QTest::keyClick(interviewer, Qt::Key_Return);
    const QList<Interview> started = InterviewRepository(db).all();
    ASSERT_EQ(started.size(), 1);
    EXPECT_EQ(firstColumn(db, QStringLiteral("SELECT kit_version_id FROM interview")),
              QStringList{QString::number(published.versionId)});
    EXPECT_EQ(
        firstColumn(db, QStringLiteral("SELECT v.title FROM scorecard_entry e JOIN question_version v ON "
                                       "v.id = e.question_version_id ORDER BY e.position")),
        (QStringList{titles.at(1) + QStringLiteral(" (v2)"), titles.at(0)}));
}

TEST(BankWindow, AKitWithAnUnpublishedQuestionSaysWhichOnPublish)
{
    TestDir dir;
    QSettings().clear();
    Database db(dir.path(QStringLiteral("bank.sqlite")));
    QuestionBank::installDefault(db);
    Question draft;
    draft.category = QStringLiteral("Frontend");
    draft.title = QStringLiteral("Half-written question");
    QuestionRepository(db).createDraft(draft, QStringLiteral("Ivy"));
    MainWindow window(db);
    ScriptedPrompts* p = showBankWindow(window);
    ASSERT_TRUE(p);
    pressKey(&window, Qt::Key_6, Qt::ControlModifier);
    pressKey(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    const KitId kitId = window.kitsPage()->currentKit();
    pressKey(&window, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(p->messages.size(), 1);
    EXPECT_TRUE(p->messages.first().contains(QStringLiteral("no questions")))
        << p->messages.first().toStdString();

    // The picker offers published questions only; a kit made elsewhere (an older pack) may hold a draft.
    KitItem item;
    for (const QuestionOverview& o : QuestionRepository(db).overview()) {
        if (o.publishedVersion == 0)
            item.question = *QuestionRepository(db).newest(o.id);
    }
    ASSERT_EQ(item.question.title, QStringLiteral("Half-written question"));
    KitRepository(db).setItems(kitId, {item});
    pressKey(&window, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(p->messages.size(), 2);
    EXPECT_TRUE(p->messages.last().contains(QStringLiteral("Half-written question")))
        << p->messages.last().toStdString();
    EXPECT_EQ(KitRepository(db).get(kitId)->version, 0);
}
