#include "InterviewTimer.h"

#include "interview/Clock.h"

namespace ia {

BudgetState budgetState(qint64 spentMs, int budgetSeconds)
{
    if (budgetSeconds <= 0)
        return BudgetState::Normal;
    const qint64 budgetMs = qint64(budgetSeconds) * 1000;
    if (spentMs > budgetMs)
        return BudgetState::Over;
    // 80 %, in integers so 4:00 turns amber at exactly 3:12.
    if (spentMs * 5 >= budgetMs * 4)
        return BudgetState::Warning;
    return BudgetState::Normal;
}

InterviewTimer::InterviewTimer(const Clock& clock)
    : m_clock(clock)
{}

void InterviewTimer::reset(qint64 totalMs, qint64 questionMs)
{
    m_running = false;
    m_totalBase = totalMs;
    m_questionBase = questionMs;
}

qint64 InterviewTimer::runningFor() const
{
    return m_running ? qMax<qint64>(0, m_clock.nowMs() - m_since) : 0;
}

void InterviewTimer::resume()
{
    if (m_running)
        return;
    m_since = m_clock.nowMs();
    m_running = true;
}

void InterviewTimer::pause()
{
    if (!m_running)
        return;
    const qint64 ran = runningFor();
    m_totalBase += ran;
    m_questionBase += ran;
    m_running = false;
}

qint64 InterviewTimer::totalMs() const
{
    return m_totalBase + runningFor();
}

qint64 InterviewTimer::questionMs() const
{
    return m_questionBase + runningFor();
}

qint64 InterviewTimer::switchQuestion(qint64 questionMs)
{
    const qint64 ran = runningFor();
    const qint64 previous = m_questionBase + ran;
    m_totalBase += ran;
    m_questionBase = questionMs;
    if (m_running)
        m_since = m_clock.nowMs();
    return previous;
}

} // namespace ia
