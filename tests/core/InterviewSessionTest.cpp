#include "interview/InterviewSession.h"

#include "bank/QuestionBank.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "support/FakeClock.h"
#include "support/TestFiles.h"
#include "undo/AddHighlightCommand.h"
#include "undo/RemoveHighlightCommand.h"
#include "undo/SetEntryResultCommand.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace ia;
using namespace ia::test;

namespace {

struct SessionFixture
{
    TestDir dir;
    Database db{dir.path(QStringLiteral("session.sqlite"))};
    FakeClock clock;
    InterviewId interview = 0;

    SessionFixture()
    {
        QuestionBank::installDefault(db);
        Candidate c;
        c.name = QStringLiteral("Session Candidate");
        const CandidateId candidate = CandidateRepository(db).create(c).id;
        const InterviewerId interviewer = InterviewerRepository(db).findOrCreate(QStringLiteral("Iris")).id;
        interview =
            InterviewRepository(db)
                .create(candidate, interviewer, *KitRepository(db).byName(QuestionBank::defaultKitName()))
                .id;
    }
    Scorecard stored() const { return *InterviewRepository(db).scorecard(interview); }
};

} // namespace

TEST(InterviewSession, ChoicesAreInTheDatabaseWhenTheCallReturns)
{
    SessionFixture f;
    InterviewSession session(f.db, f.interview, f.clock);
    EXPECT_EQ(f.stored().interview.state, InterviewState::InProgress)
        << "opening a planned interview starts it";
    ASSERT_TRUE(session.setResult(0, EntryStatus::Scored, 3));
    EXPECT_EQ(f.stored().entries.at(0).score, 3);
    ASSERT_TRUE(session.setResult(1, EntryStatus::Skipped));
    EXPECT_EQ(f.stored().entries.at(1).status, EntryStatus::Skipped);
    ASSERT_TRUE(session.setRecommendation(Recommendation::No));
    EXPECT_EQ(f.stored().interview.recommendation, Recommendation::No);
}

TEST(InterviewSession, TypedTextReachesTheDatabaseWithinTheDelayAndAtOnceOnFlush)
{
    SessionFixture f;
    InterviewSession session(f.db, f.interview, f.clock);
    QSignalSpy saved(&session, &InterviewSession::saved);
    session.setNote(0, QStringLiteral("First words"));
    EXPECT_TRUE(f.stored().entries.at(0).note.isEmpty()) << "not written on every keystroke";
    ASSERT_TRUE(saved.wait(InterviewSession::textWriteDelayMs + 500));
    EXPECT_EQ(f.stored().entries.at(0).note, QStringLiteral("First words"));

    session.setSummary(QStringLiteral("Summary text"));
    EXPECT_TRUE(session.flush());
    EXPECT_EQ(f.stored().interview.summary, QStringLiteral("Summary text"));
    EXPECT_FALSE(session.hasPendingWrites());
}

TEST(InterviewSession, ChangingQuestionBooksTimeAndWritesPendingText)
{
    SessionFixture f;
    InterviewSession session(f.db, f.interview, f.clock);
    session.startClock();
    f.clock.advanceSeconds(75);
    session.setNote(0, QStringLiteral("Typed just before moving on"));
    session.goNext();
    const Scorecard card = f.stored();
    EXPECT_EQ(card.entries.at(0).secondsSpent, 75);
    EXPECT_EQ(card.entries.at(0).note, QStringLiteral("Typed just before moving on"));
    EXPECT_EQ(session.currentIndex(), 1);
}

TEST(InterviewSession, ResumedInterviewContinuesTheClockWhereItStopped)
{
    SessionFixture f;
    {
        InterviewSession session(f.db, f.interview, f.clock);
        session.startClock();
        f.clock.advanceSeconds(130);
        session.pauseClock();
    }
    EXPECT_EQ(f.stored().interview.elapsedSeconds, 130);
    InterviewSession resumed(f.db, f.interview, f.clock);
    EXPECT_EQ(resumed.elapsedSeconds(), 130);
    EXPECT_FALSE(resumed.isClockRunning()) << "a resumed interview waits for the interviewer";
    resumed.startClock();
    f.clock.advanceSeconds(10);
    EXPECT_EQ(resumed.elapsedSeconds(), 140);
}

TEST(InterviewSession, UndoOfAScoreRestoresThePreviousOneInTheDatabase)
{
    SessionFixture f;
    InterviewSession session(f.db, f.interview, f.clock);
    QUndoStack stack;
    stack.push(new SetEntryResultCommand(session, 0, EntryStatus::Scored, 2));
    stack.push(new SetEntryResultCommand(session, 0, EntryStatus::Scored, 4));
    EXPECT_EQ(f.stored().entries.at(0).score, 4);
    stack.undo();
    EXPECT_EQ(f.stored().entries.at(0).score, 2);
    stack.undo();
    EXPECT_EQ(f.stored().entries.at(0).status, EntryStatus::NotAsked);
    EXPECT_FALSE(f.stored().entries.at(0).score.has_value());
    stack.redo();
    EXPECT_EQ(f.stored().entries.at(0).score, 2);
}

TEST(InterviewSession, UndoneRemovalBringsTheSameHighlightBack)
{
    SessionFixture f;
    InterviewSession session(f.db, f.interview, f.clock);
    session.startClock();
    f.clock.advanceSeconds(61);
    QUndoStack stack;
    auto* add = new AddHighlightCommand(session, HighlightFlag::Strength);
    stack.push(add);
    const Highlight added = add->highlight();
    ASSERT_NE(added.id, 0);
    EXPECT_EQ(added.elapsedSeconds, 61);
    session.setHighlightText(added.id, QStringLiteral("Great trade-off discussion"));
    session.flush();

    stack.push(new RemoveHighlightCommand(session, *session.highlight(added.id)));
    EXPECT_TRUE(f.stored().highlights.isEmpty());
    stack.undo();
    ASSERT_EQ(f.stored().highlights.size(), 1);
    const Highlight back = f.stored().highlights.first();
    EXPECT_EQ(back.id, added.id);
    EXPECT_EQ(back.text, QStringLiteral("Great trade-off discussion"));
    EXPECT_EQ(back.flag, HighlightFlag::Strength);
    EXPECT_EQ(back.elapsedSeconds, 61);
}

TEST(InterviewSession, SubmitNamesWhatIsMissingAndThenLocksTheScorecard)
{
    SessionFixture f;
    InterviewSession session(f.db, f.interview, f.clock);
    session.setNote(2, QStringLiteral("Talked about it but I did not score"));
    session.setResult(0, EntryStatus::Scored, 3);
    SubmitCheck check = session.submit();
    EXPECT_FALSE(session.isReadOnly());
    EXPECT_EQ(check.unscoredAskedEntries, QList<int>{2});
    EXPECT_TRUE(check.missingRecommendation);

    session.setResult(2, EntryStatus::Skipped);
    session.setRecommendation(Recommendation::Yes);
    check = session.submit();
    EXPECT_TRUE(check.canSubmit());
    EXPECT_TRUE(session.isReadOnly());
    EXPECT_EQ(f.stored().interview.state, InterviewState::Submitted);

    QSignalSpy errors(&session, &InterviewSession::errorOccurred);
    EXPECT_FALSE(session.setResult(0, EntryStatus::Scored, 1)) << "a submitted scorecard is read-only";
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(f.stored().entries.at(0).score, 3);

    EXPECT_TRUE(session.reopen(QStringLiteral("Forgot a note")));
    EXPECT_FALSE(session.isReadOnly());
    EXPECT_TRUE(session.setResult(0, EntryStatus::Scored, 1));
}
