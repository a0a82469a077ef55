// A question pack in the spreadsheet layout (CSV): read and validated.
#include "FuzzSupport.h"
#include "pack/PackCsvReader.h"

using namespace ia;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray csv(reinterpret_cast<const char*>(data), qsizetype(size));
    fuzz::attempt([&] { PackCsvReader::read(csv, QStringLiteral("fuzz.csv")); });
    return 0;
}
