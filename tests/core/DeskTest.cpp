#include "desk/HiringDesk.h"
#include "desk/ManagerPassphrase.h"
#include "reports/ComparisonReport.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportExporter.h"
#include "storage/AppMetaRepository.h"
#include "storage/CandidateListRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "storage/PanelRepository.h"
#include "storage/Query.h"
#include "storage/QuestionRepository.h"
#include "storage/Schema.h"
#include "storage/SearchRepository.h"
#include "storage/StorageError.h"
#include "storage/VisibilityPolicy.h"
#include "support/PanelFixture.h"
#include "support/PdfTools.h"
#include "support/TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace ia;
using namespace ia::test;

namespace {

const CalibrationRow& rowOf(const QList<CalibrationRow>& rows, const QString& name)
{
    for (const CalibrationRow& r : rows) {
        if (r.name == name)
            return r;
    }
    ADD_FAILURE() << "no calibration row for " << name.toStdString();
    static CalibrationRow none;
    return none;
}

// A database of schema version 1: opening it with today's schema upgrades it and leaves a backup.
QString versionOneDatabase(const TestDir& dir)
{
    const QString path = dir.path(QStringLiteral("erase.sqlite"));
    Database::Options v1;
    v1.migrations = {Schema::migrations().first()};
    Database old(path, v1);
    return path;
}

} // namespace

TEST(Desk, PanelAggregationMatchesHandComputedValues)
{
    PanelFixture p;
    const Comparison c = HiringDesk(p.db, Viewer::asManager()).compare(QStringLiteral("R"));
    ASSERT_EQ(c.columns().size(), 2);
    // X: q1 (4+2+3)/3 = 3, q2 (3+1)/2 = 2 (Cy's skip left out), q3 (4+3+4)/3 = 11/3
    //    overall (1·3 + 1·2 + 2·11/3) / 4 = 37/12; Fundamentals (3 + 2) / 2 = 2.5
    // Y: q1 (4+2)/2 = 3, q2 (4+2)/2 = 3, q3 (3+3)/2 = 3 → 3.0
    EXPECT_EQ(c.columns().at(0).name, QStringLiteral("Xavier Example")) << "best weighted score first";
    EXPECT_NEAR(*c.columns().at(0).overall, 37.0 / 12.0, 1e-9);
    EXPECT_DOUBLE_EQ(*c.columns().at(1).overall, 3.0);
    ASSERT_EQ(c.rows().size(), 5); // Fundamentals, q1, q2, Practical, q3
    EXPECT_TRUE(c.rows().at(0).isCategory);
    EXPECT_NEAR(*c.cell(0, 0).mean, 2.5, 1e-9);
    const Comparison::Cell q1x = c.cell(1, 0);
    EXPECT_DOUBLE_EQ(*q1x.mean, 3.0);
    EXPECT_EQ(q1x.spread, 2);
    EXPECT_EQ(q1x.count, 3);
    EXPECT_TRUE(q1x.disagreement);
    const Comparison::Cell q2x = c.cell(2, 0);
    EXPECT_EQ(q2x.count, 2) << "a skip is not a zero";
    EXPECT_DOUBLE_EQ(*q2x.mean, 2.0);
    EXPECT_TRUE(c.cell(1, 1).disagreement) << "Y's q1: 4 and 2";
    EXPECT_FALSE(c.cell(4, 1).disagreement) << "Y's q3: 3 and 3";
    EXPECT_EQ(c.columns().at(0).tally, (std::array<int, 4>{0, 1, 1, 1}));

    // The candidates table reads the same numbers from the cache the database keeps.
    const QList<CandidateRow> rows = CandidateListRepository(p.db).page(
        {}, CandidateListRepository::Sort::Score, true, 0, 10, Viewer::asManager());
    ASSERT_EQ(rows.size(), 2);
    EXPECT_NEAR(*rows.at(0).weightedScore, 37.0 / 12.0, 1e-9);
    EXPECT_DOUBLE_EQ(*rows.at(1).weightedScore, 3.0);
    EXPECT_EQ(rows.at(0).submitted, 3);
    EXPECT_EQ(rows.at(1).interviews, 3) << "Cy's planned interview counts as an interview";
    EXPECT_EQ(rows.at(1).submitted, 2);
}

