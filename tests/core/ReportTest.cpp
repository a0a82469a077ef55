#include "analysis/PanelSummary.h"
#include "analysis/ScorecardTotals.h"
#include "bank/QuestionBank.h"
#include "demo/DemoData.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportExporter.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "support/PanelFixture.h"
#include "support/PdfTools.h"
#include "support/TestFiles.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <gtest/gtest.h>

#include <unistd.h>

using namespace ia;
using namespace ia::test;

namespace {

// Text as a reader sees it: one space for any run of white space.
QString flat(const QString& text)
{
    return text.simplified();
}

QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

InterviewId firstSubmitted(const Database& db, const QString& candidate = {})
{
    for (const Interview& i : InterviewRepository(db).all()) {
        if (i.state == InterviewState::Submitted && (candidate.isEmpty() || i.candidateName == candidate))
            return i.id;
    }
    return 0;
}

// A device that takes some bytes and then refuses, like a disk that fills up.
class FullDisk : public QBuffer
{
public:
    explicit FullDisk(qint64 room)
        : m_room(room)
    {}

protected:
    qint64 writeData(const char* data, qint64 length) override
    {
        if (pos() + length > m_room) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        return QBuffer::writeData(data, length);
    }

private:
    qint64 m_room;
};

} // namespace

TEST(Report, ScorecardListsEveryQuestionWithScoreAndNoteInKitOrder)
{
    TestDir dir;
    Database db(dir.path(QStringLiteral("report.sqlite")));
    DemoData::create(db);
    const InterviewId id = firstSubmitted(db);
    const Scorecard card = *InterviewRepository(db).scorecard(id);
    const QString pdf = dir.path(QStringLiteral("scorecard.pdf"));
    const ReportExporter::Export result =
        ReportExporter(db, QPageSize(QPageSize::A4), Viewer::asManager()).scorecard(id, pdf);
    ASSERT_TRUE(result.ok) << result.error.toStdString();

    const QString text = flat(pdfText(pdf));
    EXPECT_TRUE(text.contains(card.interview.candidateName));
    EXPECT_TRUE(text.contains(card.interview.interviewerName));
    EXPECT_TRUE(text.contains(displayName(*card.interview.recommendation)));
    qsizetype at = 0;
    for (const ScorecardEntry& e : card.entries) {
        SCOPED_TRACE(e.question.title.toStdString());
        const qsizetype title = text.indexOf(e.question.title, at);
        ASSERT_GE(title, 0) << "question missing or out of kit order";
        const QString shown = e.status == EntryStatus::Scored ? e.question.rubric.anchor(*e.score).label
                                                              : displayName(e.status);
        EXPECT_GE(text.indexOf(shown, title), 0);
        if (e.status == EntryStatus::Scored) {
            const QRegularExpression scoreAfterTitle(QRegularExpression::escape(e.question.title) +
                                                     QStringLiteral(" %1 ").arg(*e.score));
            EXPECT_TRUE(scoreAfterTitle.match(text, title).hasMatch()) << "score printed beside the question";
        }
        // Compared without spaces: a note may wrap at a hyphen ("case-" / "insensitive").
        const qsizetype note = withoutSpaces(text.mid(title)).indexOf(withoutSpaces(e.note));
        EXPECT_GE(note, 0) << "evidence note missing";
        at = title + 1;
    }
}

