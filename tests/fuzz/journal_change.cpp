// An edit read back from the offline journal (a file of the user's that a later run replays):
// checked, and what passes made on a database with one interview under a lease, as the replay does.
#include "FuzzSupport.h"
#include "bank/QuestionBank.h"
#include "domain/Candidate.h"
#include "saving/SavedChange.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "storage/LeaseRepository.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ia;

namespace {

const Database& panel()
{
    // A static object, not a leaked pointer: closed at exit, with the statements it keeps.
    static const Database db(QDir(fuzz::scratchFolder()).filePath(QStringLiteral("journal.sqlite")));
    static const bool ready = [] {
        QuestionBank::installDefault(db);
        Candidate c;
        c.name = QStringLiteral("Fuzz Candidate");
        const CandidateId candidate = CandidateRepository(db).create(c).id;
        const InterviewerId me = InterviewerRepository(db).findOrCreate(QStringLiteral("Fuzz")).id;
        const InterviewId interview =
            InterviewRepository(db)
                .create(candidate, me, *KitRepository(db).byName(QuestionBank::defaultKitName()))
                .id;
        // The corpus's edits are made under this holder, so they reach the repositories.
        LeaseRepository(db).acquire(interview, QStringLiteral("fuzz-holder"), QStringLiteral("fuzz"));
        return true;
    }();
    Q_UNUSED(ready);
    return db;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    const Database& db = panel();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    QList<LocatedProblem> problems;
    const std::optional<SavedChange> change = SavedChange::fromJson(json, &problems);
    // Refused with nothing said would leave the user with a line they cannot place.
    if (!change && problems.isEmpty())
        __builtin_trap();
    if (change)
        fuzz::attempt([&] { change->apply(db); });
    return 0;
}
