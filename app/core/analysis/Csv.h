#pragma once

#include <QString>

#include <optional>

namespace ia::Csv {

// One field of RFC 4180 CSV. Text that a spreadsheet would run as a formula (=, +, -, @ first)
// gets a leading apostrophe.
QString field(const QString& text);
// A number with a dot, whatever the locale; empty for no value.
QString number(std::optional<double> value, int decimals = 2);

} // namespace ia::Csv
