#include "TestFiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <gtest/gtest.h>

#include <sys/stat.h>

namespace ia::test {

TestDir::TestDir()
{
    if (!m_dir.isValid())
        ADD_FAILURE() << "could not create a temporary directory";
}

QString TestDir::path(const QString& name) const
{
    return m_dir.filePath(name);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
}

int permissionBits(const QString& path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

} // namespace ia::test
