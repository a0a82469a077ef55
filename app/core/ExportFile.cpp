#include "ExportFile.h"

#include "storage/SecureFile.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace ia {

ExportFile::ExportFile(const QString& path)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_file(path)
{}

QString ExportFile::targetProblem(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (OpenDatabases::owns(absolute)) {
        return tr("%1 is the database Interview Assistant is using (or one of its files); an export "
                  "would destroy it. Choose another name.")
            .arg(absolute);
    }
    struct stat st
    {};
    // Follows a symbolic link: what counts is what would be written.
    if (::stat(QFile::encodeName(absolute).constData(), &st) != 0)
        return {}; // a new name
    if (S_ISREG(st.st_mode))
        return {};
    const QString what = S_ISDIR(st.st_mode)                            ? tr("a folder")
                         : S_ISFIFO(st.st_mode)                         ? tr("a pipe")
                         : S_ISSOCK(st.st_mode)                         ? tr("a socket")
                         : (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) ? tr("a device")
                                                                        : tr("not a regular file");
    return tr("%1 is %2, not a file; nothing was written. Choose a file name.").arg(absolute, what);
}

bool ExportFile::open()
{
    m_error = targetProblem(m_path);
    if (!m_error.isEmpty())
        return false;
    if (!m_file.open(QIODevice::WriteOnly)) {
        m_error =
            tr("Could not write %1: %2. Choose a folder you can write to.").arg(m_path, m_file.errorString());
        return false;
    }
    // The temporary file becomes the export on commit; narrowing it now means the finished file is
    // never readable by others, not even for a moment.
    if (!m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_error = tr("Could not make %1 private: %2.").arg(m_path, m_file.errorString());
        m_file.cancelWriting();
        return false;
    }
    return true;
}

bool ExportFile::commit()
{
    if (!m_file.commit()) {
        m_error = tr("Could not save %1: %2. Nothing was written; check the free disk space.")
                      .arg(m_path, m_file.errorString());
        return false;
    }
    return true;
}

void ExportFile::cancel()
{
    m_file.cancelWriting();
}

QString ExportFile::write(const QString& path, const QByteArray& bytes)
{
    ExportFile file(path);
    if (!file.open())
        return file.errorString();
    if (file.device().write(bytes) != bytes.size()) {
        const QString error = tr("Could not write %1: %2.").arg(file.m_path, file.m_file.errorString());
        file.cancel();
        return error;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace ia
