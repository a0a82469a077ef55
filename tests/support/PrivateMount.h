#pragma once

#include <QString>

namespace ia::test {

// A small file system of a test's own, for the machine's bad days: a read-only disk, a full one.
// It needs a mount namespace of the test process's own, which takes root (./dev runs the tests as
// root inside its build root); available() says whether it can be had, and tests skip or fall back
// without it. Unmounted when it goes out of scope (declare it after the TestDir it lives in).
class PrivateTmpfs
{
public:
    static bool available();

    PrivateTmpfs(const QString& folder, int sizeKiB);
    ~PrivateTmpfs();
    PrivateTmpfs(const PrivateTmpfs&) = delete;
    PrivateTmpfs& operator=(const PrivateTmpfs&) = delete;

    bool isMounted() const { return m_mounted; }
    bool remountReadOnly();
    // Fills it until writes fail; returns the file that took the space.
    QString fill();

private:
    QString m_folder;
    bool m_mounted = false;
};

} // namespace ia::test
