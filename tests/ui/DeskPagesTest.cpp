#include "desk/ManagerPassphrase.h"
#include "interview/InterviewSession.h"
#include "storage/CandidateListRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/InterviewRepository.h"
#include "support/FakeClock.h"
#include "support/PanelFixture.h"
#include "support/PdfTools.h"
#include "support/Screenshots.h"
#include "support/ScriptedPrompts.h"
#include "ui/CalibrationPage.h"
#include "ui/CandidateProfileWidget.h"
#include "ui/CandidateTableModel.h"
#include "ui/CandidatesPage.h"
#include "ui/ComparePage.h"
#include "ui/ComparisonModel.h"
#include "ui/InterviewScreen.h"
#include "ui/MainWindow.h"
#include "ui/SearchPage.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace ia;
using namespace ia::test;

namespace {

QString headerText(const QAbstractItemModel* model, int column)
{
    return model->headerData(column, Qt::Horizontal).toString();
}

} // namespace

TEST(DeskPages, CompareViewShowsPanelMeansSpreadsAndEvidence)
{
    PanelFixture p;
    ScriptedPrompts prompts;
    ComparePage page(p.db, [&]() -> UserPrompts& { return prompts; });
    page.setViewer(Viewer::asManager());
    page.resize(1200, 700);
    ASSERT_TRUE(page.chooseRole(QStringLiteral("R")));
    const QAbstractItemModel* grid = page.grid()->model();
    ASSERT_EQ(grid->columnCount(), 3);
    EXPECT_EQ(headerText(grid, 1), QStringLiteral("Xavier Example\n3.08")) << "best weighted score first";
    EXPECT_EQ(headerText(grid, 2), QStringLiteral("Yolanda Example\n3.00"));
    EXPECT_EQ(grid->index(0, 0).data().toString(), QStringLiteral("Fundamentals"));
    EXPECT_EQ(grid->index(0, 1).data().toString(), QStringLiteral("2.50"));
    EXPECT_EQ(grid->index(1, 1).data().toString(), QStringLiteral("3.0 ±2 ⚠")) << "X's q1: 4, 2 and 3";
    EXPECT_EQ(grid->index(2, 1).data().toString(), QStringLiteral("2.0 ±2 ⚠"))
        << "X's q2: 3 and 1, Cy skipped";
    EXPECT_EQ(grid->index(4, 2).data().toString(), QStringLiteral("3.0 ±0")) << "Y's q3: 3 and 3";

    page.grid()->setCurrentIndex(grid->index(1, 1));
    const QString evidence = page.evidenceText();
    EXPECT_TRUE(evidence.contains(QStringLiteral("Ann scored 4"))) << evidence.toStdString();
    EXPECT_TRUE(evidence.contains(QStringLiteral("Bob scored 2")));
    EXPECT_TRUE(evidence.contains(QStringLiteral("struggled with asyncio")));
    keepScreenshot(page, QStringLiteral("compare"));

    TestDir out;
    ASSERT_TRUE(page.exportCsv(out.path(QStringLiteral("grid.csv"))));
    EXPECT_TRUE(readAll(out.path(QStringLiteral("grid.csv"))).startsWith("category,question,"));
    ASSERT_TRUE(page.exportPdf(out.path(QStringLiteral("grid.pdf"))));
    EXPECT_TRUE(readAll(out.path(QStringLiteral("grid.pdf"))).startsWith("%PDF-"));
}

TEST(DeskPages, BlindScoringHidesThePanelInEveryModel)
{
    PanelFixture p;
    ScriptedPrompts prompts;
    const auto source = [&]() -> UserPrompts& {
        return prompts;
    };

    CandidateTableModel table(p.db);
    table.setViewer(p.asCy());
    ASSERT_EQ(table.rowCount(), 2);
    const int y = table.rowOf(p.y);
    EXPECT_EQ(table.index(y, CandidateTableModel::ScoreColumn).data().toString(), QStringLiteral("hidden"));
    EXPECT_EQ(table.index(y, CandidateTableModel::RecommendationsColumn).data().toString(),
              QStringLiteral("hidden"));
    EXPECT_EQ(table.index(table.rowOf(p.x), CandidateTableModel::ScoreColumn).data().toString(),
              QStringLiteral("3.08"));

    ComparePage compare(p.db, source);
    compare.setViewer(p.asCy());
    compare.chooseRole(QStringLiteral("R"));
    const QAbstractItemModel* grid = compare.grid()->model();
    EXPECT_EQ(headerText(grid, 2), QStringLiteral("Yolanda Example\n(hidden)"));
    for (int row = 0; row < grid->rowCount(); ++row)
        EXPECT_TRUE(grid->index(row, 2).data().toString().isEmpty());

    SearchPage search(p.db);
    search.setViewer(p.asCy());
    search.search(QStringLiteral("zanzibar"));
    EXPECT_TRUE(search.hits().isEmpty());
    search.setViewer(Viewer::asManager());
    EXPECT_EQ(search.hits().size(), 3) << "a manager finds Ann's three notes on Y";

    CandidatesPage candidates(p.db, source);
    candidates.setViewer(p.asCy());
    EXPECT_TRUE(candidates.blindBannerText().contains(QStringLiteral("(candidates: 1)")))
        << candidates.blindBannerText().toStdString();
    ASSERT_TRUE(candidates.selectCandidate(p.y));
    EXPECT_TRUE(candidates.summaryText().contains(QStringLiteral("Blind scoring")))
        << candidates.summaryText().toStdString();
    EXPECT_FALSE(candidates.summaryText().contains(QStringLiteral("zanzibar")));
}

