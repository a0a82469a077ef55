#include "CheckedFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <atomic>
#include <sys/stat.h>

namespace ia::CheckedFiles {

namespace {

QString recordPath(const QString& path)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (folder.isEmpty())
        return {};
    const QByteArray key =
        QCryptographicHash::hash(QFile::encodeName(path), QCryptographicHash::Sha256).toHex().left(32);
    return QDir(folder).filePath(QStringLiteral("checked-databases/") + QString::fromLatin1(key));
}

// Identity and state of the file by stat() alone: opening the database outside SQLite would drop
// SQLite's locks on it.
QByteArray fingerprint(const QString& path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return {};
    return QByteArray::number(quint64(st.st_dev)) + ' ' + QByteArray::number(quint64(st.st_ino)) + ' ' +
           QByteArray::number(qint64(st.st_size)) + ' ' + QByteArray::number(qint64(st.st_mtim.tv_sec)) +
           ' ' + QByteArray::number(qint64(st.st_mtim.tv_nsec)) + '\n';
}

std::atomic<bool> s_sawDamage{false};

} // namespace

bool unchangedSinceCleanClose(const QString& path)
{
    const QString record = recordPath(path);
    if (record.isEmpty())
        return false;
    QFile file(record);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray now = fingerprint(path);
    return !now.isEmpty() && file.read(256) == now;
}

void recordCleanClose(const QString& path)
{
    if (s_sawDamage)
        return;
    const QString record = recordPath(path);
    const QByteArray now = fingerprint(path);
    if (record.isEmpty() || now.isEmpty())
        return;
    const QString folder = QFileInfo(record).absolutePath();
    if (!QDir().mkpath(folder))
        return; // only a full check more next time
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(record);
    if (file.open(QIODevice::WriteOnly) && file.write(now) == now.size())
        file.commit();
}

void sawDamage()
{
    s_sawDamage = true;
}

void forget(const QString& path)
{
    const QString record = recordPath(path);
    if (!record.isEmpty())
        QFile::remove(record);
}

} // namespace ia::CheckedFiles