TEST(Desk, ComparisonPdfDrawsCategoryBarsInProportionToTheMeans)
{
    PanelFixture p;
    const Comparison c = HiringDesk(p.db, Viewer::asManager()).compare(QStringLiteral("R"));
    const QString pdf = p.dir.path(QStringLiteral("compare.pdf"));
    PdfReportWriter::Options options;
    options.title = ComparisonReport::footer(c);
    ASSERT_TRUE(PdfReportWriter::writeFile(ComparisonReport::html(c), pdf, options).ok);
    EXPECT_TRUE(pdfText(pdf).simplified().contains(QStringLiteral("Xavier Example")));

    // Bars run from 1 (no bar) to 4 (the full track); X is drawn blue, Y orange, category by category.
    QList<double> expected;
    for (int r = 0; r < c.rows().size(); ++r) {
        if (c.rows().at(r).isCategory) {
            for (int col = 0; col < c.columns().size(); ++col)
                expected << (*c.cell(r, col).mean - 1.0) / 3.0;
        }
    }
    ASSERT_EQ(expected.size(), 4); // X 2.5 and Y 3 in Fundamentals, X 11/3 and Y 3 in Practical

    const QImage page = pdfPage(pdf, 1, 100);
    const auto near = [](QRgb a, QRgb b) {
        return qAbs(qRed(a) - qRed(b)) + qAbs(qGreen(a) - qGreen(b)) + qAbs(qBlue(a) - qBlue(b)) < 40;
    };
    const QRgb colours[] = {qRgb(0x1f, 0x77, 0xb4), qRgb(0xff, 0x7f, 0x0e)};
    QList<int> bars; // the length of each bar, top to bottom
    bool inBar = false;
    for (int y = 0; y < page.height(); ++y) {
        int longest = 0;
        for (const QRgb colour : colours) {
            int run = 0;
            for (int x = 0; x < page.width(); ++x) {
                run = near(page.pixel(x, y), colour) ? run + 1 : 0;
                longest = qMax(longest, run);
            }
        }
        if (longest > page.width() / 20 && !inBar)
            bars << longest;
        inBar = longest > page.width() / 20;
    }
    ASSERT_EQ(bars.size(), expected.size()) << "one bar per candidate and category";
    const double track = bars.at(2) / expected.at(2); // X in Practical, the longest bar
    for (int i = 0; i < bars.size(); ++i)
        EXPECT_NEAR(bars.at(i) / track, expected.at(i), 0.03) << "bar " << i << " is " << bars.at(i) << " px";
}

TEST(Desk, CalibrationMatchesHandComputedValues)
{
    PanelFixture p;
    const QList<CalibrationRow> rows = HiringDesk(p.db, Viewer::asManager()).calibration();
    const CalibrationRow& ann = rowOf(rows, QStringLiteral("Ann"));
    EXPECT_EQ(ann.scorecards, 2);
    EXPECT_EQ(ann.scores, 6);
    EXPECT_NEAR(*ann.mean, 22.0 / 6.0, 1e-9);
    EXPECT_NEAR(*ann.spread, std::sqrt(82.0 / 6.0 - (22.0 / 6.0) * (22.0 / 6.0)), 1e-9);
    // Against the others' mean: X 1.5, 2, 0.5; Y 2, 2, 0.
    EXPECT_NEAR(*ann.deviation, 8.0 / 6.0, 1e-9);
    EXPECT_EQ(ann.comparisons, 6);
    EXPECT_EQ(leaningOf(ann), Leaning::Lenient);

    const CalibrationRow& bob = rowOf(rows, QStringLiteral("Bob"));
    EXPECT_NEAR(*bob.deviation, -8.5 / 6.0, 1e-9); // X −1.5, −2, −1; Y −2, −2, 0
    EXPECT_EQ(leaningOf(bob), Leaning::Harsh);

    const CalibrationRow& cy = rowOf(rows, QStringLiteral("Cy"));
    EXPECT_EQ(cy.scorecards, 1);
    EXPECT_NEAR(*cy.deviation, 0.25, 1e-9); // X q1 0, q3 0.5
    EXPECT_EQ(cy.comparisons, 2);
    EXPECT_EQ(leaningOf(cy), Leaning::NotEnoughData) << "two comparisons are too few to judge";
    EXPECT_EQ(leaningOf(cy, CalibrationPolicy{0.2, 2}), Leaning::Lenient);

    // Ann meets X a second time: she is compared with Bob and Cy only, never with herself.
    // X q1 4,4 vs (2+3)/2: 1.5, 1.5; q2 3,4 vs 1: 2, 3; q3 4,4 vs (3+4)/2: 0.5, 0.5; Y 2, 2, 0.
    p.submitted(p.x, p.ann, {4, 4, 4}, Recommendation::StrongYes, QStringLiteral("again"));
    const QList<CalibrationRow> again = HiringDesk(p.db, Viewer::asManager()).calibration();
    EXPECT_NEAR(*rowOf(again, QStringLiteral("Ann")).deviation, 13.0 / 9.0, 1e-9);
    EXPECT_EQ(rowOf(again, QStringLiteral("Ann")).comparisons, 9);
}