TEST(DeskPages, CandidatesFilterAsYouTypeAndEraseWithAClearConfirmation)
{
    PanelFixture p;
    ScriptedPrompts prompts;
    CandidatesPage page(p.db, [&]() -> UserPrompts& { return prompts; });
    page.setViewer(Viewer::asManager());
    page.resize(1200, 700);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    EXPECT_EQ(page.model()->rowCount(), 2);

    page.focusFilter();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("yola"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.model()->rowCount() == 1; }));
    EXPECT_EQ(page.model()->index(0, 0).data().toString(), QStringLiteral("Yolanda Example"));
    keepScreenshot(page, QStringLiteral("candidates"));

    ASSERT_TRUE(page.selectCandidate(p.y));
    // Erasing takes the manager passphrase, every time: a wrong one erases nothing.
    prompts.secretAnswer = QStringLiteral("a wrong guess");
    EXPECT_FALSE(page.eraseSelected());
    EXPECT_TRUE(CandidateRepository(p.db).get(p.y).has_value());
    EXPECT_TRUE(prompts.confirmations.isEmpty())
        << "nothing about the candidate is shown before the passphrase";
    EXPECT_TRUE(prompts.messages.last().contains(QStringLiteral("not the manager passphrase")));
    prompts.secretAnswer = PanelFixture::managerPassphrase();
    ASSERT_TRUE(page.eraseSelected());
    ASSERT_EQ(prompts.confirmations.size(), 1);
    EXPECT_TRUE(prompts.confirmations.first().contains(QStringLiteral("Yolanda Example")));
    EXPECT_TRUE(prompts.confirmations.first().contains(QStringLiteral("3 interviews")))
        << prompts.confirmations.first().toStdString();
    EXPECT_EQ(page.model()->rowCount(), 0) << "the filter still applies; Yolanda is gone";
    EXPECT_FALSE(CandidateRepository(p.db).get(p.y).has_value());
    EXPECT_FALSE(page.profile()->isEnabled()) << "no profile left to edit when nothing is listed";
    EXPECT_TRUE(page.summaryText().trimmed().isEmpty()) << page.summaryText().toStdString();

    // A "no" at the confirmation erases nothing.
    page.focusFilter();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.model()->rowCount() == 1; }));
    prompts.confirmAnswer = false;
    ASSERT_TRUE(page.selectCandidate(p.x));
    EXPECT_FALSE(page.eraseSelected());
    EXPECT_TRUE(CandidateRepository(p.db).get(p.x).has_value());
}

TEST(DeskPages, ProfileEditsOnTheCandidatesPageAreSaved)
{
    PanelFixture p;
    ScriptedPrompts prompts;
    CandidatesPage page(p.db, [&]() -> UserPrompts& { return prompts; });
    ASSERT_TRUE(page.selectCandidate(p.x));
    auto* role = page.findChild<QLineEdit*>(QStringLiteral("roleEdit"));
    ASSERT_NE(role, nullptr);
    role->selectAll();
    QTest::keyClicks(role, QStringLiteral("Staff engineer"));
    EXPECT_TRUE(page.flush());
    EXPECT_EQ(CandidateRepository(p.db).get(p.x)->role, QStringLiteral("Staff engineer"));
    EXPECT_EQ(
        page.model()->index(page.model()->rowOf(p.x), CandidateTableModel::RoleColumn).data().toString(),
        QStringLiteral("Staff engineer"))
        << "the table follows the edit";
}

