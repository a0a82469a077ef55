#pragma once

#include "interview/Clock.h"

#include <QElapsedTimer>

namespace ia {

// Wall-clock changes (NTP, time zones, sleep) do not move it.
class SteadyClock final : public Clock
{
public:
    SteadyClock();
    qint64 nowMs() const override;

private:
    QElapsedTimer m_timer;
};

} // namespace ia
