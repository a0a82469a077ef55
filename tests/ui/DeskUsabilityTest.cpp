#include "demo/DemoData.h"
#include "domain/CandidateStatus.h"
#include "storage/CandidateRepository.h"
#include "storage/InterviewRepository.h"
#include "support/PanelFixture.h"
#include "support/ScriptedPrompts.h"
#include "support/TestFiles.h"
#include "ui/CalibrationPage.h"
#include "ui/CandidateTableModel.h"
#include "ui/CandidatesPage.h"
#include "ui/MainWindow.h"
#include "ui/SearchPage.h"
#include "ui/UserPrompts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

using namespace ia;
using namespace ia::test;

// The manager's screens as a user meets them: what fits, what the keys do, what Return does in a
// dialog that erases, where a click lands and where an export starts.

namespace {

// A database with the demo candidates, as the app's first start creates it.
struct DeskUxDemo
{
    TestDir dir;
    Database db{dir.path(QStringLiteral("demo.sqlite"))};
    DeskUxDemo()
    {
        QSettings().clear();
        DemoData::create(db);
    }
};

// QTRY_COMPARE's failures do not reach GoogleTest (it only returns): wait with qWaitFor (events
// processed, no sleep) and assert on its answer.
#define DESK_UX_WAIT_FOR(condition) ASSERT_TRUE(QTest::qWaitFor([&] { return (condition); })) << #condition

QStringList deskUxNames(const QAbstractItemModel* model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, CandidateTableModel::NameColumn).data().toString();
    names.sort();
    return names;
}

// Answers every modal dialog that opens while it lives, as a user at the keyboard would: the
// passphrase typed and Return, anything else just Return. Remembers the message boxes' texts.
class DeskUxDialogAnswerer
{
public:
    explicit DeskUxDialogAnswerer(QString passphrase)
        : m_passphrase(std::move(passphrase))
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { answer(); });
        m_timer.start();
    }

    QStringList boxTexts;
    QList<bool> cancelWasDefault;

private:
    void answer()
    {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || modal == m_answered)
            return;
        m_answered = modal;
        if (auto* input = qobject_cast<QInputDialog*>(modal)) {
            auto* edit = input->findChild<QLineEdit*>();
            QTest::keyClicks(edit, m_passphrase);
            QTest::keyClick(edit, Qt::Key_Return);
            return;
        }
        if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            boxTexts << box->text();
            cancelWasDefault << (box->defaultButton() == box->button(QMessageBox::Cancel));
        }
        QWidget* target = modal->focusWidget() ? modal->focusWidget() : modal;
        QTest::keyClick(target, Qt::Key_Return);
    }

    QString m_passphrase;
    QTimer m_timer;
    QPointer<QWidget> m_answered;
};

// HOME pointed elsewhere for one test: QStandardPaths' Documents and QDir::homePath() follow it.
class DeskUxHome
{
public:
    DeskUxHome()
        : m_old(qgetenv("HOME"))
    {
        qputenv("HOME", m_dir.path(QStringLiteral("home")).toUtf8());
        QDir().mkpath(m_dir.path(QStringLiteral("home/Documents")));
    }
    ~DeskUxHome() { qputenv("HOME", m_old); }
    QString documents() const { return QDir(m_dir.path(QStringLiteral("home/Documents"))).canonicalPath(); }
    QString path(const QString& name) const { return m_dir.path(name); }

private:
    TestDir m_dir;
    QByteArray m_old;
};

QString deskUxFolderOf(const QString& path)
{
    return QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath();
}

} // namespace