TEST(DeskPages, ANewCandidateWhoIsAlreadyHereIsPointedOutWithALinkToThem)
{
    PanelFixture p;
    ScriptedPrompts prompts;
    CandidatesPage page(p.db, [&]() -> UserPrompts& { return prompts; });
    auto* notice = page.findChild<QLabel*>(QStringLiteral("lookAlikeNotice"));
    ASSERT_NE(notice, nullptr);
    ASSERT_TRUE(page.selectCandidate(p.x));
    EXPECT_TRUE(notice->isHidden()) << "Xavier is the only Xavier";

    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("newButton")), Qt::LeftButton);
    auto* name = page.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    auto* role = page.findChild<QLineEdit*>(QStringLiteral("roleEdit"));
    ASSERT_TRUE(name && role);
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("xavier  example")); // as typed in a hurry
    QTest::keyClicks(role, QStringLiteral("R"));
    EXPECT_TRUE(page.flush());
    EXPECT_FALSE(notice->isHidden()) << "a second Xavier for the same role must be pointed out";
    EXPECT_TRUE(notice->text().contains(QStringLiteral("Xavier Example"))) << notice->text().toStdString();
    page.resize(1100, 650);
    keepScreenshot(page, QStringLiteral("candidates-look-alike"));

    const QString link = notice->text().section(QStringLiteral("href=\""), 1).section(QLatin1Char('"'), 0, 0);
    const CandidateId duplicate = page.selectedCandidate();
    emit notice->linkActivated(link);
    EXPECT_EQ(page.selectedCandidate(), p.x) << "the link shows the Xavier already here";
    EXPECT_FALSE(notice->isHidden()) << "and from there, the new record is pointed out the same way";
    EXPECT_TRUE(notice->text().contains(QStringLiteral("candidate:%1").arg(duplicate)))
        << notice->text().toStdString();
}

TEST(DeskPages, CalibrationPageLabelsLenientAndHarsh)
{
    PanelFixture p;
    ScriptedPrompts prompts;
    CalibrationPage page(p.db, [&]() -> UserPrompts& { return prompts; });
    page.setViewer(Viewer::asManager());
    page.reload();
    QTableWidget* table = page.table();
    QHash<QString, QString> leaning;
    for (int r = 0; r < table->rowCount(); ++r)
        leaning.insert(table->item(r, 0)->text(), table->item(r, 6)->text());
    EXPECT_EQ(leaning.value(QStringLiteral("Ann")), QStringLiteral("Lenient"));
    EXPECT_EQ(leaning.value(QStringLiteral("Bob")), QStringLiteral("Harsh"));
    EXPECT_EQ(leaning.value(QStringLiteral("Cy")), QStringLiteral("Not enough data"));

    // Deviations +1.33 (Ann), −1.42 (Bob), +0.25 (Cy) sort as numbers, not as text.
    table->sortItems(4, Qt::AscendingOrder);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Bob"));
    EXPECT_EQ(table->item(1, 0)->text(), QStringLiteral("Cy"));
    EXPECT_EQ(table->item(2, 0)->text(), QStringLiteral("Ann"));
}

TEST(DeskPages, EvidenceOnScreenFollowsTheViewer)
{
    PanelFixture p;
    ScriptedPrompts prompts;
    ComparePage page(p.db, [&]() -> UserPrompts& { return prompts; });
    page.setViewer(Viewer::asManager());
    ASSERT_TRUE(page.chooseRole(QStringLiteral("R")));
    page.grid()->setCurrentIndex(page.grid()->model()->index(1, 2)); // Y's q1
    ASSERT_TRUE(page.evidenceText().contains(QStringLiteral("zanzibar")))
        << page.evidenceText().toStdString();

    // Manager mode off, and the person at the keyboard is Cy, who has yet to interview Y.
    page.setViewer(p.asCy());
    EXPECT_FALSE(page.evidenceText().contains(QStringLiteral("zanzibar")))
        << page.evidenceText().toStdString();
    EXPECT_TRUE(page.evidenceText().contains(QStringLiteral("Blind scoring")));

    CandidatesPage candidates(p.db, [&]() -> UserPrompts& { return prompts; });
    candidates.setViewer(Viewer::asManager());
    ASSERT_TRUE(candidates.selectCandidate(p.y));
    ASSERT_TRUE(candidates.summaryText().contains(QStringLiteral("zanzibar")));
    candidates.setViewer(p.asCy());
    EXPECT_EQ(candidates.selectedCandidate(), p.y) << "coming back to the page keeps the candidate";
    EXPECT_FALSE(candidates.summaryText().contains(QStringLiteral("zanzibar")));
}

