// A question pack (JSON): parsed and validated, and what passes imported into a database twice, as a
// team's pack (new versions) and as the shipped bank (only what is missing).
#include "FuzzSupport.h"
#include "pack/PackImporter.h"
#include "pack/PackJsonReader.h"
#include "storage/Database.h"

#include <QDir>

using namespace ia;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    // A static object, not a leaked pointer: closed at exit, with the statements it keeps.
    static const Database db(QDir(fuzz::scratchFolder()).filePath(QStringLiteral("pack.sqlite")));
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    fuzz::attempt([&] {
        const Pack pack = PackJsonReader::read(json, QStringLiteral("fuzz.json"));
        PackImporter(db, QStringLiteral("fuzz")).import(pack, PackImporter::Mode::Update, true);
        PackImporter(db, QStringLiteral("fuzz")).import(pack, PackImporter::Mode::AddMissing);
    });
    return 0;
}
