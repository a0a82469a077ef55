#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace ia::test {

// A fresh directory per test, removed afterwards.
class TestDir
{
public:
    TestDir();
    QString path(const QString& name) const;

private:
    QTemporaryDir m_dir;
};

QByteArray readAll(const QString& path); // empty if missing
QByteArray sha256(const QString& path);
void writeAll(const QString& path, const QByteArray& bytes);
int permissionBits(const QString& path); // st_mode & 0777, -1 if missing

} // namespace ia::test
