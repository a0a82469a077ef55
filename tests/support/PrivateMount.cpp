#include "PrivateMount.h"

#include <QDir>
#include <QFile>
#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

namespace ia::test {

namespace {

bool enterNamespace()
{
    static const bool entered = [] {
        if (::geteuid() != 0)
            return false;
        // A namespace of our own, and nothing we mount here propagates back to the machine.
        if (::unshare(CLONE_NEWNS) != 0)
            return false;
        if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0)
            return true;
        // In a chroot (./dev's build root) "/" is no mount point; ./dev made every mount private
        // before entering it. Make sure of that rather than assume it.
        QFile mounts(QStringLiteral("/proc/self/mountinfo"));
        if (!mounts.open(QIODevice::ReadOnly))
            return false;
        return !mounts.readAll().contains(" shared:");
    }();
    return entered;
}

} // namespace

bool PrivateTmpfs::available()
{
    return enterNamespace();
}

PrivateTmpfs::PrivateTmpfs(const QString& folder, int sizeKiB)
    : m_folder(folder)
{
    if (!enterNamespace()) {
        ADD_FAILURE() << "no private mount namespace (not root?)";
        return;
    }
    QDir().mkpath(folder);
    const QByteArray options = "size=" + QByteArray::number(sizeKiB) + "k,mode=0700";
    if (::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                options.constData()) != 0) {
        ADD_FAILURE() << "mount tmpfs: " << std::strerror(errno);
        return;
    }
    m_mounted = true;
}

PrivateTmpfs::~PrivateTmpfs()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
}

bool PrivateTmpfs::remountReadOnly()
{
    if (::mount(nullptr, QFile::encodeName(m_folder).constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) !=
        0) {
        ADD_FAILURE() << "remount read-only: " << std::strerror(errno);
        return false;
    }
    return true;
}

QString PrivateTmpfs::fill()
{
    const QString path = QDir(m_folder).filePath(QStringLiteral("ballast"));
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (fd < 0) {
        ADD_FAILURE() << "ballast: " << std::strerror(errno);
        return path;
    }
    const QByteArray block(4096, 'x');
    while (::write(fd, block.constData(), size_t(block.size())) > 0) {
    }
    // Whatever a single byte still fits in.
    while (::write(fd, "x", 1) > 0) {
    }
    ::close(fd);
    return path;
}

} // namespace ia::test