// The list is a window over the database: a page is read when the view asks for one of its rows,
// from a neighbouring page by the name index or by position. Whichever way the pages are reached,
// the rows are the list's, in its order.
TEST(DeskPages, TheCandidateListShowsTheSameRowsInTheSameOrderWhereverItIsScrolledFrom)
{
    PanelFixture p;
    for (int i = 0; i < 340; ++i) {
        Candidate c;
        // Names that repeat, so pages meet inside a run of equal names (ordered by id there).
        c.name = QStringLiteral("Name %1").arg(i % 7);
        CandidateRepository(p.db).create(c);
    }
    const CandidateListRepository list(p.db);
    for (const bool descending : {false, true}) {
        const QList<CandidateRow> all =
            list.page({}, CandidateListRepository::Sort::Name, descending, 0, 10'000, Viewer::asManager());
        ASSERT_EQ(all.size(), 342);
        CandidateTableModel model(p.db);
        model.setViewer(Viewer::asManager());
        model.sort(CandidateTableModel::NameColumn, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        ASSERT_EQ(model.rowCount(), 342);
        // The end first (by position), then the page before it (backwards from its neighbour),
        // then a page in the middle on its own, then everything from the top (forwards).
        for (const int row : {341, 250, 150, 120})
            EXPECT_EQ(model.candidateAt(row), all.at(row).id)
                << "row " << row << (descending ? " descending" : "");
        for (int row = 0; row < 342; ++row)
            ASSERT_EQ(model.candidateAt(row), all.at(row).id)
                << "row " << row << (descending ? " descending" : "");
        // Going to a candidate (a search hit) reads their page from them both ways.
        for (const int row : {0, 200, 273, 341}) {
            CandidateTableModel fresh(p.db);
            fresh.setViewer(Viewer::asManager());
            fresh.sort(CandidateTableModel::NameColumn,
                       descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            ASSERT_EQ(fresh.locate(all.at(row).id), row);
            const int first = row / CandidateTableModel::pageSize * CandidateTableModel::pageSize;
            for (int r = first; r < std::min(342, first + CandidateTableModel::pageSize); ++r)
                ASSERT_EQ(fresh.candidateAt(r), all.at(r).id) << "row " << r << " after going to " << row;
        }
    }
}

namespace {

// `count` more candidates, "Aaron 0…" onwards, numbered with `digits` digits: all of them before
// the panel's by name.
void addAarons(const Database& db, int count, int digits)
{
    for (int i = 0; i < count; ++i) {
        Candidate c;
        c.name = QStringLiteral("Aaron %1").arg(i, digits, 10, QLatin1Char('0'));
        CandidateRepository(db).create(c);
    }
}

bool showLarge(QWidget& page)
{
    page.resize(1200, 700);
    page.show();
    return QTest::qWaitForWindowExposed(&page);
}

} // namespace

// A role with more candidates than a grid can show starts with its most recently added ones
// ticked; the list ticks and unticks from the keyboard, and the grid follows.
TEST(DeskPages, CompareStartsWithARolesMostRecentCandidatesAndSpaceTicksAnother)
{
    PanelFixture p;
    const int more = ComparePage::preselectedCandidates + 5;
    for (int i = 0; i < more; ++i) {
        Candidate c;
        c.name = QStringLiteral("Aaron %1").arg(i, 2, 10, QLatin1Char('0'));
        c.role = QStringLiteral("R");
        CandidateRepository(p.db).create(c);
    }
    ScriptedPrompts prompts;
    ComparePage page(p.db, [&]() -> UserPrompts& { return prompts; });
    page.setViewer(Viewer::asManager());
    ASSERT_TRUE(showLarge(page));
    ASSERT_TRUE(page.chooseRole(QStringLiteral("R")));
    auto* list = page.findChild<QListView*>(QStringLiteral("candidateList"));
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->model()->rowCount(), more + 2) << "every candidate of the role, in name order";
    const auto ticked = [&](int row) {
        return list->model()->index(row, 0).data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
    };
    EXPECT_FALSE(ticked(0)) << "Aaron 00 is not among the newest";
    EXPECT_TRUE(ticked(more - 1));
    EXPECT_EQ(page.comparison().columns().size(), ComparePage::preselectedCandidates);
    const auto compared = [&](CandidateId id) {
        for (const Comparison::Column& column : page.comparison().columns()) {
            if (column.candidate == id)
                return true;
        }
        return false;
    };
    EXPECT_FALSE(compared(p.x)) << "Xavier is older than the twenty";

    // Untouched, the defaults follow the role: a colleague's new candidate is among the newest.
    Candidate zed;
    zed.name = QStringLiteral("Zed Newest");
    zed.role = QStringLiteral("R");
    zed = CandidateRepository(p.db).create(zed);
    page.reload();
    EXPECT_TRUE(compared(zed.id));
    EXPECT_EQ(page.comparison().columns().size(), ComparePage::preselectedCandidates);

    const int xavier = more;
    ASSERT_EQ(list->model()->index(xavier, 0).data().toString(), QStringLiteral("Xavier Example"));
    list->setFocus();
    list->setCurrentIndex(list->model()->index(xavier, 0));
    QTest::keyClick(list, Qt::Key_Space);
    EXPECT_TRUE(ticked(xavier));
    EXPECT_EQ(page.comparison().columns().size(), ComparePage::preselectedCandidates + 1);
    EXPECT_TRUE(compared(p.x));
    EXPECT_EQ(headerText(page.grid()->model(), 1), QStringLiteral("Xavier Example\n3.08"))
        << "the one scored candidate first";

    // Coming back to the page reads the role again and keeps what the user ticked, and where.
    page.reload();
    EXPECT_TRUE(ticked(xavier));
    EXPECT_EQ(page.comparison().columns().size(), ComparePage::preselectedCandidates + 1);
    EXPECT_EQ(list->currentIndex().row(), xavier);

    QTest::keyClick(list, Qt::Key_Space);
    EXPECT_FALSE(ticked(xavier));
    EXPECT_FALSE(compared(p.x));

    // Typing the start of a name goes to that candidate, as in any list.
    list->keyboardSearch(QString());
    QTest::keyClicks(list, QStringLiteral("yol"));
    EXPECT_EQ(list->currentIndex().data().toString(), QStringLiteral("Yolanda Example"));
}

// Typing the start of a name in the table goes to the first candidate from the current row on
// whose name starts so (case and accents aside), however far down the list, as in any list.
TEST(DeskPages, TypingTheStartOfANameInTheListGoesToThatCandidate)
{
    PanelFixture p;
    addAarons(p.db, 250, 3);
    Candidate elodie;
    elodie.name = QStringLiteral("Élodie Zed");
    elodie = CandidateRepository(p.db).create(elodie);
    ScriptedPrompts prompts;
    CandidatesPage page(p.db, [&]() -> UserPrompts& { return prompts; });
    ASSERT_TRUE(showLarge(page));
    auto* table = page.findChild<QTableView*>(QStringLiteral("table"));
    ASSERT_NE(table, nullptr);
    table->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->hasFocus(); }));

    QTest::keyClicks(table, QStringLiteral("yol"));
    EXPECT_EQ(page.selectedCandidate(), p.y);
    EXPECT_EQ(table->currentIndex().row(), 251);

    // A new word ("elo" finds Élodie, accent or not). The view starts a new word after a pause;
    // an empty search ends the word at once, without waiting.
    table->keyboardSearch(QString());
    QTest::keyClicks(table, QStringLiteral("elo"));
    EXPECT_EQ(page.selectedCandidate(), elodie.id);

    // From there on down, then round from the top: "aaron 2" after Élodie is Aaron 200.
    // From a cell of another column too: typing goes by name, and the column stays.
    table->setCurrentIndex(
        table->model()->index(table->currentIndex().row(), CandidateTableModel::RoleColumn));
    table->keyboardSearch(QString());
    QTest::keyClicks(table, QStringLiteral("aaron 2"));
    EXPECT_EQ(table->currentIndex().column(), int(CandidateTableModel::RoleColumn));
    ASSERT_NE(page.selectedCandidate(), 0);
    EXPECT_EQ(CandidateRepository(p.db).get(page.selectedCandidate())->name, QStringLiteral("Aaron 200"));
}

