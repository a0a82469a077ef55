#pragma once

#include "interview/Clock.h"

namespace ia::test {

// Time that moves only when the test says so.
class FakeClock final : public Clock
{
public:
    qint64 nowMs() const override { return m_now; }
    void advanceSeconds(double seconds) { m_now += qint64(seconds * 1000); }

private:
    qint64 m_now = 1'000'000;
};

} // namespace ia::test