// Issue 11, item 9: at 1920 px nothing is cut while a short tally takes the room.
TEST(DeskUsability, CandidateColumnsFitTheirContentAndTheTallyDoesNotTakeTheRoom)
{
    DeskUxDemo demo;
    ScriptedPrompts prompts;
    CandidatesPage page(demo.db, [&]() -> UserPrompts& { return prompts; });
    page.setViewer(Viewer::asManager());
    page.resize(1920, 1000);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QTableView* table = page.table();
    const QAbstractItemModel* model = table->model();
    ASSERT_EQ(model->rowCount(), 6);

    const QFontMetrics metrics(table->font());
    // What a cell needs besides its text: the style's margin on either side.
    const int margins = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
    for (const int column : {CandidateTableModel::NameColumn, CandidateTableModel::RoleColumn,
                             CandidateTableModel::StatusColumn, CandidateTableModel::TagsColumn}) {
        int widest = 0;
        QString widestText;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = model->index(row, column).data().toString();
            if (metrics.horizontalAdvance(text) > widest) {
                widest = metrics.horizontalAdvance(text);
                widestText = text;
            }
        }
        // QTableView's override is protected; QAbstractItemView's is the public one, same function.
        const int hint = static_cast<QAbstractItemView*>(table)->sizeHintForColumn(column);
        const int wanted = std::min(page.maxColumnWidth(), std::max(widest + margins, hint));
        EXPECT_GE(table->columnWidth(column), wanted)
            << "column " << column << " cuts \"" << widestText.toStdString() << "\"";
    }
    const int recommendations = table->columnWidth(CandidateTableModel::RecommendationsColumn);
    EXPECT_LE(recommendations * 10, table->viewport()->width() * 4)
        << "Recommendations takes " << recommendations << " of " << table->viewport()->width() << " px";

    // Still resizable by hand: a drag on the border right of Status widens it, and a new filter
    // leaves the width the user chose.
    QHeaderView* header = table->horizontalHeader();
    const int status = CandidateTableModel::StatusColumn;
    const int before = header->sectionSize(status);
    const int border = header->sectionViewportPosition(status) + before - 1;
    const int y = header->height() / 2;
    QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(border, y));
    QTest::mouseMove(header->viewport(), QPoint(border + 40, y));
    QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(border + 40, y));
    EXPECT_EQ(header->sectionSize(status), before + 40);
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("filterEdit")), QStringLiteral("lucy"));
    DESK_UX_WAIT_FOR(model->rowCount() == 1);
    EXPECT_EQ(header->sectionSize(status), before + 40);
}

// Item 10: the filter finds a status by its name, and a picker narrows to one status.
TEST(DeskUsability, TheFilterFindsCandidatesByStatusAndThePickerNarrowsToOne)
{
    DeskUxDemo demo;
    ScriptedPrompts prompts;
    CandidatesPage page(demo.db, [&]() -> UserPrompts& { return prompts; });
    page.setViewer(Viewer::asManager());
    page.resize(1400, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    const QAbstractItemModel* model = page.table()->model();
    QStringList offered;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, CandidateTableModel::StatusColumn).data().toString() == QStringLiteral("Offer"))
            offered << model->index(row, CandidateTableModel::NameColumn).data().toString();
    }
    ASSERT_FALSE(offered.isEmpty()) << "the demo has a candidate with an offer";
    ASSERT_LT(offered.size(), model->rowCount());

    auto* filter = page.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    ASSERT_NE(filter, nullptr);
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("OFFER"));
    DESK_UX_WAIT_FOR(deskUxNames(model) == offered);
    auto* count = page.findChild<QLabel*>(QStringLiteral("countLabel"));
    EXPECT_EQ(count->text(), QStringLiteral("Candidates: %1").arg(offered.size()));

    // Words still combine: a status and part of a name.
    QTest::keyClicks(filter, QStringLiteral(" zzz"));
    DESK_UX_WAIT_FOR(model->rowCount() == 0);
    filter->selectAll();
    QTest::keyClick(filter, Qt::Key_Backspace);
    DESK_UX_WAIT_FOR(model->rowCount() == 6);

    // The picker, from the keyboard: its first letter chooses Offer.
    auto* picker = page.findChild<QComboBox*>(QStringLiteral("statusFilter"));
    ASSERT_NE(picker, nullptr);
    EXPECT_EQ(picker->currentText(), QStringLiteral("Any status"));
    ASSERT_EQ(picker->count(), 1 + int(allCandidateStatuses().size()));
    picker->setFocus();
    QTest::keyClick(picker, Qt::Key_O);
    EXPECT_EQ(picker->currentText(), QStringLiteral("Offer"));
    DESK_UX_WAIT_FOR(deskUxNames(model) == offered);
    EXPECT_EQ(count->text(), QStringLiteral("Candidates: %1").arg(offered.size()));
    QTest::keyClick(picker, Qt::Key_Home);
    EXPECT_EQ(picker->currentText(), QStringLiteral("Any status"));
    DESK_UX_WAIT_FOR(model->rowCount() == 6);
}

