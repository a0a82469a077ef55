#include "interview/InterviewTimer.h"

#include "interview/TimeFormat.h"
#include "support/FakeClock.h"

#include <gtest/gtest.h>

using namespace ia;
using ia::test::FakeClock;

TEST(InterviewTimer, BudgetTurnsAmberAtEightyPercentAndRedWhenOver)
{
    EXPECT_EQ(budgetState(191'999, 240), BudgetState::Normal);
    EXPECT_EQ(budgetState(192'000, 240), BudgetState::Warning); // exactly 80 %
    EXPECT_EQ(budgetState(240'000, 240), BudgetState::Warning); // on budget is not over
    EXPECT_EQ(budgetState(240'001, 240), BudgetState::Over);
    EXPECT_EQ(budgetState(999'999, 0), BudgetState::Normal) << "no budget, no alarm";
}

TEST(InterviewTimer, PausingStopsBothClocksAndResumingContinues)
{
    FakeClock clock;
    InterviewTimer timer(clock);
    timer.reset(60'000, 10'000); // a resumed interview: one minute in, ten seconds on this question
    EXPECT_FALSE(timer.isRunning());
    clock.advanceSeconds(30);
    EXPECT_EQ(timer.totalMs(), 60'000) << "a paused clock does not move";

    timer.resume();
    clock.advanceSeconds(5);
    EXPECT_EQ(timer.totalMs(), 65'000);
    EXPECT_EQ(timer.questionMs(), 15'000);
    timer.pause();
    clock.advanceSeconds(100);
    EXPECT_EQ(timer.totalMs(), 65'000);
    timer.resume();
    clock.advanceSeconds(1);
    EXPECT_EQ(timer.totalMs(), 66'000);
}

TEST(InterviewTimer, SwitchingQuestionsBooksTheTimeSpent)
{
    FakeClock clock;
    InterviewTimer timer(clock);
    timer.reset(0, 0);
    timer.resume();
    clock.advanceSeconds(42);
    EXPECT_EQ(timer.switchQuestion(7'000), 42'000) << "time booked to the question left";
    EXPECT_EQ(timer.questionMs(), 7'000) << "the next question continues from its own earlier time";
    clock.advanceSeconds(3);
    EXPECT_EQ(timer.questionMs(), 10'000);
    EXPECT_EQ(timer.totalMs(), 45'000);
}

TEST(InterviewTimer, ClockTextReadsLikeAClock)
{
    EXPECT_EQ(TimeFormat::clock(0), QStringLiteral("0:00"));
    EXPECT_EQ(TimeFormat::clock(245), QStringLiteral("4:05"));
    EXPECT_EQ(TimeFormat::clock(3729), QStringLiteral("1:02:09"));
}
