#include "SecureFile.h"

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QFile>

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

} // namespace ia