// Item 11: no mnemonic on a page takes a menu's letter, and Alt+F on the Candidates page opens File.
TEST(DeskUsability, NoPageMnemonicTakesAMenuLetterAndAltFOpensTheFileMenu)
{
    DeskUxDemo demo;
    MainWindow window(demo.db);
    window.setPrompts(std::make_unique<ScriptedPrompts>());
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    QHash<QKeySequence, QString> menus;
    for (QAction* menu : window.menuBar()->actions()) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(menu->text());
        if (!mnemonic.isEmpty())
            menus.insert(mnemonic, menu->text());
    }
    ASSERT_GE(menus.size(), 6) << "File, Edit, Interview, Go, View, Help";

    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    ASSERT_NE(pages, nullptr);
    QStringList clashes;
    int seen = 0;
    const auto check = [&](QWidget* page, const QObject* widget, const QString& text) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        if (mnemonic.isEmpty())
            return;
        ++seen;
        if (menus.contains(mnemonic))
            clashes << QStringLiteral("%1 › %2 \"%3\" takes the letter of the menu \"%4\"")
                           .arg(QString::fromLatin1(page->metaObject()->className()), widget->objectName(),
                                text, menus.value(mnemonic));
    };
    for (int i = 0; i < pages->count(); ++i) {
        QWidget* page = pages->widget(i);
        for (const QLabel* label : page->findChildren<QLabel*>())
            check(page, label, label->text());
        for (const QAbstractButton* button : page->findChildren<QAbstractButton*>())
            check(page, button, button->text());
        for (const QGroupBox* box : page->findChildren<QGroupBox*>())
            check(page, box, box->title());
    }
    EXPECT_GT(seen, 20) << "the pages' labels and buttons were walked";
    EXPECT_TRUE(clashes.isEmpty()) << clashes.join(QLatin1Char('\n')).toStdString();

    // Alt+F from the candidates table: the File menu, not the filter.
    window.showPage(MainWindow::Page::Candidates);
    QTableView* table = window.candidatesPage()->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F, Qt::AltModifier);
    auto* file = window.findChild<QMenu*>(QStringLiteral("menuFile"));
    ASSERT_NE(file, nullptr);
    EXPECT_EQ(QApplication::activePopupWidget(), file);
    if (QWidget* popup = QApplication::activePopupWidget())
        QTest::keyClick(popup, Qt::Key_Escape);
    DESK_UX_WAIT_FOR(QApplication::activePopupWidget() == nullptr);

    // The filter has a letter of its own.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_L, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(),
              window.candidatesPage()->findChild<QLineEdit*>(QStringLiteral("filterEdit")));
}

// Item 12: Return in the erase confirmation keeps the candidate; its text counts in real plurals.
TEST(DeskUsability, ReturnInTheEraseConfirmationKeepsTheCandidateAndCountsArePlural)
{
    PanelFixture p;
    const auto withInterviews = [&](const QString& name, int interviews) {
        Candidate c;
        c.name = name;
        c.role = QStringLiteral("R");
        const CandidateId id = CandidateRepository(p.db).create(c).id;
        for (int i = 0; i < interviews; ++i)
            InterviewRepository(p.db).create(id, p.ann, p.kit);
        return id;
    };
    const CandidateId one = withInterviews(QStringLiteral("Una Single"), 1);
    const CandidateId two = withInterviews(QStringLiteral("Duo Double"), 2);

    UserPrompts real; // the app's own dialogs, answered with real key presses
    CandidatesPage page(p.db, [&]() -> UserPrompts& { return real; });
    page.setViewer(Viewer::asManager());
    page.resize(1200, 700);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto* filter = page.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    auto* erase = page.findChild<QPushButton*>(QStringLiteral("eraseButton"));
    ASSERT_TRUE(filter && erase);

    const auto eraseWithReturn = [&](const QString& name, CandidateId id) -> QString {
        filter->selectAll();
        QTest::keyClicks(filter, name);
        if (!QTest::qWaitFor([&] { return page.selectedCandidate() == id; })) {
            ADD_FAILURE() << "the filter did not select " << name.toStdString();
            return QString();
        }
        DeskUxDialogAnswerer answerer(PanelFixture::managerPassphrase());
        QTest::mouseClick(erase, Qt::LeftButton);
        EXPECT_EQ(answerer.boxTexts.size(), 1) << answerer.boxTexts.join(QLatin1Char('\n')).toStdString();
        EXPECT_EQ(answerer.cancelWasDefault, QList<bool>{true}) << "Cancel is the default button";
        EXPECT_TRUE(CandidateRepository(p.db).get(id).has_value()) << "Return erased " << name.toStdString();
        return answerer.boxTexts.value(0);
    };

    const QString single = eraseWithReturn(QStringLiteral("Una"), one);
    EXPECT_TRUE(single.contains(QStringLiteral("Una Single"))) << single.toStdString();
    EXPECT_TRUE(single.contains(QStringLiteral(" 1 interview "))) << single.toStdString();
    EXPECT_FALSE(single.contains(QStringLiteral("(s)"))) << single.toStdString();
    EXPECT_TRUE(single.contains(QStringLiteral("0 references"))) << single.toStdString();

    const QString twice = eraseWithReturn(QStringLiteral("Duo"), two);
    EXPECT_TRUE(twice.contains(QStringLiteral(" 2 interviews "))) << twice.toStdString();
    EXPECT_FALSE(twice.contains(QStringLiteral("(s)"))) << twice.toStdString();
}