TEST(Report, HostileTextPrintsLiterallyAndCompletely)
{
    TestDir dir;
    Database db(dir.path(QStringLiteral("hostile.sqlite")));
    QuestionBank::installDefault(db);
    Candidate c;
    c.name = QStringLiteral("<b>Bold</b> & <script>alert(1)</script> 50%1 off");
    c.role = QStringLiteral("Role with <i>markup</i>");
    const CandidateId candidate = CandidateRepository(db).create(c).id;
    const InterviewerId interviewer =
        InterviewerRepository(db).findOrCreate(QStringLiteral("Eve <u>Under</u>")).id;
    InterviewRepository interviews(db);
    const InterviewId id =
        interviews.create(candidate, interviewer, *KitRepository(db).byName(QuestionBank::defaultKitName()))
            .id;
    interviews.start(id, QDateTime::currentDateTimeUtc());
    const Scorecard card = *interviews.scorecard(id);

    // About 100 KB of numbered sentences: every one must survive the page breaks, in order.
    QString longNote;
    for (int i = 1; i <= 2000; ++i)
        longNote += QStringLiteral("Sentence %1 of the long note, about the candidate's answer. ")
                        .arg(i, 4, 10, QLatin1Char('0'));
    ASSERT_GT(longNote.toUtf8().size(), 100 * 1024);
    const QString longWord = QStringLiteral("Pneumonoultramicroscopic").repeated(13).left(300);
    const QString rtl = QStringLiteral("שלום עולם");
    const QString emoji = QStringLiteral("Great answer ✅ ★ 😀");
    interviews.setEntryResult(card.entries.at(0).id, EntryStatus::Scored, 3);
    interviews.setNote(card.entries.at(0).id, longNote);
    interviews.setEntryResult(card.entries.at(1).id, EntryStatus::Scored, 2);
    interviews.setNote(card.entries.at(1).id, QStringLiteral("Word: ") + longWord);
    interviews.setNote(card.entries.at(2).id, rtl);
    Highlight h;
    h.interviewId = id;
    h.entryId = card.entries.at(1).id;
    h.text = emoji;
    h.flag = HighlightFlag::Strength;
    interviews.saveHighlight(h);
    interviews.setSummary(id, QStringLiteral("<table><tr><td>not a table</td></tr></table>"));

    const QString pdf = dir.path(QStringLiteral("hostile.pdf"));
    // A draft is its interviewer's to print: Eve prints her own.
    const ReportExporter::Export result =
        ReportExporter(db, PdfReportWriter::defaultPageSize(), Viewer::interviewerOnly(interviewer))
            .scorecard(id, pdf);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_GT(result.pages, 10) << "a note longer than a page continues on the next pages";

    const QString text = flat(pdfText(pdf));
    EXPECT_TRUE(text.contains(c.name)) << "markup in a name prints as the characters typed";
    EXPECT_TRUE(text.contains(QStringLiteral("Role with <i>markup</i>")));
    EXPECT_TRUE(text.contains(QStringLiteral("Eve <u>Under</u>")));
    EXPECT_TRUE(text.contains(QStringLiteral("<table><tr><td>not a table</td></tr></table>")));
    qsizetype at = 0;
    for (int i = 1; i <= 2000; ++i) {
        const qsizetype next =
            text.indexOf(QStringLiteral("Sentence %1 ").arg(i, 4, 10, QLatin1Char('0')), at);
        ASSERT_GE(next, 0) << "sentence " << i << " of the long note is missing or out of order";
        at = next;
    }
    EXPECT_TRUE(withoutSpaces(text).contains(longWord)) << "the 300-character word wraps but is complete";
    // Symbols in the Basic Multilingual Plane are in the text layer; emoji beyond it are drawn (see
    // EmojiArePrinted) but Qt's PDF writer leaves them out of the text layer.
    EXPECT_TRUE(text.contains(QStringLiteral("Great answer ✅ ★")));
    QString reversed = rtl;
    std::reverse(reversed.begin(), reversed.end());
    EXPECT_TRUE(text.contains(rtl) || text.contains(reversed)) << "right-to-left text prints";
}

