#pragma once

#include "support/TestFiles.h"

#include <QString>

namespace ia::test {

// Where a test keeps its database: a file in a fresh folder, or, when the suite runs against the
// team server (IA_TEST_BACKEND=postgresql, IA_TEST_SERVER=the owner's URL, both set by ctest for
// the "postgresql." tests), a fresh database of its own on that server, dropped afterwards.
class TestStore
{
public:
    explicit TestStore(const QString& fileName = QStringLiteral("interviews.sqlite"));
    ~TestStore();
    TestStore(const TestStore&) = delete;
    TestStore& operator=(const TestStore&) = delete;

    const QString& location() const { return m_location; }
    bool isServer() const { return !m_serverDatabase.isEmpty(); }
    const TestDir& dir() const { return m_dir; }

    // Whether this run is against the server; the owner's URL of the run's server (empty if none).
    static bool serverRun();
    static QString serverUrl();
    // A fresh, empty database on the run's server, as a URL for `user` (default: the owner), and
    // its name; dropped with dropServerDatabase.
    static QString createServerDatabase(QString* name);
    static void dropServerDatabase(const QString& name);
    // Runs SQL on the run's server as its owner, in `database` (throws on error).
    static void runAsOwner(const QString& database, const QString& sql);
    // The URL of `database` on the run's server for `user` (the owner when empty).
    static QString urlFor(const QString& database, const QString& user = {}, const QString& password = {});

private:
    TestDir m_dir;
    QString m_location;
    QString m_serverDatabase;
};

} // namespace ia::test