// Item 12: every string that counts with "(s)" has English plural forms, so none shows "(s)".
TEST(DeskUsability, NoCountedStringShowsAnSInBrackets)
{
    QFile catalogue(QStringLiteral(IA_TRANSLATIONS_DIR "/interview-assistant_de.ts"));
    ASSERT_TRUE(catalogue.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&catalogue);
    QString context;
    bool numerus = false;
    int counted = 0;
    QStringList wrong;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            const QString source = xml.readElementText();
            if (!source.contains(QStringLiteral("(s)")))
                continue;
            ++counted;
            if (!numerus) {
                wrong << QStringLiteral("%1: \"%2\" counts without %n").arg(context, source);
                continue;
            }
            for (const int n : {1, 2}) {
                const QString shown = QCoreApplication::translate(context.toUtf8().constData(),
                                                                  source.toUtf8().constData(), nullptr, n);
                if (shown.contains(QStringLiteral("(s)")))
                    wrong << QStringLiteral("%1: \"%2\"").arg(context, shown);
            }
        }
    }
    EXPECT_GT(counted, 10);
    EXPECT_TRUE(wrong.isEmpty()) << wrong.join(QLatin1Char('\n')).toStdString();
}

// Item 13: the snippet of a search hit opens it, as the candidate's name does.
TEST(DeskUsability, ClickingASearchHitsSnippetOpensItsInterview)
{
    PanelFixture p;
    SearchPage page(p.db);
    page.setViewer(Viewer::asManager());
    page.resize(1000, 700);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QSignalSpy interviews(&page, &SearchPage::openInterviewRequested);
    QSignalSpy candidates(&page, &SearchPage::openCandidateRequested);
    QTest::keyClicks(page.searchEdit(), QStringLiteral("lighthouse"));
    QTest::keyClick(page.searchEdit(), Qt::Key_Return);
    ASSERT_EQ(page.hits().size(), 3);

    auto* results = page.findChild<QTextBrowser*>();
    ASSERT_NE(results, nullptr);
    QTextCursor found = results->document()->find(QStringLiteral("lighthouse story"));
    ASSERT_FALSE(found.isNull());
    QTextCursor inside(results->document());
    inside.setPosition(found.selectionStart() + 3);
    const QPoint point = results->cursorRect(inside).center();
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, point);

    InterviewId annOnY = 0;
    for (const Interview& i : InterviewRepository(p.db).forCandidate(p.y)) {
        if (i.interviewerId == p.ann)
            annOnY = i.id;
    }
    ASSERT_EQ(interviews.size(), 1) << "a click on the snippet opens the hit";
    EXPECT_EQ(interviews.first().first().toLongLong(), annOnY);
    EXPECT_EQ(candidates.size(), 0);
}