TEST(Report, EmojiArePrinted)
{
    // The same report with and without emoji: the emoji add ink, from a font that has them.
    const auto render = [](const QString& summary, const QString& path) {
        EXPECT_TRUE(PdfReportWriter::writeFile(
                        QStringLiteral("<h1>Mood</h1><p>%1</p>").arg(summary.toHtmlEscaped()), path, {})
                        .ok);
        const QImage page = pdfPage(path, 1, 100);
        qsizetype ink = 0;
        for (int y = 0; y < page.height() / 4; ++y) {
            for (int x = 0; x < page.width(); ++x)
                ink += qGray(page.pixel(x, y)) < 220;
        }
        return ink;
    };
    TestDir dir;
    const qsizetype plain = render(QStringLiteral("Mood:"), dir.path(QStringLiteral("plain.pdf")));
    const qsizetype withEmoji = render(QStringLiteral("Mood: 😀 👍 🎉"), dir.path(QStringLiteral("emoji.pdf")));
    EXPECT_GT(withEmoji, plain + 60) << "the emoji were not drawn";
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {dir.path(QStringLiteral("emoji.pdf"))});
    ASSERT_TRUE(fonts.waitForFinished(30000));
    EXPECT_TRUE(QString::fromUtf8(fonts.readAllStandardOutput()).contains(QStringLiteral("Symbola")))
        << "a font with emoji glyphs is embedded";
}

TEST(Report, PacketHasOneCoverAndEverySubmittedScorecard)
{
    TestDir dir;
    Database db(dir.path(QStringLiteral("packet.sqlite")));
    DemoData::create(db);
    const ReportExporter exporter(db, PdfReportWriter::defaultPageSize(), Viewer::asManager());
    const CandidateId candidate = exporter.findCandidate(QStringLiteral("daniel ferreira"));
    int submitted = 0;
    for (const Interview& i : InterviewRepository(db).forCandidate(candidate))
        submitted += i.state == InterviewState::Submitted;
    ASSERT_GE(submitted, 2);

    const QString pdf = dir.path(QStringLiteral("packet.pdf"));
    const ReportExporter::Export result = exporter.packet(candidate, pdf);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    const QString text = pdfText(pdf);
    EXPECT_EQ(text.count(QStringLiteral("DEBRIEF PACKET")), 1);
    EXPECT_EQ(text.count(QStringLiteral("INTERVIEW SCORECARD")), submitted);
    EXPECT_TRUE(text.contains(QStringLiteral("Panel grid")));
    // Each scorecard starts on a page of its own.
    int starts = 0;
    for (int page = 2; page <= result.pages; ++page) {
        const QString first = pdfText(pdf, {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                            QString::number(page)})
                                  .trimmed();
        starts += first.startsWith(QStringLiteral("INTERVIEW SCORECARD"));
    }
    EXPECT_EQ(starts, submitted);
}

TEST(Report, PageSizeFollowsTheLocaleAndCanBeChosen)
{
    EXPECT_EQ(PdfReportWriter::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)).id(),
              QPageSize::Letter);
    EXPECT_EQ(PdfReportWriter::defaultPageSize(QLocale(QLocale::German, QLocale::Germany)).id(),
              QPageSize::A4);
    EXPECT_EQ(PdfReportWriter::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedKingdom)).id(),
              QPageSize::A4);

    TestDir dir;
    Database db(dir.path(QStringLiteral("paper.sqlite")));
    DemoData::create(db);
    const InterviewId id = firstSubmitted(db);
    const QString a4 = dir.path(QStringLiteral("a4.pdf"));
    const QString letter = dir.path(QStringLiteral("letter.pdf"));
    ASSERT_TRUE(ReportExporter(db, QPageSize(QPageSize::A4), Viewer::asManager()).scorecard(id, a4).ok);
    ASSERT_TRUE(
        ReportExporter(db, QPageSize(QPageSize::Letter), Viewer::asManager()).scorecard(id, letter).ok);
    EXPECT_TRUE(pdfInfo(a4).contains(QStringLiteral("(A4)"))) << pdfInfo(a4).toStdString();
    EXPECT_TRUE(pdfInfo(letter).contains(QStringLiteral("612 x 792 pts"))) << pdfInfo(letter).toStdString();
}

