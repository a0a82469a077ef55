#include "TestFiles.h"

#include "storage/ServerAddress.h"
#include "support/TestStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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

QMap<QString, QByteArray> folderSnapshot(const QString& folder)
{
    QMap<QString, QByteArray> result;
    for (const QFileInfo& f : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::System))
        result.insert(f.fileName(), sha256(f.absoluteFilePath()));
    return result;
}

void tamper(const QString& databasePath, const QString& sql)
{
    if (ServerAddress::isServerUrl(databasePath)) {
        // On the team server, as its owner: the server checks its constraints whoever writes.
        TestStore::runAsOwner(ServerAddress::parse(databasePath).database(), sql);
        return;
    }
    const QString name = QStringLiteral("tamper");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
        ASSERT_TRUE(q.exec(sql)) << q.lastError().text().toStdString() << " in " << sql.toStdString();
        if (!sql.trimmed().startsWith(QStringLiteral("ALTER"), Qt::CaseInsensitive)) {
            EXPECT_GT(q.numRowsAffected(), 0) << "the tampering changed nothing: " << sql.toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace ia::test
