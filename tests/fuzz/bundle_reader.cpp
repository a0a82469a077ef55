// A scorecard bundle (JSON): read and validated, and what passes merged into a database (twice:
// the second import must change nothing and must not fail).
#include "FuzzSupport.h"
#include "bundle/BundleFormat.h"
#include "bundle/BundleImporter.h"
#include "storage/Database.h"

#include <QDir>

using namespace ia;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    // A static object, not a leaked pointer: closed at exit, with the statements it keeps.
    static const Database db(QDir(fuzz::scratchFolder()).filePath(QStringLiteral("bundle.sqlite")));
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    fuzz::attempt([&] {
        Bundle bundle;
        try {
            bundle = BundleFormat::fromJson(json);
        } catch (const BundleError&) {
            return; // refused with its path: the designed answer
        }
        BundleImporter(db, {}).import(bundle);
        const BundleImporter::Report again = BundleImporter(db, {}).import(bundle);
        if (again.newScorecards + again.updatedScorecards + again.newCandidates != 0)
            __builtin_trap(); // importing twice must change nothing
    });
    return 0;
}
