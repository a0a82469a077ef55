#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

namespace ia {

// A file the user exports (a PDF, a CSV): personal data, so it is created 0600; written whole or not
// at all (QSaveFile). Only a new name or an existing regular file may be the target: a device, FIFO,
// socket or folder is refused (as root, a replaced /dev/full is a broken system), and so are the open
// database's own files.
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ia::ExportFile)

public:
    explicit ExportFile(const QString& path);

    // Why path cannot be an export target, for the user; empty when it can.
    static QString targetProblem(const QString& path);

    bool open(); // false: errorString() says why
    QIODevice& device() { return m_file; }
    bool commit(); // false: nothing was written
    void cancel();
    const QString& errorString() const { return m_error; }

    // Writes bytes to path in one go; the error for the user, or empty when it worked.
    static QString write(const QString& path, const QByteArray& bytes);

private:
    QString m_path;
    QSaveFile m_file;
    QString m_error;
};

} // namespace ia