TEST(Report, RenderedPagesAreNotBlank)
{
    TestDir dir;
    Database db(dir.path(QStringLiteral("render.sqlite")));
    DemoData::create(db);
    const QString pdf = dir.path(QStringLiteral("render.pdf"));
    ASSERT_TRUE(ReportExporter(db, PdfReportWriter::defaultPageSize(), Viewer::asManager())
                    .scorecard(firstSubmitted(db), pdf)
                    .ok);
    const QImage page = pdfPage(pdf, 1);
    ASSERT_FALSE(page.isNull());
    qsizetype ink = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x)
            ink += qGray(page.pixel(x, y)) < 200;
    }
    EXPECT_GT(double(ink) / (page.width() * page.height()), 0.02) << "page 1 is (nearly) blank";
}

TEST(Report, FailedWriteReportsWhyAndLeavesNoFile)
{
    TestDir dir;
    Database db(dir.path(QStringLiteral("fail.sqlite")));
    DemoData::create(db);
    const InterviewId id = firstSubmitted(db);

    // A folder this process may not write to. Root may write almost anywhere, but not into sysfs.
    QString folder = dir.path(QStringLiteral("read-only"));
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (::access(QFile::encodeName(folder).constData(), W_OK) == 0)
        folder = QStringLiteral("/sys/kernel");
    const QString target = folder + QStringLiteral("/scorecard.pdf");
    const ReportExporter::Export result =
        ReportExporter(db, PdfReportWriter::defaultPageSize(), Viewer::asManager()).scorecard(id, target);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.contains(QStringLiteral("scorecard.pdf"))) << result.error.toStdString();
    EXPECT_FALSE(QFile::exists(target));
    EXPECT_TRUE(QDir(folder).entryList(QDir::Files).filter(QStringLiteral("scorecard")).isEmpty())
        << "no temporary file left behind";
    QFile::setPermissions(dir.path(QStringLiteral("read-only")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    // A disk that fills up halfway through.
    FullDisk disk(4096);
    disk.open(QIODevice::WriteOnly);
    const PdfReportWriter::Result partial =
        PdfReportWriter::write(QStringLiteral("<p>Some text</p>"), disk, {});
    EXPECT_FALSE(partial.ok);
    EXPECT_TRUE(partial.error.contains(QStringLiteral("No space left"))) << partial.error.toStdString();
}

TEST(Report, ScorecardTotalsAreWeightedAndSkipUnscoredQuestions)
{
    Scorecard card;
    const auto entry = [](const QString& category, double weight, EntryStatus status,
                          std::optional<int> score) {
        ScorecardEntry e;
        e.question.category = category;
        e.weight = weight;
        e.status = status;
        e.score = score;
        return e;
    };
    card.entries = {entry(QStringLiteral("A"), 1.0, EntryStatus::Scored, 3),
                    entry(QStringLiteral("A"), 1.0, EntryStatus::Skipped, std::nullopt),
                    entry(QStringLiteral("B"), 2.0, EntryStatus::Scored, 4),
                    entry(QStringLiteral("B"), 1.0, EntryStatus::Scored, 1),
                    entry(QStringLiteral("C"), 1.0, EntryStatus::NotAsked, std::nullopt)};
    const ScorecardTotals t = ScorecardTotals::of(card);
    ASSERT_EQ(t.categories.size(), 3);
    EXPECT_DOUBLE_EQ(*t.categories.at(0).weightedMean, 3.0);       // the skip is not a zero
    EXPECT_DOUBLE_EQ(*t.categories.at(1).weightedMean, 9.0 / 3.0); // (2·4 + 1·1) / 3
    EXPECT_FALSE(t.categories.at(2).weightedMean.has_value());
    EXPECT_DOUBLE_EQ(*t.overall, 12.0 / 4.0); // (3 + 8 + 1) / (1 + 2 + 1)
    EXPECT_EQ(t.scored, 3);
    EXPECT_EQ(t.skipped, 1);
    EXPECT_EQ(t.notAsked, 1);
}

TEST(Report, ThePanelGridShowsEachCategoryOnceWhateverOrderTheInterviewsAskedIn)
{
    // An interview from before kits were asked category by category: behaviour, fundamentals, then
    // behaviour again. The debrief packet's grid must not show "Behaviour" twice.
    Scorecard card;
    card.interview.interviewerName = QStringLiteral("Ann");
    const QList<std::pair<QString, QString>> asked{
        {QStringLiteral("Opening story"), QStringLiteral("Behaviour")},
        {QStringLiteral("Lists"), QStringLiteral("Fundamentals")},
        {QStringLiteral("Closing story"), QStringLiteral("Behaviour")}};
    for (int i = 0; i < asked.size(); ++i) {
        ScorecardEntry e;
        e.question.id = i + 1;
        e.question.title = asked.at(i).first;
        e.question.category = asked.at(i).second;
        e.status = EntryStatus::Scored;
        e.score = 3;
        card.entries.append(e);
    }
    const PanelSummary p = PanelSummary::of({card});
    QStringList titles;
    for (const PanelSummary::Question& q : p.questions)
        titles << q.title;
    EXPECT_EQ(titles, (QStringList{QStringLiteral("Opening story"), QStringLiteral("Closing story"),
                                   QStringLiteral("Lists")}));
    EXPECT_EQ(p.categories.size(), 2) << "the packet's grid and category table read these";
}

TEST(Report, PanelSummaryMatchesHandComputedFigures)
{
    const auto card = [](const QString& interviewer, Recommendation r, QList<std::optional<int>> scores) {
        Scorecard c;
        c.interview.interviewerName = interviewer;
        c.interview.recommendation = r;
        for (int q = 0; q < scores.size(); ++q) {
            ScorecardEntry e;
            e.question.id = q + 1;
            e.question.title = QStringLiteral("Q%1").arg(q + 1);
            e.question.category = q < 2 ? QStringLiteral("Fundamentals") : QStringLiteral("Practical");
            e.weight = q == 2 ? 2.0 : 1.0;
            e.status = scores.at(q) ? EntryStatus::Scored : EntryStatus::Skipped;
            e.score = scores.at(q);
            c.entries.append(e);
        }
        return c;
    };
    const PanelSummary p =
        PanelSummary::of({card(QStringLiteral("Ann"), Recommendation::Yes, {4, 2, 3}),
                          card(QStringLiteral("Bob"), Recommendation::No, {2, std::nullopt, 3}),
                          card(QStringLiteral("Cy"), Recommendation::Yes, {3, 2, 4})});
    ASSERT_EQ(p.questions.size(), 3);
    EXPECT_DOUBLE_EQ(*p.questions.at(0).mean, 3.0);
    EXPECT_EQ(p.questions.at(0).spread, 2);
    EXPECT_TRUE(p.questions.at(0).disagreement());
    EXPECT_EQ(p.questions.at(1).count, 2) << "the skip is left out";
    EXPECT_DOUBLE_EQ(*p.questions.at(1).mean, 2.0);
    EXPECT_FALSE(p.questions.at(1).disagreement());
    EXPECT_DOUBLE_EQ(*p.questions.at(2).mean, 10.0 / 3.0);
    EXPECT_DOUBLE_EQ(*p.categories.at(0).weightedMean, 2.5);        // (3 + 2) / 2
    EXPECT_DOUBLE_EQ(*p.overall, (3.0 + 2.0 + 2 * 10.0 / 3.0) / 4); // weights 1, 1, 2
    EXPECT_EQ(p.tallyOf(Recommendation::Yes), 2);
    EXPECT_EQ(p.tallyOf(Recommendation::No), 1);
    EXPECT_EQ(p.tallyOf(Recommendation::StrongYes), 0);
}

namespace {

// The demo database plus `extra` candidates, each with one submitted interview whose notes name
// them ("Parallel Person 07"), so a packet can be told apart from every other by its text.
QList<CandidateId> addCandidatesWithPackets(const Database& db, int extra)
{
    const Kit kit = *KitRepository(db).byName(QStringLiteral("Python developer"));
    const InterviewerId interviewer = InterviewerRepository(db).findOrCreate(QStringLiteral("Pat Panel")).id;
    InterviewRepository interviews(db);
    QList<CandidateId> added;
    for (int n = 1; n <= extra; ++n) {
        Candidate c;
        c.name = QStringLiteral("Parallel Person %1").arg(n, 2, 10, QLatin1Char('0'));
        c.role = QStringLiteral("Backend Python developer");
        const CandidateId id = CandidateRepository(db).create(c).id;
        const Interview iv = interviews.create(id, interviewer, kit);
        interviews.start(iv.id, QDateTime::currentDateTimeUtc());
        const Scorecard card = *interviews.scorecard(iv.id);
        for (const ScorecardEntry& e : card.entries) {
            interviews.setEntryResult(e.id, EntryStatus::Scored, 1 + (n + e.position) % 4);
            interviews.setNote(e.id, QStringLiteral("Evidence about %1.").arg(c.name));
        }
        interviews.setRecommendation(iv.id, Recommendation::Yes);
        interviews.submit(iv.id, QDateTime::currentDateTimeUtc());
        added.append(id);
    }
    return added;
}

QStringList pdfFilesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

TEST(Report, AllPacketsOnSeveralThreadsEachHoldTheirOwnCandidate)
{
    TestDir dir;
    Database db(dir.path(QStringLiteral("many.sqlite")));
    DemoData::create(db);
    addCandidatesWithPackets(db, 12);
    QHash<QString, QString> nameOfFile; // "007-…pdf" -> the candidate whose packet it must be
    for (const Candidate& c : CandidateRepository(db).all())
        nameOfFile.insert(QStringLiteral("%1").arg(c.id, 3, 10, QLatin1Char('0')), c.name);
    const ReportExporter exporter(db, PdfReportWriter::defaultPageSize(), Viewer::asManager());

    const QString folder = dir.path(QStringLiteral("threads"));
    ReportExporter::BatchOptions batch;
    batch.threads = 3;
    QList<int> reported;
    QSet<Qt::HANDLE> threads;
    batch.progress = [&](int done, int total, const ReportExporter::Export& file) {
        reported << done;
        threads.insert(QThread::currentThreadId());
        EXPECT_EQ(total, 18) << "6 demo candidates and 12 more";
        EXPECT_TRUE(file.ok) << file.error.toStdString();
        EXPECT_TRUE(QFile::exists(file.path)) << "reported once it is written: " << file.path.toStdString();
        return true;
    };
    const QList<ReportExporter::Export> written = exporter.allPackets(folder, batch);
    ASSERT_EQ(written.size(), 18);
    QList<int> counting;
    for (int n = 1; n <= 18; ++n)
        counting << n;
    EXPECT_EQ(reported, counting) << "one call per file, counting up, never two at once";
    EXPECT_GT(threads.size(), 1) << "the packets were laid out on more than one thread";

    // Every packet, whole and readable, each holding its own candidate and nobody else's notes.
    QStringList paths;
    for (const ReportExporter::Export& file : written) {
        ASSERT_TRUE(file.ok) << file.error.toStdString();
        paths << QFileInfo(file.path).fileName();
        const QString name = nameOfFile.value(QFileInfo(file.path).fileName().left(3));
        ASSERT_FALSE(name.isEmpty()) << file.path.toStdString();
        const QString text = flat(pdfText(file.path));
        EXPECT_TRUE(text.contains(name)) << file.path.toStdString();
        EXPECT_GT(file.pages, 0);
        for (int n = 1; n <= 12; ++n) {
            const QString other = QStringLiteral("Parallel Person %1").arg(n, 2, 10, QLatin1Char('0'));
            if (other != name) {
                EXPECT_FALSE(text.contains(other))
                    << file.path.toStdString() << " holds " << other.toStdString();
            }
        }
    }
    QStringList sorted = paths;
    sorted.sort();
    EXPECT_EQ(pdfFilesIn(folder), sorted) << "nothing else in the folder (no temporary files left)";

    // The same files, in the same order (the candidates', whichever thread finished first), with the
    // same text, as one thread makes.
    const QString single = dir.path(QStringLiteral("single"));
    ReportExporter::BatchOptions oneThread;
    oneThread.threads = 1;
    const QList<ReportExporter::Export> alone = exporter.allPackets(single, oneThread);
    ASSERT_EQ(alone.size(), written.size());
    for (int i = 0; i < alone.size(); ++i) {
        EXPECT_EQ(QFileInfo(alone.at(i).path).fileName(), paths.at(i));
        EXPECT_EQ(pdfText(alone.at(i).path), pdfText(written.at(i).path)) << alone.at(i).path.toStdString();
    }
}

TEST(Report, AStoppedBatchFinishesThePacketsUnderWayAndLeavesNoPartialFile)
{
    TestDir dir;
    Database db(dir.path(QStringLiteral("stop.sqlite")));
    DemoData::create(db);
    addCandidatesWithPackets(db, 14);
    const ReportExporter exporter(db, PdfReportWriter::defaultPageSize(), Viewer::asManager());
    const QString folder = dir.path(QStringLiteral("stopped"));
    ReportExporter::BatchOptions batch;
    batch.threads = 2;
    int calls = 0;
    batch.progress = [&](int done, int, const ReportExporter::Export&) {
        ++calls;
        return done < 3; // the user stops it as the third file is written
    };
    const QList<ReportExporter::Export> written = exporter.allPackets(folder, batch);
    EXPECT_GE(written.size(), 3);
    EXPECT_LE(written.size(), 4) << "only the packet under way on the other thread may follow";
    EXPECT_EQ(calls, written.size());
    QStringList names;
    for (const ReportExporter::Export& file : written) {
        ASSERT_TRUE(file.ok) << file.error.toStdString();
        names << QFileInfo(file.path).fileName();
        EXPECT_TRUE(readAll(file.path).trimmed().endsWith("%%EOF")) << "whole: " << file.path.toStdString();
        EXPECT_TRUE(pdfInfo(file.path).contains(QStringLiteral("Pages:")));
    }
    names.sort();
    EXPECT_EQ(pdfFilesIn(folder), names) << "what was said to be written, and nothing else";
}

TEST(Report, AllPacketsOnThreadsStillHideWhatBlindScoringHides)
{
    PanelFixture p;
    TestDir out;
    // Cy has submitted on Xavier, so his panel is open to Cy; Yolanda's is not (Cy's interview with
    // her is still to come).
    const ReportExporter exporter(p.db, PdfReportWriter::defaultPageSize(), p.asCy());
    ReportExporter::BatchOptions batch;
    batch.threads = 4;
    const QList<ReportExporter::Export> written = exporter.allPackets(out.path(QStringLiteral("cy")), batch);
    ASSERT_EQ(written.size(), 1);
    ASSERT_TRUE(written.first().ok) << written.first().error.toStdString();
    const QString text = flat(pdfText(written.first().path));
    EXPECT_TRUE(text.contains(QStringLiteral("Xavier Example")));
    EXPECT_FALSE(text.contains(QStringLiteral("Yolanda"))) << "no packet, and no page, of a hidden panel";
    EXPECT_FALSE(text.contains(QStringLiteral("zanzibar")));
    EXPECT_EQ(pdfFilesIn(out.path(QStringLiteral("cy"))).size(), 1);

    const ReportExporter manager(p.db, PdfReportWriter::defaultPageSize(), Viewer::asManager());
    EXPECT_EQ(manager.allPackets(out.path(QStringLiteral("manager")), batch).size(), 2);
}