TEST(DeskPages, ASearchHitShowsItsCandidateHoweverLongTheListAndWhateverTheFilter)
{
    PanelFixture p;
    addAarons(p.db, 250, 3);
    ScriptedPrompts prompts;
    CandidatesPage page(p.db, [&]() -> UserPrompts& { return prompts; });
    ASSERT_TRUE(showLarge(page));
    EXPECT_EQ(page.findChild<QLabel*>(QStringLiteral("countLabel"))->text(),
              QStringLiteral("Candidates: 252"));

    // Deep in the list: the index says where Yolanda stands, and she is selected and shown.
    ASSERT_TRUE(page.selectCandidate(p.y));
    EXPECT_EQ(page.selectedCandidate(), p.y);
    EXPECT_TRUE(page.profile()->isEnabled());
    EXPECT_EQ(page.model()->index(251, CandidateTableModel::NameColumn).data().toString(),
              QStringLiteral("Yolanda Example"));

    // Filtered out: a search hit narrows the list to her rather than selecting someone else.
    QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("filterEdit")), QStringLiteral("xavier"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.model()->rowCount() == 1; }));
    EXPECT_FALSE(page.selectCandidate(p.y));
    EXPECT_EQ(page.selectedCandidate(), p.x);
    ASSERT_TRUE(page.revealCandidate(p.y));
    EXPECT_EQ(page.selectedCandidate(), p.y);
    EXPECT_EQ(page.model()->rowCount(), 1);
    EXPECT_EQ(page.findChild<QLineEdit*>(QStringLiteral("filterEdit"))->text(),
              QStringLiteral("Yolanda Example"));
}

