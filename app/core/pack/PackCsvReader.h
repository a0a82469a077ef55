#pragma once

#include "pack/Pack.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ia {

// The spreadsheet layout of a pack: one question per row, named columns (README, "Question packs").
// Accepts UTF-8 with or without a byte-order mark, CRLF or LF, comma or semicolon separators, and
// quoted cells with line breaks (follow-ups, one per line).
class PackCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(ia::PackCsvReader)

public:
    // Reads and validates the whole file; throws PackError listing every problem with its line
    // and column. `source` names the file in messages.
    static Pack read(const QByteArray& data, const QString& source);
};

} // namespace ia
