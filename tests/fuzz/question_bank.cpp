// A question bank file (JSON): parsed and validated, and what passes installed into a database.
#include "FuzzSupport.h"
#include "bank/QuestionBank.h"
#include "storage/Database.h"

#include <QDir>

using namespace ia;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    // A static object, not a leaked pointer: closed at exit, with the statements it keeps.
    static const Database db(QDir(fuzz::scratchFolder()).filePath(QStringLiteral("bank.sqlite")));
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    fuzz::attempt([&] {
        const QuestionBank bank = QuestionBank::fromJson(json, QStringLiteral("fuzz.json"));
        bank.installInto(db);
    });
    return 0;
}