// A long list is counted only so far, which keeps a keystroke in the filter cheap on a server with
// a million candidates; the table grows as it is scrolled to its end, and a candidate further down
// is still found.
TEST(DeskPages, ALongListIsCountedSoFarAndGrowsWhenCtrlEndReachesItsEnd)
{
    PanelFixture p;
    addAarons(p.db, 1'050, 4);
    ScriptedPrompts prompts;
    CandidatesPage page(p.db, [&]() -> UserPrompts& { return prompts; });
    ASSERT_TRUE(showLarge(page));
    auto* count = page.findChild<QLabel*>(QStringLiteral("countLabel"));
    EXPECT_EQ(count->text(), QStringLiteral("Candidates: 1,000+"));
    EXPECT_EQ(page.model()->rowCount(), 1'000);

    // Ctrl+End goes to the last row counted, which brings the rest of the list into the table.
    auto* table = page.findChild<QTableView*>(QStringLiteral("table"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.model()->rowCount() == 1'052; }));
    EXPECT_EQ(count->text(), QStringLiteral("Candidates: 1,052"));
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    EXPECT_EQ(page.selectedCandidate(), p.y) << "Yolanda Example is last by name";

    // A fresh list, counted so far again: going to the last candidate counts as far as them.
    CandidatesPage again(p.db, [&]() -> UserPrompts& { return prompts; });
    EXPECT_EQ(again.model()->rowCount(), 1'000);
    ASSERT_TRUE(again.selectCandidate(p.y));
    EXPECT_EQ(again.model()->index(1'051, CandidateTableModel::NameColumn).data().toString(),
              QStringLiteral("Yolanda Example"));
    EXPECT_EQ(again.findChild<QLabel*>(QStringLiteral("countLabel"))->text(),
              QStringLiteral("Candidates: 1,052"));
}

TEST(DeskPages, InterviewKeysDoNothingOnTheDeskAndCtrlFSearches)
{
    PanelFixture p;
    QSettings().clear();
    QSettings().setValue(QStringLiteral("interviewer/name"), QStringLiteral("Cy"));
    FakeClock clock;
    MainWindow window(p.db, &clock);
    auto owned = std::make_unique<ScriptedPrompts>();
    ScriptedPrompts* prompts = owned.get();
    window.setPrompts(std::move(owned));
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    InterviewId open = 0;
    for (const Interview& i : InterviewRepository(p.db).forCandidate(p.y)) {
        if (i.state != InterviewState::Submitted)
            open = i.id;
    }
    ASSERT_TRUE(window.openInterview(open));

    window.showPage(MainWindow::Page::Candidates);
    window.candidatesPage()->table()->setFocus();
    QTest::keyClick(window.candidatesPage()->table(), Qt::Key_3);
    EXPECT_EQ(window.session()->entry(window.session()->currentIndex()).status, EntryStatus::NotAsked)
        << "a 3 on the candidates page must not score the interview behind it";

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Search);
    EXPECT_EQ(QApplication::focusWidget(), window.searchPage()->searchEdit());
    EXPECT_TRUE(window.searchPage()->resultsText().contains(QStringLiteral("with * to match its beginning")))
        << "before a search the page says how to search";
    QTest::keyClicks(window.searchPage()->searchEdit(), QStringLiteral("lighthouse"));
    window.searchPage()->search(window.searchPage()->searchEdit()->text());
    EXPECT_TRUE(window.searchPage()->hits().isEmpty()) << "Cy has yet to interview Y: blind scoring";
    prompts->secretAnswer = PanelFixture::managerPassphrase();
    window.setManagerMode(true);
    window.searchPage()->search(window.searchPage()->searchEdit()->text());
    EXPECT_EQ(window.searchPage()->hits().size(), 3) << "Ann's three notes on Y, to the manager";
    window.setManagerMode(false);
    keepScreenshot(window, QStringLiteral("search"));

    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Interview);
    window.interviewScreen()->questionTree()->setFocus();
    QTest::keyClick(window.interviewScreen()->questionTree(), Qt::Key_3);
    EXPECT_EQ(window.session()->entry(window.session()->currentIndex()).score, 3)
        << "back on the interview, 3 scores";
}

TEST(DeskPages, AnInterviewerCannotOpenAColleaguesScorecardBeforeSubmittingTheirOwn)
{
    PanelFixture p;
    QSettings().clear();
    QSettings().setValue(QStringLiteral("interviewer/name"), QStringLiteral("Cy"));
    FakeClock clock;
    MainWindow window(p.db, &clock);
    auto owned = std::make_unique<ScriptedPrompts>();
    ScriptedPrompts* prompts = owned.get();
    window.setPrompts(std::move(owned));
    InterviewId annOnY = 0;
    InterviewId cyOnY = 0;
    for (const Interview& i : InterviewRepository(p.db).forCandidate(p.y)) {
        if (i.interviewerId == p.ann)
            annOnY = i.id;
        if (i.interviewerId == p.cy)
            cyOnY = i.id;
    }
    ASSERT_NE(annOnY, 0);
    EXPECT_FALSE(window.openInterview(annOnY));
    EXPECT_EQ(window.session(), nullptr);
    ASSERT_EQ(prompts->messages.size(), 1);
    EXPECT_TRUE(prompts->messages.first().contains(QStringLiteral("before you open Ann's")))
        << prompts->messages.first().toStdString();

    EXPECT_TRUE(window.openInterview(cyOnY)) << "Cy's own interview opens";
    for (const Interview& i : InterviewRepository(p.db).forCandidate(p.x)) {
        if (i.interviewerId == p.ann) {
            EXPECT_TRUE(window.openInterview(i.id)) << "Cy has submitted on X, so X's panel is open to Cy";
        }
    }
}

TEST(DeskPages, ManagerModeTakesThePassphraseAndIsNeverRemembered)
{
    PanelFixture p;
    QSettings().clear();
    QSettings().setValue(QStringLiteral("interviewer/name"), QStringLiteral("Cy"));
    FakeClock clock;
    auto window = std::make_unique<MainWindow>(p.db, &clock);
    auto owned = std::make_unique<ScriptedPrompts>();
    ScriptedPrompts* prompts = owned.get();
    window->setPrompts(std::move(owned));
    window->show();
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    // View → Manager mode: the View menu open, then its M.
    const auto chooseManagerMode = [&] {
        auto* view = window->findChild<QMenu*>(QStringLiteral("menuView"));
        ASSERT_NE(view, nullptr);
        view->popup(window->mapToGlobal(QPoint(40, 40)));
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view));
        QTest::keyClick(view, Qt::Key_M);
    };

    prompts->secretAnswer = QStringLiteral("not the passphrase");
    chooseManagerMode();
    ASSERT_EQ(prompts->secretQuestions.size(), 1) << "the passphrase was not asked for";
    EXPECT_FALSE(window->viewer().manager);
    EXPECT_TRUE(prompts->messages.last().contains(QStringLiteral("not the manager passphrase")));

    prompts->secretAnswer = PanelFixture::managerPassphrase();
    chooseManagerMode();
    EXPECT_TRUE(window->viewer().manager);
    chooseManagerMode();
    EXPECT_FALSE(window->viewer().manager) << "the same item turns it off, without a passphrase";
    chooseManagerMode();
    EXPECT_TRUE(window->viewer().manager);

    // Another start: blind scoring is on again.
    window.reset();
    MainWindow again(p.db, &clock);
    EXPECT_FALSE(again.viewer().manager);
    EXPECT_EQ(again.viewer().interviewer, p.cy);
}

TEST(DeskPages, TheFirstManagerModeChoosesThePassphraseTwice)
{
    TestDir dir;
    Database db(dir.path(QStringLiteral("new.sqlite")));
    QSettings().clear();
    FakeClock clock;
    MainWindow window(db, &clock);
    auto owned = std::make_unique<ScriptedPrompts>();
    ScriptedPrompts* prompts = owned.get();
    window.setPrompts(std::move(owned));
    prompts->secretAnswer = QStringLiteral("first manager passphrase");
    window.setManagerMode(true);
    EXPECT_EQ(prompts->secretQuestions.size(), 2) << "chosen, then typed once more";
    EXPECT_TRUE(window.viewer().manager);
    EXPECT_TRUE(ManagerPassphrase::verify(db, QStringLiteral("first manager passphrase")));
}

namespace {

// Adds candidates with a submitted interview each, so an export of all packets takes a while.
void addSubmittedCandidates(PanelFixture& p, int count)
{
    for (int n = 1; n <= count; ++n) {
        Candidate c;
        c.name = QStringLiteral("Queued Candidate %1").arg(n);
        c.role = QStringLiteral("R");
        const CandidateId id = CandidateRepository(p.db).create(c).id;
        p.submitted(id, p.ann, {3, 3, 3}, Recommendation::Yes, QStringLiteral("note on candidate %1").arg(n));
    }
}

// Watches the modal dialogs that open while it lives: remembers the progress dialogs and, when told
// to, presses Escape on the first one, as a user stopping the work would.
class ProgressWatcher
{
public:
    explicit ProgressWatcher(bool cancel)
        : m_cancel(cancel)
    {
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { look(); });
        m_timer.start();
    }

    int dialogsSeen = 0;
    QStringList labels;
    bool cancelled = false;

private:
    void look()
    {
        auto* dialog = qobject_cast<QProgressDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        if (dialog != m_seen) {
            m_seen = dialog;
            ++dialogsSeen;
        }
        if (!labels.contains(dialog->labelText()))
            labels << dialog->labelText();
        if (m_cancel && !cancelled) {
            cancelled = true;
            QTest::keyClick(dialog, Qt::Key_Escape);
        }
    }

    bool m_cancel;
    QTimer m_timer;
    QPointer<QProgressDialog> m_seen;
};

} // namespace

TEST(DeskPages, ExportAllPacketsFromTheFileMenuWritesWhatTheViewerMaySee)
{
    PanelFixture p;
    addSubmittedCandidates(p, 6);
    QSettings().clear();
    QSettings().setValue(QStringLiteral("interviewer/name"), QStringLiteral("Cy"));
    MainWindow window(p.db);
    auto owned = std::make_unique<ScriptedPrompts>();
    ScriptedPrompts* prompts = owned.get();
    window.setPrompts(std::move(owned));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QAction* action = window.findChild<QAction*>(QStringLiteral("actionExportAllPackets"));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isEnabled()) << "no interview needs to be open";
    TestDir out;

    // Cancelling the folder dialog writes nothing.
    action->trigger();
    EXPECT_TRUE(prompts->messages.isEmpty());

    // As Cy: only Xavier's panel is open to Cy (blind scoring), so one packet.
    prompts->folderAnswer = out.path(QStringLiteral("cy"));
    {
        ProgressWatcher watcher(false);
        action->trigger();
        EXPECT_EQ(watcher.dialogsSeen, 1) << "the work shows a progress dialog";
    }
    ASSERT_EQ(prompts->messages.size(), 1);
    EXPECT_TRUE(prompts->messages.last().contains(QStringLiteral(": 1 of 1.")))
        << prompts->messages.last().toStdString();
    const QStringList cyFiles = QDir(out.path(QStringLiteral("cy"))).entryList(QDir::Files);
    ASSERT_EQ(cyFiles.size(), 1);
    EXPECT_TRUE(
        pdfText(out.path(QStringLiteral("cy/") + cyFiles.first())).contains(QStringLiteral("Xavier")));

    // As the manager: every candidate with a submitted interview.
    prompts->secretAnswer = PanelFixture::managerPassphrase();
    window.setManagerMode(true);
    prompts->folderAnswer = out.path(QStringLiteral("manager"));
    {
        ProgressWatcher watcher(false);
        action->trigger();
        EXPECT_EQ(watcher.dialogsSeen, 1);
    }
    EXPECT_TRUE(prompts->messages.last().contains(QStringLiteral(": 8 of 8.")))
        << prompts->messages.last().toStdString();
    EXPECT_EQ(QDir(out.path(QStringLiteral("manager"))).entryList(QDir::Files).size(), 8);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr) << "the progress dialog is gone";
}