TEST(Desk, BlindScoringHidesThePanelFromAnInterviewerWhoHasNotSubmitted)
{
    PanelFixture p;
    const PanelRepository panels(p.db);
    EXPECT_FALSE(VisibilityPolicy(p.db, p.asCy()).panelVisible(p.y));
    EXPECT_TRUE(VisibilityPolicy(p.db, p.asCy()).panelVisible(p.x)) << "Cy submitted X";
    EXPECT_TRUE(panels.visibleScorecards(p.y, p.asCy()).isEmpty());
    EXPECT_EQ(panels.visibleScorecards(p.x, p.asCy()).size(), 3);
    EXPECT_EQ(panels.visibleScorecards(p.y, Viewer::asManager()).size(), 2) << "a manager sees everything";
    EXPECT_EQ(panels.blindedCandidates(p.asCy()), 1);

    // The candidates table: no score or recommendations for Y.
    const QList<CandidateRow> rows =
        CandidateListRepository(p.db).page({}, CandidateListRepository::Sort::Name, false, 0, 10, p.asCy());
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(1).name, QStringLiteral("Yolanda Example"));
    EXPECT_TRUE(rows.at(1).blinded);
    EXPECT_FALSE(rows.at(1).weightedScore.has_value());
    EXPECT_EQ(rows.at(1).tally, (std::array<int, 4>{0, 0, 0, 0}));
    EXPECT_TRUE(rows.at(0).weightedScore.has_value());

    // The comparison: Y's column is there but empty.
    const Comparison c = HiringDesk(p.db, p.asCy()).compare(QStringLiteral("R"));
    ASSERT_EQ(c.columns().size(), 2);
    EXPECT_EQ(c.columns().at(1).name, QStringLiteral("Yolanda Example"));
    EXPECT_TRUE(c.columns().at(1).blinded);
    for (int r = 0; r < c.rows().size(); ++r)
        EXPECT_FALSE(c.cell(r, 1).mean.has_value());
    EXPECT_FALSE(c.toJson().contains(QStringLiteral("zanzibar")));

    // Search: Ann's note about Y is not found by Cy, but is by a manager.
    EXPECT_TRUE(SearchRepository(p.db).search(QStringLiteral("zanzibar"), p.asCy()).isEmpty());
    EXPECT_FALSE(SearchRepository(p.db).search(QStringLiteral("zanzibar"), Viewer::asManager()).isEmpty());

    // Exports: no packet for Y, and Cy's calibration leaves Y out (Ann: X only).
    TestDir out;
    EXPECT_THROW(ReportExporter(p.db, PdfReportWriter::defaultPageSize(), p.asCy())
                     .packet(p.y, out.path(QStringLiteral("y.pdf"))),
                 StorageError);
    EXPECT_FALSE(QFile::exists(out.path(QStringLiteral("y.pdf"))));
    const CalibrationRow ann = rowOf(HiringDesk(p.db, p.asCy()).calibration(), QStringLiteral("Ann"));
    EXPECT_EQ(ann.scorecards, 1);
    EXPECT_NEAR(*ann.deviation, 4.0 / 3.0, 1e-9);

    // Once Cy submits, the panel opens up.
    InterviewRepository interviews(p.db);
    for (const Interview& i : interviews.forCandidate(p.y)) {
        if (i.interviewerId == p.cy)
            interviews.submit(i.id, QDateTime::currentDateTimeUtc());
    }
    EXPECT_TRUE(VisibilityPolicy(p.db, p.asCy()).panelVisible(p.y));
    EXPECT_FALSE(SearchRepository(p.db).search(QStringLiteral("zanzibar"), p.asCy()).isEmpty());
}

// Search ranks a window of the best matches in the index alone; when blind scoring hides every
// hit in it, the window widens until the viewer's best hits are found.
TEST(Desk, SearchFindsTheViewersBestHitsBehindManyHiddenBetterOnes)
{
    PanelFixture p;
    // Better matches (short notes saying it twice) on Y, whose panel Cy may not see yet; one worse
    // (long) match on X, whose panel Cy may see.
    for (int n = 0; n < 3; ++n)
        p.submitted(p.y, p.bob, {2, 2, 2}, Recommendation::No, QStringLiteral("zanzibar zanzibar"));
    p.submitted(p.x, p.bob, {2, 2, 2}, Recommendation::No,
                QStringLiteral("A long note that mentions zanzibar once among many other words about the "
                               "candidate's answer, their reasoning and the code they wrote."));
    const QList<SearchHit> all =
        SearchRepository(p.db).search(QStringLiteral("zanzibar"), Viewer::asManager(), 50);
    ASSERT_GT(all.size(), 12) << "more hidden matches than the first window of a one-hit search";
    EXPECT_EQ(all.first().candidate, p.y);

    const QList<SearchHit> cy = SearchRepository(p.db).search(QStringLiteral("zanzibar"), p.asCy(), 1);
    ASSERT_EQ(cy.size(), 1);
    EXPECT_EQ(cy.first().candidate, p.x);
    EXPECT_TRUE(cy.first().snippet.contains(QStringLiteral("zanzibar")));
}

