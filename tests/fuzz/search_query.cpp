// Whatever someone types into the search box or after `interview-cli search`: the query builder
// must turn every text into an expression the full-text engine accepts, so a search never fails.
#include "FuzzSupport.h"
#include "demo/DemoData.h"
#include "storage/Database.h"
#include "storage/SearchRepository.h"
#include "storage/StorageError.h"

#include <QDir>

#include <cstdio>
#include <cstdlib>

using namespace ia;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    // A static object, not a leaked pointer: closed at exit, with the statements it keeps.
    static const Database db(QDir(fuzz::scratchFolder()).filePath(QStringLiteral("search.sqlite")));
    static const bool filled = DemoData::create(db);
    Q_UNUSED(filled);
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    try {
        SearchRepository(db).search(text, Viewer::asManager(), 20);
    } catch (const StorageError& e) {
        std::fprintf(stderr, "search for %s failed: %s\n", qPrintable(text), e.what());
        std::abort();
    }
    return 0;
}
