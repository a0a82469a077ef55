#pragma once

#include "pack/Pack.h"

#include <QCoreApplication>
#include <QStringList>

namespace ia {

class Database;

// A database's bank as a pack: what `bank export` and the pages' Export write.
class PackExporter
{
    Q_DECLARE_TR_FUNCTIONS(ia::PackExporter)

public:
    // Without kit names: every published question that is not archived, and every published kit that
    // is not archived. With names: those kits (published versions) and their questions only. Each
    // question's newest published version; questions by category, title and UUID, kits by name, so
    // the same bank gives the same pack. Throws DataFileError for a kit name not here.
    static Pack build(const Database& database, const QStringList& kitNames = {});
};

} // namespace ia