TEST(Desk, SearchFindsNotesBestMatchFirstAndNothingOfAnErasedCandidate)
{
    PanelFixture p;
    const SearchRepository search(p.db);
    const QList<SearchHit> hits = search.search(QStringLiteral("asyncio"), Viewer::asManager());
    ASSERT_GE(hits.size(), 2);
    // Bob's note says "asyncio" twice in fewer words.
    EXPECT_EQ(hits.first().interviewerName, QStringLiteral("Bob"));
    EXPECT_EQ(hits.first().kind, QStringLiteral("note"));
    EXPECT_EQ(hits.first().candidateName, QStringLiteral("Xavier Example"));
    EXPECT_EQ(hits.first().questionTitle, QStringLiteral("Q1 title"));
    EXPECT_TRUE(hits.first().snippetHtml().contains(QStringLiteral("<b>asyncio</b>")));

    // A colleague's unsubmitted notes are theirs alone, as on every other page.
    {
        InterviewRepository interviews(p.db);
        const Interview draft = interviews.create(p.x, p.bob, p.kit);
        interviews.start(draft.id, QDateTime::currentDateTimeUtc());
        interviews.setNote(interviews.scorecard(draft.id)->entries.first().id,
                           QStringLiteral("walrus draft"));
    }
    EXPECT_TRUE(search.search(QStringLiteral("walrus"), Viewer::asManager()).isEmpty());
    EXPECT_TRUE(search.search(QStringLiteral("walrus"), p.asCy()).isEmpty());
    EXPECT_EQ(search.search(QStringLiteral("walrus"), Viewer::interviewerOnly(p.bob)).size(), 1)
        << "Bob finds his own draft";

    EXPECT_TRUE(search.search(QStringLiteral("\"unbalanced AND ( NEAR"), Viewer::asManager()).isEmpty())
        << "search syntax in user text is taken as words, not as an error";
    EXPECT_FALSE(search.search(QStringLiteral("lightho*"), Viewer::asManager()).isEmpty()) << "prefix search";

    Candidate withNotes = *CandidateRepository(p.db).get(p.y);
    withNotes.notes = QStringLiteral("Prefers quokka-themed offices");
    CandidateRepository(p.db).update(withNotes);
    EXPECT_EQ(search.search(QStringLiteral("quokka"), Viewer::asManager()).size(), 1);

    HiringDesk(p.db, Viewer::asManager()).erase(p.y);
    EXPECT_TRUE(search.search(QStringLiteral("zanzibar"), Viewer::asManager()).isEmpty());
    EXPECT_TRUE(search.search(QStringLiteral("quokka"), Viewer::asManager()).isEmpty());
}

TEST(Desk, EraseLeavesNoByteOfTheCandidateAndSaysWhatWillGo)
{
    TestDir dir;
    const QString path = versionOneDatabase(dir);
    const QByteArray name = "Ottoline Vanterpool-Quist";
    const QByteArray secret = "pangolinesque";
    CandidateId doomed = 0;
    {
        Database db(path);
        ASSERT_EQ(db.backupFiles().size(), 1);
        Candidate c;
        c.name = QString::fromUtf8(name);
        c.notes = QStringLiteral("Keeps saying ") + QString::fromUtf8(secret);
        doomed = CandidateRepository(db).create(c).id;
        Candidate other;
        other.name = QStringLiteral("Someone Else");
        CandidateRepository(db).create(other);
        ASSERT_FALSE(SearchRepository(db).search(QString::fromUtf8(secret), Viewer::asManager()).isEmpty());

        const HiringDesk desk(db, Viewer::asManager());
        const HiringDesk::EraseImpact impact = desk.eraseImpact(doomed);
        EXPECT_TRUE(impact.description().contains(QString::fromUtf8(name)));
        EXPECT_TRUE(impact.description().contains(QStringLiteral("backup")))
            << impact.description().toStdString();
        desk.erase(doomed);
        EXPECT_TRUE(db.backupFiles().isEmpty());
        for (const QString& file : QStringList{path, path + QStringLiteral("-wal")}) {
            const QByteArray bytes = readAll(file).toLower();
            EXPECT_FALSE(bytes.contains(name.toLower())) << file.toStdString();
            EXPECT_FALSE(bytes.contains(secret))
                << "the search index still holds a word in " << file.toStdString();
        }
    }
}

TEST(Desk, AnEraseThatCouldNotWipeEverythingFinishesWhenTheDatabaseIsOpenedAgain)
{
    TestDir dir;
    const QString path = versionOneDatabase(dir);
    Database::Options fast;
    fast.busyTimeoutMs = 100;
    {
        Database db(path, fast);
        ASSERT_EQ(db.backupFiles().size(), 1);
        Candidate c;
        c.name = QStringLiteral("Ottoline Vanterpool-Quist");
        const CandidateId doomed = CandidateRepository(db).create(c).id;

        // Another program is reading an older snapshot: the WAL cannot be wiped behind its back.
        const QString readerName = QStringLiteral("erase-reader");
        {
            QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), readerName);
            reader.setDatabaseName(path);
            ASSERT_TRUE(reader.open());
            QSqlQuery read(reader);
            ASSERT_TRUE(read.exec(QStringLiteral("BEGIN")));
            ASSERT_TRUE(read.exec(QStringLiteral("SELECT count(*) FROM candidate")) && read.next());

            try {
                HiringDesk(db, Viewer::asManager()).erase(doomed);
                ADD_FAILURE() << "the erase should say that it could not wipe everything";
            } catch (const StorageError& e) {
                EXPECT_EQ(e.kind(), StorageError::Kind::Busy);
                EXPECT_TRUE(e.message().contains(QStringLiteral("next time it opens")))
                    << e.message().toStdString();
            }
            EXPECT_FALSE(CandidateRepository(db).get(doomed)) << "the candidate is gone at once";
            EXPECT_EQ(db.backupFiles().size(), 1) << "not yet wiped";
            read.finish();
            ASSERT_TRUE(read.exec(QStringLiteral("COMMIT")));
            reader.close();
        }
        QSqlDatabase::removeDatabase(readerName);
    }
    Database reopened(path, fast);
    EXPECT_TRUE(reopened.backupFiles().isEmpty()) << "opening again finished the wipe";
    EXPECT_FALSE(readAll(path).contains("Vanterpool"));
}

