#pragma once

#include <QtGlobal>

namespace ia {

// A monotonic time source in milliseconds. The interview timer reads time only through this, so
// tests drive it with a fake clock and never sleep.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

} // namespace ia
