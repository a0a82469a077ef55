#pragma once

#include <QString>

namespace ia::TimeFormat {

// "4:05", or "1:02:09" past an hour: the way the interview clock reads.
QString clock(qint64 seconds);
// "4 min" for budgets.
QString minutes(int seconds);

} // namespace ia::TimeFormat