TEST(Desk, UpgradeFromVersionOneFillsTheScoreCacheAndTheSearchIndex)
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("v1.sqlite"));
    {
        Database::Options v1;
        v1.migrations = {Schema::migrations().first()};
        Database old(path, v1);
        ASSERT_EQ(old.schemaVersion(), 1);
        // Written as version 1 wrote it: today's repositories know tables version 1 did not have.
        Query::run(old.connection(),
                   QStringLiteral("INSERT INTO candidate (name, email, role, notes, created_at, updated_at) "
                                  "VALUES ('Élodie Before-Upgrade', '', 'Backend', "
                                  "'mentioned kubernetes operators', 0, 0)"));
        Query::run(old.connection(), QStringLiteral("INSERT INTO candidate_tag (candidate_id, tag) "
                                                    "SELECT id, 'Señior' FROM candidate"));
    }
    Database db(path);
    EXPECT_EQ(db.schemaVersion(), Schema::latestVersion());
    EXPECT_EQ(SearchRepository(db).search(QStringLiteral("kubernetes"), Viewer::asManager()).size(), 1);
    EXPECT_EQ(CandidateListRepository(db).count({}), 1);
    EXPECT_EQ(CandidateListRepository(db).count(QStringLiteral("elodie senior")), 1)
        << "the upgrade folds existing names and tags for the filter";
    EXPECT_EQ(CandidateListRepository(db)
                  .page({}, CandidateListRepository::Sort::Name, false, 0, 5, Viewer::asManager())
                  .size(),
              1);
}

// What a calibration row averages, one candidate and question at a time (see the fixture's scores).
TEST(Desk, CalibrationDetailShowsEachScoreAgainstTheRestOfThePanel)
{
    PanelFixture p;
    const QList<CalibrationDetail> bob = HiringDesk(p.db, Viewer::asManager()).calibrationDetail(p.bob);
    ASSERT_EQ(bob.size(), 6);
    struct Expected
    {
        CandidateId candidate;
        QString question;
        double score;
        double panel;
        int panelScores;
    };
    // X q1: Ann 4, Cy 3; q2: Ann 3 (Cy skipped); q3: Ann 4, Cy 4. Y: Ann 4, 4, 3 (Cy's is not done).
    const QList<Expected> expected{
        {p.x, QStringLiteral("Q1 title"), 2, 3.5, 2}, {p.x, QStringLiteral("Q2 title"), 1, 3.0, 1},
        {p.x, QStringLiteral("Q3 title"), 3, 4.0, 2}, {p.y, QStringLiteral("Q1 title"), 2, 4.0, 1},
        {p.y, QStringLiteral("Q2 title"), 2, 4.0, 1}, {p.y, QStringLiteral("Q3 title"), 3, 3.0, 1}};
    double sum = 0;
    for (int i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(bob.at(i).candidate, expected.at(i).candidate);
        EXPECT_EQ(bob.at(i).questionTitle, expected.at(i).question);
        EXPECT_DOUBLE_EQ(bob.at(i).score, expected.at(i).score);
        ASSERT_TRUE(bob.at(i).panelMean.has_value());
        EXPECT_DOUBLE_EQ(*bob.at(i).panelMean, expected.at(i).panel);
        EXPECT_EQ(bob.at(i).panelScores, expected.at(i).panelScores);
        sum += *bob.at(i).difference();
    }
    EXPECT_NEAR(sum / 6,
                *rowOf(HiringDesk(p.db, Viewer::asManager()).calibration(), QStringLiteral("Bob")).deviation,
                1e-9)
        << "the calibration row is the mean of these differences";

    // Ann meets X twice: her score is the mean of hers, against Bob and Cy only.
    p.submitted(p.x, p.ann, {2, 4, 4}, Recommendation::Yes, QStringLiteral("again"));
    const QList<CalibrationDetail> ann = HiringDesk(p.db, Viewer::asManager()).calibrationDetail(p.ann);
    ASSERT_EQ(ann.size(), 6);
    EXPECT_DOUBLE_EQ(ann.at(0).score, 3.0);
    EXPECT_DOUBLE_EQ(*ann.at(0).panelMean, 2.5);
    EXPECT_DOUBLE_EQ(ann.at(1).score, 3.5);
    EXPECT_DOUBLE_EQ(*ann.at(1).panelMean, 1.0) << "Cy skipped q2: Bob's 1 alone";

    // Blind scoring: Cy, yet to interview Y, sees only Bob's scores on X.
    const QList<CalibrationDetail> seenByCy = HiringDesk(p.db, p.asCy()).calibrationDetail(p.bob);
    ASSERT_EQ(seenByCy.size(), 3);
    for (const CalibrationDetail& d : seenByCy)
        EXPECT_EQ(d.candidate, p.x);
}

