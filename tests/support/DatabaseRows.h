#pragma once

#include <QString>
#include <QStringList>

namespace ia {
class Database;
}

namespace ia::test {

// Column 0 of every row the query returns, as text: what a test compares whole.
QStringList firstColumn(const Database& db, const QString& sql);

} // namespace ia::test
