#include "SecondProgram.h"

#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>
#include <sys/inotify.h>
#include <unistd.h>

namespace ia::test {

QString SecondProgram::query(const QString& database, const QString& sql)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), database, sql});
    if (!process.waitForFinished(30000)) {
        ADD_FAILURE() << "sqlite3 did not finish";
        return {};
    }
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitCode() != 0)
        ADD_FAILURE() << "sqlite3 failed: " << err.toStdString();
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

SecondProgramLock::SecondProgramLock(const QString& database)
{
    m_process.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), database});
    if (!m_process.waitForStarted()) {
        ADD_FAILURE() << "sqlite3 did not start";
        return;
    }
    // The shell answers only once BEGIN IMMEDIATE has the lock.
    m_process.write("PRAGMA busy_timeout = 10000;\nBEGIN IMMEDIATE;\nSELECT 'holding';\n");
    QByteArray out;
    while (!out.contains("holding")) {
        if (!m_process.waitForReadyRead(30000)) {
            ADD_FAILURE() << "sqlite3 never took the lock: "
                          << m_process.readAllStandardError().toStdString();
            return;
        }
        out += m_process.readAllStandardOutput();
    }
    m_holding = true;
}

SecondProgramLock::~SecondProgramLock()
{
    release();
}

void SecondProgramLock::release()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.write("COMMIT;\n.quit\n");
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(30000))
        ADD_FAILURE() << "sqlite3 did not let go";
    m_holding = false;
}

DatabaseOpenWatch::DatabaseOpenWatch(const QString& database)
    : m_name(QFileInfo(database).fileName())
    , m_fd(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
{
    const QByteArray folder = QFile::encodeName(QFileInfo(database).absolutePath());
    if (m_fd < 0 || ::inotify_add_watch(m_fd, folder.constData(), IN_OPEN) < 0)
        ADD_FAILURE() << "inotify: " << std::strerror(errno);
}

DatabaseOpenWatch::~DatabaseOpenWatch()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QStringList DatabaseOpenWatch::opened()
{
    QStringList result;
    alignas(inotify_event) char buffer[8192];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        for (char* p = buffer; p < buffer + n;) {
            const auto* event = reinterpret_cast<const inotify_event*>(p);
            if (event->len > 0) {
                const QString name = QFile::decodeName(event->name);
                if (name == m_name || name == m_name + QStringLiteral("-wal") ||
                    name == m_name + QStringLiteral("-shm"))
                    result << name;
            }
            p += sizeof(inotify_event) + event->len;
        }
    }
    return result;
}

} // namespace ia::test