// The candidates filter matches a status by its displayed name, folded like the rest, and narrows to
// one picked status.
TEST(Desk, CandidateFilterMatchesStatusNamesAndAPickedStatus)
{
    PanelFixture p;
    Candidate x = *CandidateRepository(p.db).get(p.x);
    x.status = CandidateStatus::Offer;
    CandidateRepository(p.db).update(x);
    const CandidateListRepository list(p.db);
    EXPECT_EQ(list.count(QStringLiteral("offer")), 1);
    EXPECT_EQ(list.count(QStringLiteral("OFFER xavier")), 1);
    EXPECT_EQ(list.count(QStringLiteral("offer yolanda")), 0);
    EXPECT_EQ(list.count(QStringLiteral("new")), 1) << "Yolanda is still New";
    EXPECT_EQ(list.count(CandidateFilter(QString(), CandidateStatus::Offer)), 1);
    EXPECT_EQ(list.count(CandidateFilter(QStringLiteral("example"), CandidateStatus::New)), 1);
    EXPECT_EQ(list.count(CandidateFilter(QStringLiteral("yolanda"), CandidateStatus::Offer)), 0);
    const QList<CandidateRow> offers =
        list.page(CandidateFilter(QStringLiteral("off"), std::nullopt), CandidateListRepository::Sort::Name,
                  false, 0, 10, Viewer::asManager());
    ASSERT_EQ(offers.size(), 1);
    EXPECT_EQ(offers.first().id, p.x);
    EXPECT_EQ(list.position(CandidateFilter(QString(), CandidateStatus::New),
                            CandidateListRepository::Sort::Name, false, p.y, Viewer::asManager()),
              0);
    // A status is named by the start of one of its words, from three letters: "jec" inside
    // "Rejected" names no status, so the letters of a name being typed do not flood the list.
    Candidate y = *CandidateRepository(p.db).get(p.y);
    y.status = CandidateStatus::Rejected;
    CandidateRepository(p.db).update(y);
    EXPECT_EQ(list.count(QStringLiteral("rej")), 1);
    EXPECT_EQ(list.count(QStringLiteral("jec")), 0);
    // A word is bound, never written into the SQL: quotes and wildcards are only text.
    EXPECT_EQ(list.count(QStringLiteral("offer' OR 1=1 --")), 0);
    EXPECT_EQ(list.count(QStringLiteral("%")), 0);
}

TEST(Desk, SummaryCitesTheEvidence)
{
    PanelFixture p;
    const CandidateSummary s = HiringDesk(p.db, Viewer::asManager()).summary(p.x);
    // X: q1 mean 3 (strength), q2 mean 2 (concern), q3 11/3 (strength).
    ASSERT_EQ(s.strengths.size(), 2);
    EXPECT_EQ(s.strengths.at(0).title, QStringLiteral("Q1 title"));
    ASSERT_EQ(s.strengths.at(0).evidence.size(), 2) << "the 4 and the 3, not the 2";
    EXPECT_EQ(s.strengths.at(0).evidence.at(0).interviewer, QStringLiteral("Ann"));
    EXPECT_TRUE(s.strengths.at(0).evidence.at(0).text.contains(QStringLiteral("confident")));
    ASSERT_EQ(s.concerns.size(), 1);
    EXPECT_EQ(s.concerns.at(0).title, QStringLiteral("Q2 title"));
    EXPECT_EQ(s.concerns.at(0).evidence.size(), 1);
    EXPECT_EQ(s.concerns.at(0).evidence.at(0).interviewer, QStringLiteral("Bob"));
}

TEST(Desk, CsvAndJsonCarryTheGridAndNeverAFormula)
{
    PanelFixture p;
    Candidate c = *CandidateRepository(p.db).get(p.x);
    c.name = QStringLiteral("=HYPERLINK(\"http://evil\")");
    CandidateRepository(p.db).update(c);
    const Comparison comparison = HiringDesk(p.db, Viewer::asManager()).compare(QStringLiteral("R"));
    const QString csv = comparison.toCsv();
    EXPECT_TRUE(csv.startsWith(QStringLiteral("category,question,")));
    EXPECT_TRUE(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\") mean\"")))
        << csv.toStdString();
    // X (first, 37/12): q1 mean 3 spread 2 from 3 scores; Y: 3, 2, from 2.
    EXPECT_TRUE(csv.contains(QStringLiteral("Fundamentals,Q1 title,3.00,2,3,3.00,2,2\r\n")))
        << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral("overall,,3.08,,3,3.00,,2"))) << csv.toStdString();

    // The JSON is written as it is made; it must read back whole, texts and numbers intact.
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(comparison.toJson().toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_EQ(json.value(QStringLiteral("role")).toString(), QStringLiteral("R"));
    EXPECT_EQ(json.value(QStringLiteral("candidates")).toArray().size(), 2);
    const QJsonObject first = json.value(QStringLiteral("candidates")).toArray().at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("name")).toString(), c.name);
    EXPECT_EQ(first.value(QStringLiteral("scorecards")).toInt(), 3);
    EXPECT_EQ(
        first.value(QStringLiteral("recommendations")).toObject().value(QStringLiteral("strong_yes")).toInt(),
        1);
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    ASSERT_GE(rows.size(), 2);
    EXPECT_EQ(rows.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("category"));
    const QJsonObject q1 = rows.at(1).toObject();
    EXPECT_EQ(q1.value(QStringLiteral("question")).toString(), QStringLiteral("Q1 title"));
    const QJsonObject xOnQ1 = q1.value(QStringLiteral("cells")).toArray().at(0).toObject();
    EXPECT_EQ(xOnQ1.value(QStringLiteral("candidate")).toInteger(), p.x);
    EXPECT_DOUBLE_EQ(xOnQ1.value(QStringLiteral("mean")).toDouble(), 3.0);
    EXPECT_EQ(xOnQ1.value(QStringLiteral("spread")).toInt(), 2);
    EXPECT_EQ(xOnQ1.value(QStringLiteral("scores")).toInt(), 3);
    EXPECT_TRUE(xOnQ1.value(QStringLiteral("disagreement")).toBool());
    EXPECT_NEAR(json.value(QStringLiteral("candidates"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("weighted_score"))
                    .toDouble(),
                37.0 / 12.0, 1e-9);
}