// Item 13: clicking an interviewer on the calibration page shows their scores against the panel.
TEST(DeskUsability, ClickingAnInterviewerShowsTheirScoresAgainstThePanel)
{
    PanelFixture p;
    ScriptedPrompts prompts;
    CalibrationPage page(p.db, [&]() -> UserPrompts& { return prompts; });
    page.setViewer(Viewer::asManager());
    page.resize(1200, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    EXPECT_EQ(page.detailTable()->rowCount(), 0) << "nobody chosen yet";

    QTableWidget* table = page.table();
    const QList<QTableWidgetItem*> bob = table->findItems(QStringLiteral("Bob"), Qt::MatchExactly);
    ASSERT_EQ(bob.size(), 1);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(bob.first()).center());
    EXPECT_TRUE(page.detailTitle().startsWith(QStringLiteral("Bob"))) << page.detailTitle().toStdString();

    // Bob gave X 2 1 3 and Y 2 2 3. The others: X q1 Ann 4, Cy 3; q2 Ann 3 (Cy skipped); q3 Ann 4,
    // Cy 4; Y Ann 4 4 3.
    const QTableWidget* detail = page.detailTable();
    QStringList lines;
    for (int r = 0; r < detail->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < detail->columnCount(); ++c)
            cells << detail->item(r, c)->text();
        lines << cells.join(QStringLiteral(" | "));
    }
    EXPECT_EQ(lines, (QStringList{
                         QStringLiteral("Xavier Example | Q1 title | 2.00 | 3.50 | -1.50"),
                         QStringLiteral("Xavier Example | Q2 title | 1.00 | 3.00 | -2.00"),
                         QStringLiteral("Xavier Example | Q3 title | 3.00 | 4.00 | -1.00"),
                         QStringLiteral("Yolanda Example | Q1 title | 2.00 | 4.00 | -2.00"),
                         QStringLiteral("Yolanda Example | Q2 title | 2.00 | 4.00 | -2.00"),
                         QStringLiteral("Yolanda Example | Q3 title | 3.00 | 3.00 | 0.00"),
                     }));

    // Another click, another interviewer: Cy skipped X's q2, so it is not among his.
    const QList<QTableWidgetItem*> cy = table->findItems(QStringLiteral("Cy"), Qt::MatchExactly);
    ASSERT_EQ(cy.size(), 1);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(cy.first()).center());
    ASSERT_EQ(detail->rowCount(), 2);
    EXPECT_EQ(detail->item(0, 4)->text(), QStringLiteral("0.00")) << "3 against Ann 4 and Bob 2";
    EXPECT_EQ(detail->item(1, 4)->text(), QStringLiteral("+0.50")) << "4 against Ann 4 and Bob 3";

    // Sorted by another column, the table is filled afresh at every step of the threshold: the
    // detail still shows Cy, not whoever is now in Cy's row.
    QHeaderView* header = table->horizontalHeader();
    // Names descending (a click or two on the header): Cy's row is no longer his row by name.
    for (int click = 0; click < 2 && table->item(0, 0)->text() != QStringLiteral("Cy"); ++click) {
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(0) + header->sectionSize(0) / 2, header->height() / 2));
    }
    ASSERT_EQ(table->item(0, 0)->text(), QStringLiteral("Cy"));
    auto* threshold = page.findChild<QDoubleSpinBox*>();
    ASSERT_NE(threshold, nullptr);
    threshold->setFocus();
    for (const Qt::Key step : {Qt::Key_Up, Qt::Key_Down}) {
        QTest::keyClick(threshold, step);
        EXPECT_TRUE(page.detailTitle().startsWith(QStringLiteral("Cy"))) << page.detailTitle().toStdString();
    }
    EXPECT_TRUE(page.detailTitle().startsWith(QStringLiteral("Cy"))) << page.detailTitle().toStdString();
    ASSERT_EQ(detail->rowCount(), 2);
}

// Item 14: the first export is suggested in Documents; the next where the last one went.
TEST(DeskUsability, ExportsStartInDocumentsThenWhereTheLastOneWent)
{
    DeskUxHome home;
    QSettings().clear();
    PanelFixture p;
    ScriptedPrompts prompts;
    CalibrationPage page(p.db, [&]() -> UserPrompts& { return prompts; });
    page.setViewer(Viewer::asManager());
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QPushButton* csv = nullptr;
    for (QPushButton* b : page.findChildren<QPushButton*>()) {
        if (b->text().contains(QStringLiteral("CSV")))
            csv = b;
    }
    ASSERT_NE(csv, nullptr);

    const QString elsewhere = home.path(QStringLiteral("reports"));
    ASSERT_TRUE(QDir().mkpath(elsewhere));
    prompts.saveAnswer = QDir(elsewhere).filePath(QStringLiteral("calibration.csv"));
    QTest::mouseClick(csv, Qt::LeftButton);
    ASSERT_EQ(prompts.suggestions.size(), 1);
    EXPECT_EQ(deskUxFolderOf(prompts.suggestions.first()), home.documents())
        << prompts.suggestions.first().toStdString();
    EXPECT_EQ(
        deskUxFolderOf(prompts.suggestions.first()),
        QFileInfo(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).canonicalFilePath());
    EXPECT_TRUE(QFileInfo::exists(prompts.saveAnswer)) << "the export was written";

    prompts.saveAnswer.clear(); // cancelled: remembers nothing new
    QTest::mouseClick(csv, Qt::LeftButton);
    ASSERT_EQ(prompts.suggestions.size(), 2);
    EXPECT_EQ(deskUxFolderOf(prompts.suggestions.at(1)), QFileInfo(elsewhere).canonicalFilePath())
        << prompts.suggestions.at(1).toStdString();
    QTest::mouseClick(csv, Qt::LeftButton);
    EXPECT_EQ(deskUxFolderOf(prompts.suggestions.at(2)), QFileInfo(elsewhere).canonicalFilePath());
}
