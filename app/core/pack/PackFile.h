#pragma once

#include "pack/Pack.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ia {

// A pack file on disk, JSON or spreadsheet (CSV) told apart by its content, not its name.
class PackFile
{
    Q_DECLARE_TR_FUNCTIONS(ia::PackFile)

public:
    // Whether the bytes are a JSON pack (they start with '{', after a byte-order mark and spaces);
    // anything else is read as the spreadsheet layout.
    static bool looksLikeJson(const QByteArray& data);
    static Pack parse(const QByteArray& data, const QString& source); // throws PackError
    // Throws DataFileError when the file cannot be read, PackError when it is not a valid pack.
    static Pack read(const QString& path);
    // Writes the JSON layout; the error for the user, or empty when it worked.
    static QString write(const QString& path, const Pack& pack);
};

} // namespace ia