TEST(Desk, CandidateFilterMatchesNameRoleEmailAndTagsAsTheyChange)
{
    PanelFixture p;
    const CandidateListRepository list(p.db);
    const auto names = [&](const QString& filter) {
        QStringList result;
        for (const CandidateRow& r :
             list.page(filter, CandidateListRepository::Sort::Name, false, 0, 10, Viewer::asManager()))
            result << r.name;
        return result;
    };
    Candidate x = *CandidateRepository(p.db).get(p.x);
    x.email = QStringLiteral("xav@example.org");
    x.tags = {QStringLiteral("django"), QStringLiteral("remote")};
    CandidateRepository(p.db).update(x);
    EXPECT_EQ(names(QStringLiteral("DJAN")), QStringList{QStringLiteral("Xavier Example")})
        << "tags, any case";
    EXPECT_EQ(names(QStringLiteral("xav@")), QStringList{QStringLiteral("Xavier Example")}) << "e-mail";
    EXPECT_EQ(names(QStringLiteral("example")).size(), 2);
    EXPECT_TRUE(names(QStringLiteral("100%")).isEmpty()) << "% is a character, not a wildcard";
    x.name = QStringLiteral("Xena Renamed");
    x.tags = {QStringLiteral("flask")};
    CandidateRepository(p.db).update(x);
    EXPECT_TRUE(names(QStringLiteral("django")).isEmpty()) << "a removed tag no longer matches";
    EXPECT_EQ(names(QStringLiteral("renamed")), QStringList{QStringLiteral("Xena Renamed")});
    EXPECT_EQ(list.count(QStringLiteral("example")), 2);
    EXPECT_EQ(list.count(QStringLiteral("example"), 1), 1) << "counting stops at the cap";

    // Every word must occur, in any order and field; case and accents do not matter.
    EXPECT_EQ(names(QStringLiteral("flask xena")), QStringList{QStringLiteral("Xena Renamed")});
    EXPECT_TRUE(names(QStringLiteral("flask yolanda")).isEmpty());
    Candidate y = *CandidateRepository(p.db).get(p.y);
    y.name = QStringLiteral("Élodie Ørsted-Łukasiewicz");
    CandidateRepository(p.db).update(y);
    for (const QString& typed : {QStringLiteral("élodie"), QStringLiteral("ELODIE"), QStringLiteral("elodie"),
                                 QStringLiteral("ørsted"), QStringLiteral("łukas")}) {
        EXPECT_EQ(names(typed), QStringList{y.name}) << typed.toStdString();
    }

    // The list's name order follows a rename, with or without filter words.
    x.name = QStringLiteral("Zoe Last");
    y.name = QStringLiteral("Aaron First");
    CandidateRepository(p.db).update(x, {CandidateField::Name});
    CandidateRepository(p.db).update(y, {CandidateField::Name});
    EXPECT_EQ(names({}), (QStringList{y.name, x.name}));
    EXPECT_EQ(names(QStringLiteral("a")), (QStringList{y.name, x.name}));
}

// The filter's text rides in the name index, whose entries a server limits to about 2.7 kB: a
// candidate with hundreds of tags is saved all the same and found by the first of them.
TEST(Desk, ACandidateWithHundredsOfTagsIsSavedAndFoundByTheFirstOnes)
{
    PanelFixture p;
    Candidate x = *CandidateRepository(p.db).get(p.x);
    QRandomGenerator random(7);
    for (int i = 0; i < 400; ++i) // hex: a text that does not compress below the limit
        x.tags << QString::number(random.generate64(), 16);
    ASSERT_NO_THROW(CandidateRepository(p.db).update(x));
    EXPECT_EQ(CandidateRepository(p.db).get(p.x)->tags.size(), 400) << "every tag is kept";
    const CandidateListRepository list(p.db);
    const QList<CandidateRow> found =
        list.page(x.tags.first(), CandidateListRepository::Sort::Name, false, 0, 10, Viewer::asManager());
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().id, p.x);
    x.name = QStringLiteral("Xavier Renamed");
    ASSERT_NO_THROW(CandidateRepository(p.db).update(x, {CandidateField::Name}));
    EXPECT_EQ(list.page(QStringLiteral("renamed"), CandidateListRepository::Sort::Name, false, 0, 10,
                        Viewer::asManager())
                  .size(),
              1);
}

