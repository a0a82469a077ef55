#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace ia::test {

// Another program on the same database, as a real machine has one: the sqlite3 shell, a process of
// its own. What it reads is what is in the files at the database's path, whatever this process
// believes it has written.
namespace SecondProgram {

// Runs sql in a fresh sqlite3 process and returns what it printed (trimmed).
QString query(const QString& database, const QString& sql);

} // namespace SecondProgram

// A sqlite3 process holding the database's write lock (BEGIN IMMEDIATE) until release().
class SecondProgramLock
{
public:
    explicit SecondProgramLock(const QString& database);
    ~SecondProgramLock();
    SecondProgramLock(const SecondProgramLock&) = delete;
    SecondProgramLock& operator=(const SecondProgramLock&) = delete;

    bool isHolding() const { return m_holding; }
    void release();

private:
    QProcess m_process;
    bool m_holding = false;
};

// Which of the database's files (the file, -wal, -shm) anybody opened while it watched: inotify
// on their folder. SQLite opens them only when a connection opens, so while the app's connection
// is open, any open here is something else reading them in-process (a file dialog sniffing types).
class DatabaseOpenWatch
{
public:
    explicit DatabaseOpenWatch(const QString& database);
    ~DatabaseOpenWatch();
    DatabaseOpenWatch(const DatabaseOpenWatch&) = delete;
    DatabaseOpenWatch& operator=(const DatabaseOpenWatch&) = delete;

    QStringList opened(); // names, in order; drains what was seen so far

private:
    QString m_name;
    int m_fd = -1;
};

} // namespace ia::test
