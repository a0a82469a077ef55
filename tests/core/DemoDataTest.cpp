#include "demo/DemoData.h"

#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "support/TestFiles.h"

#include <QHash>
#include <QSet>
#include <gtest/gtest.h>

using namespace ia;
using namespace ia::test;

TEST(DemoData, HasThePromisedContent)
{
    TestDir dir;
    Database db(dir.path(QStringLiteral("demo.sqlite")));
    ASSERT_TRUE(DemoData::create(db));

    const QList<Candidate> candidates = CandidateRepository(db).all();
    EXPECT_EQ(candidates.size(), 6);
    QSet<QString> roles;
    for (const Candidate& c : candidates)
        roles.insert(c.role);
    EXPECT_EQ(roles.size(), 2);
    EXPECT_EQ(InterviewerRepository(db).all().size(), 3);

    const InterviewRepository interviews(db);
    const QList<Interview> all = interviews.all();
    EXPECT_GE(all.size(), 10);
    EXPECT_LE(all.size(), 14);

    int submitted = 0;
    int inProgress = 0;
    int planned = 0;
    int codeAnswers = 0;
    int redFlags = 0;
    int strengths = 0;
    for (const Interview& i : all) {
        const Scorecard card = *interviews.scorecard(i.id);
        EXPECT_EQ(card.entries.size(), 15);
        for (const CodeAnswer& a : card.codeAnswers) {
            ++codeAnswers;
            EXPECT_EQ(a.code.syntax, QStringLiteral("Python"));
            EXPECT_TRUE(a.code.text.contains(QStringLiteral("def "))) << "a real Python answer";
        }
        for (const Highlight& h : card.highlights) {
            redFlags += h.flag == HighlightFlag::RedFlag;
            strengths += h.flag == HighlightFlag::Strength;
        }
        switch (i.state) {
        case InterviewState::Submitted: {
            ++submitted;
            EXPECT_TRUE(i.recommendation.has_value());
            EXPECT_FALSE(i.summary.isEmpty());
            EXPECT_GT(i.elapsedSeconds, 30 * 60);
            int scored = 0;
            for (const ScorecardEntry& e : card.entries) {
                if (e.status != EntryStatus::Scored)
                    continue;
                ++scored;
                ASSERT_TRUE(e.score.has_value());
                EXPECT_GE(*e.score, 1);
                EXPECT_LE(*e.score, 4);
                EXPECT_FALSE(e.note.isEmpty()) << "every score comes with evidence";
                EXPECT_GT(e.secondsSpent, 0);
            }
            EXPECT_GE(scored, 12);
            break;
        }
        case InterviewState::InProgress:
            ++inProgress;
            EXPECT_FALSE(i.recommendation.has_value());
            break;
        case InterviewState::Planned:
            ++planned;
            EXPECT_TRUE(card.highlights.isEmpty());
            break;
        }
    }
    EXPECT_GE(submitted, 8);
    EXPECT_EQ(inProgress, 1);
    EXPECT_EQ(planned, 1);
    EXPECT_EQ(codeAnswers, 1);
    EXPECT_GT(redFlags, 0);
    EXPECT_GT(strengths, 0);
}

TEST(DemoData, LenientInterviewerScoresHigherThanHarshOne)
{
    TestDir dir;
    Database db(dir.path(QStringLiteral("panel.sqlite")));
    DemoData::create(db);
    const InterviewRepository interviews(db);
    QHash<QString, double> sum;
    QHash<QString, int> count;
    for (const Interview& i : interviews.all()) {
        const Scorecard card = *interviews.scorecard(i.id);
        for (const ScorecardEntry& e : card.entries) {
            if (e.score) {
                sum[i.interviewerName] += *e.score;
                ++count[i.interviewerName];
            }
        }
    }
    ASSERT_EQ(count.size(), 3);
    const QString lenient = QStringLiteral("Priya Ramanathan");
    const QString harsh = QStringLiteral("Tomasz Wielgosz");
    EXPECT_GT(sum[lenient] / count[lenient], sum[harsh] / count[harsh] + 0.3)
        << "the demo has one interviewer the calibration view should flag";
}

TEST(DemoData, IsCreatedOnlyOnce)
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("once.sqlite"));
    {
        Database db(path);
        EXPECT_TRUE(DemoData::create(db));
    }
    Database db(path);
    EXPECT_FALSE(DemoData::create(db));
    EXPECT_EQ(CandidateRepository(db).count(), 6);
}