TEST(Desk, BlindScoringFailsClosedForNobodyAStrangerAndAnError)
{
    PanelFixture p;
    const InterviewerId newcomer = InterviewerRepository(p.db).findOrCreate(QStringLiteral("Newcomer")).id;
    EXPECT_FALSE(Viewer{}.manager) << "the default viewer must not be a manager";
    for (const Viewer& viewer : {Viewer{}, Viewer::nobody(), Viewer::interviewerOnly(newcomer)}) {
        SCOPED_TRACE(viewer.interviewer);
        const VisibilityPolicy policy(p.db, viewer);
        EXPECT_FALSE(policy.panelVisible(p.x));
        EXPECT_FALSE(policy.panelVisible(p.y));
        EXPECT_FALSE(policy.mayErase());
        const HiringDesk desk(p.db, viewer);
        const Comparison c = desk.compare(QStringLiteral("R"));
        for (const Comparison::Column& column : c.columns())
            EXPECT_TRUE(column.blinded) << column.name.toStdString();
        EXPECT_TRUE(desk.summary(p.x).strengths.isEmpty());
        EXPECT_TRUE(desk.summary(p.x).concerns.isEmpty());
        EXPECT_TRUE(SearchRepository(p.db).search(QStringLiteral("asyncio"), viewer).isEmpty());
        EXPECT_TRUE(SearchRepository(p.db).search(QStringLiteral("zanzibar"), viewer).isEmpty());
        for (const CalibrationRow& row : desk.calibration())
            EXPECT_EQ(row.scorecards, 0) << row.name.toStdString();
        const QList<CandidateRow> rows =
            CandidateListRepository(p.db).page({}, CandidateListRepository::Sort::Score, true, 0, 10, viewer);
        for (const CandidateRow& row : rows)
            EXPECT_FALSE(row.weightedScore.has_value()) << row.name.toStdString();
        TestDir out;
        const ReportExporter exporter(p.db, PdfReportWriter::defaultPageSize(), viewer);
        EXPECT_TRUE(exporter.allPackets(out.path(QStringLiteral("all"))).isEmpty());
        const InterviewId annOnX = InterviewRepository(p.db).forCandidate(p.x).first().id;
        try {
            exporter.scorecard(annOnX, out.path(QStringLiteral("s.pdf")));
            ADD_FAILURE() << "a colleague's scorecard was exported";
        } catch (const StorageError& e) {
            EXPECT_EQ(e.kind(), StorageError::Kind::Denied);
        }
        EXPECT_THROW(desk.erase(p.x), StorageError);
        EXPECT_TRUE(CandidateRepository(p.db).get(p.x).has_value());
    }
    // An error while deciding who may see what: nothing is shown.
    tamper(p.db.path(), QStringLiteral("ALTER TABLE interview RENAME TO interview_elsewhere"));
    Database broken(p.db.path());
    EXPECT_FALSE(VisibilityPolicy(broken, p.asCy()).panelVisible(p.x));
}

TEST(Desk, TheManagerPassphraseIsASlowSaltedHashAndUnlocksOnlyWhenRight)
{
    TestDir dir;
    Database db(dir.path(QStringLiteral("manager.sqlite")));
    EXPECT_FALSE(ManagerPassphrase::isSet(db));
    EXPECT_FALSE(ManagerPassphrase::unlock(db, QString()).has_value()) << "no passphrase set unlocks nothing";
    EXPECT_THROW(ManagerPassphrase::set(db, QStringLiteral("short")), StorageError);
    ManagerPassphrase::set(db, QStringLiteral("correct horse battery"));
    EXPECT_TRUE(ManagerPassphrase::isSet(db));
    EXPECT_FALSE(ManagerPassphrase::unlock(db, QStringLiteral("correct horse batter")).has_value());
    const std::optional<Viewer> manager =
        ManagerPassphrase::unlock(db, QStringLiteral("correct horse battery"));
    ASSERT_TRUE(manager.has_value());
    EXPECT_TRUE(manager->manager);

    const QString stored = *AppMetaRepository(db).value(QStringLiteral("manager_passphrase"));
    EXPECT_FALSE(stored.contains(QStringLiteral("horse")));
    const QStringList parts = stored.split(QLatin1Char('$'));
    ASSERT_EQ(parts.size(), 4);
    EXPECT_EQ(parts.at(0), QStringLiteral("pbkdf2-sha256"));
    EXPECT_GE(parts.at(1).toInt(), 100'000) << "slow enough to make guessing expensive";
    // Salted: the same passphrase elsewhere is stored differently.
    Database other(dir.path(QStringLiteral("other.sqlite")));
    ManagerPassphrase::set(other, QStringLiteral("correct horse battery"));
    EXPECT_NE(*AppMetaRepository(other).value(QStringLiteral("manager_passphrase")), stored);

    // Changing it takes the current one.
    EXPECT_THROW(ManagerPassphrase::set(db, QStringLiteral("new passphrase"), QStringLiteral("guess")),
                 StorageError);
    ManagerPassphrase::set(db, QStringLiteral("new passphrase"), QStringLiteral("correct horse battery"));
    EXPECT_TRUE(ManagerPassphrase::unlock(db, QStringLiteral("new passphrase")).has_value());
    EXPECT_FALSE(ManagerPassphrase::unlock(db, QStringLiteral("correct horse battery")).has_value());
    // A stored value someone edited by hand never matches.
    AppMetaRepository(db).setValue(QStringLiteral("manager_passphrase"), QStringLiteral("plain text"));
    EXPECT_FALSE(ManagerPassphrase::unlock(db, QStringLiteral("plain text")).has_value());
}