TEST(DeskPages, ExportAllPacketsStopsWhenCancelledAndSaysWhatWasWritten)
{
    PanelFixture p;
    addSubmittedCandidates(p, 40);
    QSettings().clear();
    QSettings().setValue(QStringLiteral("interviewer/name"), QStringLiteral("Ann"));
    MainWindow window(p.db);
    auto owned = std::make_unique<ScriptedPrompts>();
    ScriptedPrompts* prompts = owned.get();
    window.setPrompts(std::move(owned));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    prompts->secretAnswer = PanelFixture::managerPassphrase();
    window.setManagerMode(true);
    TestDir out;
    prompts->folderAnswer = out.path(QStringLiteral("stopped"));
    QAction* action = window.findChild<QAction*>(QStringLiteral("actionExportAllPackets"));
    ASSERT_NE(action, nullptr);
    {
        ProgressWatcher watcher(true);
        action->trigger();
        EXPECT_TRUE(watcher.cancelled) << "the progress dialog was there to cancel";
        EXPECT_TRUE(watcher.labels.contains(QStringLiteral("Stopping…")))
            << watcher.labels.join(QLatin1Char('|')).toStdString();
    }
    ASSERT_EQ(prompts->messages.size(), 1);
    const QString message = prompts->messages.last();
    const QRegularExpressionMatch said =
        QRegularExpression(QStringLiteral("Stopped\\. Debrief packets written to .*: (\\d+) of 42;"))
            .match(message);
    ASSERT_TRUE(said.hasMatch()) << message.toStdString();
    const QStringList files = QDir(out.path(QStringLiteral("stopped"))).entryList(QDir::Files | QDir::Hidden);
    EXPECT_EQ(files.size(), said.captured(1).toInt()) << "what it says was written, and no partial file";
    EXPECT_LT(files.size(), 42);
    for (const QString& name : files)
        EXPECT_TRUE(name.endsWith(QStringLiteral(".pdf"))) << name.toStdString();
}
