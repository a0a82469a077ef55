#include "SecureFile.h"

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ia {

void createPrivateFile(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        const int error = errno;
        throw StorageError(StorageError::Kind::Io,
                           QCoreApplication::translate("ia::SecureFile", "Could not create the file %1: %2.")
                               .arg(path, QString::fromLocal8Bit(std::strerror(error))));
    }
    // The umask may have removed bits, never added them; make the mode exact anyway.
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    ::close(fd);
}

void restrictToOwner(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {};
    if (::stat(native.constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return;
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        ::chmod(native.constData(), st.st_mode & (S_IRUSR | S_IWUSR));
}

void syncFile(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    const bool ok = fd >= 0 && ::fsync(fd) == 0;
    const int error = errno;
    if (fd >= 0)
        ::close(fd);
    if (!ok) {
        throw StorageError(StorageError::Kind::Io,
                           QCoreApplication::translate("ia::SecureFile", "Could not flush %1 to disk: %2.")
                               .arg(path, QString::fromLocal8Bit(std::strerror(error))));
    }
}

namespace {

struct Registry
{
    QMutex mutex;
    QStringList paths;
};

Registry& registry()
{
    static Registry r;
    return r;
}

} // namespace

void OpenDatabases::add(const QString& databasePath)
{
    QMutexLocker lock(&registry().mutex);
    registry().paths.append(QFileInfo(databasePath).absoluteFilePath());
}

void OpenDatabases::remove(const QString& databasePath)
{
    QMutexLocker lock(&registry().mutex);
    registry().paths.removeOne(QFileInfo(databasePath).absoluteFilePath());
}

bool OpenDatabases::owns(const QString& path)
{
    // Compared by name and, where both exist, by identity: a link or another spelling of the path
    // is the same file. stat() only; opening the database outside SQLite would drop its locks.
    const QFileInfo target(path);
    const QString absolute = target.absoluteFilePath();
    struct stat targetStat
    {};
    const bool targetExists = ::stat(QFile::encodeName(absolute).constData(), &targetStat) == 0;
    QMutexLocker lock(&registry().mutex);
    for (const QString& db : std::as_const(registry().paths)) {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            const QString own = db + QLatin1String(suffix);
            if (absolute == own)
                return true;
            struct stat ownStat
            {};
            if (targetExists && ::stat(QFile::encodeName(own).constData(), &ownStat) == 0 &&
                ownStat.st_dev == targetStat.st_dev && ownStat.st_ino == targetStat.st_ino)
                return true;
        }
        if (absolute.startsWith(db + QStringLiteral(".backup-v")))
            return true;
    }
    return false;
}

bool OpenDatabases::holdsDatabase(const QString& folder)
{
    const QString wanted = QFileInfo(folder).canonicalFilePath();
    if (wanted.isEmpty())
        return false;
    QMutexLocker lock(&registry().mutex);
    for (const QString& db : std::as_const(registry().paths)) {
        if (QFileInfo(QFileInfo(db).absolutePath()).canonicalFilePath() == wanted)
            return true;
    }
    return false;
}

} // namespace ia
