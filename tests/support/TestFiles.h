#pragma once

#include "support/QtPrinters.h"

#include <QByteArray>
#include <QMap>
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

// Every file in a folder with its SHA-256, to show a folder was left exactly as it was.
QMap<QString, QByteArray> folderSnapshot(const QString& folder);

// Changes a database behind the app's back, as another program or a damaged disk would: a plain
// connection of its own, CHECK constraints off, so values the app never writes get in.
void tamper(const QString& databasePath, const QString& sql);

} // namespace ia::test
