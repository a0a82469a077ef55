#pragma once

#include <QRegularExpression>
#include <QString>

namespace ia::test {

// Unexpected Qt warnings fail the test that printed them ("Ambiguous shortcut overload",
// "QSqlQuery::exec: database not open", a failed connect...). installed by the test main;
// the allow-list of messages that are known and harmless lives in QtMessageGuard.cpp, each with
// the reason it is there.
namespace QtMessageGuard {

void install();
// Warnings printed outside any test (start-up, shut-down); the test main fails the run on them.
int strayWarnings();

} // namespace QtMessageGuard

// A warning the current test provokes on purpose, e.g. a refused file. Accepts messages matching
// the pattern while it lives, and fails the test if none came.
class ExpectQtWarning
{
public:
    explicit ExpectQtWarning(const QString& pattern);
    ~ExpectQtWarning();

    ExpectQtWarning(const ExpectQtWarning&) = delete;
    ExpectQtWarning& operator=(const ExpectQtWarning&) = delete;

private:
    QRegularExpression m_pattern;
    int m_seen = 0;
    friend struct GuardState;
};

} // namespace ia::test
