#pragma once

#include <QtGlobal>

namespace ia {

class Clock;

// How far into its time budget a question is.
enum class BudgetState
{
    Normal,  // below 80 %
    Warning, // from 80 % up to the budget
    Over,    // past the budget
};

BudgetState budgetState(qint64 spentMs, int budgetSeconds);

// The interview clock: total elapsed time and the current question's, both pausable. It only reads
// the Clock; it owns no timer and never sleeps.
class InterviewTimer
{
public:
    explicit InterviewTimer(const Clock& clock);

    // Continue from earlier totals (a resumed interview), paused.
    void reset(qint64 totalMs, qint64 questionMs);

    void resume();
    void pause();
    bool isRunning() const { return m_running; }

    qint64 totalMs() const;
    qint64 questionMs() const;

    // Moves to another question that already had questionMs spent on it; returns the time the
    // previous question has now accumulated.
    qint64 switchQuestion(qint64 questionMs);

private:
    qint64 runningFor() const;

    const Clock& m_clock;
    bool m_running = false;
    qint64 m_since = 0;
    qint64 m_totalBase = 0;
    qint64 m_questionBase = 0;
};

} // namespace ia
