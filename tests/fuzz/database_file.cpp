// A database file from anywhere (a colleague's laptop, a backup, a damaged disk): opened, then
// every repository read, and every report and comparison made from it.
#include "FuzzSupport.h"
#include "analysis/Calibration.h"
#include "desk/HiringDesk.h"
#include "reports/ComparisonReport.h"
#include "reports/ReportExporter.h"
#include "storage/CandidateListRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "storage/PanelRepository.h"
#include "storage/QuestionRepository.h"
#include "storage/SearchRepository.h"

#include <cstdio>

using namespace ia;

namespace {

// Enough of a big file to reach every kind of row, not so much that one input takes seconds.
constexpr int perKind = 12;

void readEverything(const Database& db, const Viewer& viewer)
{
    const ReportExporter exporter(db, PdfReportWriter::defaultPageSize(), viewer);
    const HiringDesk desk(db, viewer);
    fuzz::attempt([&] {
        const QList<Candidate> candidates = CandidateRepository(db).all();
        for (int i = 0; i < candidates.size() && i < perKind; ++i) {
            const CandidateId id = candidates.at(i).id;
            fuzz::attempt([&] { desk.summary(id); });
            fuzz::attempt([&] { exporter.packetHtml(id); });
        }
    });
    fuzz::attempt([&] {
        const QList<Interview> interviews = InterviewRepository(db).all();
        for (int i = 0; i < interviews.size() && i < perKind; ++i) {
            const InterviewId id = interviews.at(i).id;
            fuzz::attempt([&] { InterviewRepository(db).scorecard(id); });
            fuzz::attempt([&] { exporter.scorecardHtml(id); });
        }
    });
    fuzz::attempt([&] { KitRepository(db).all(); });
    fuzz::attempt([&] { QuestionRepository(db).allLatest(); });
    fuzz::attempt([&] { InterviewerRepository(db).all(); });
    fuzz::attempt([&] {
        const QStringList roles = PanelRepository(db).roles();
        for (int i = 0; i < roles.size() && i < 3; ++i) {
            fuzz::attempt([&] {
                const Comparison c = desk.compare(roles.at(i));
                c.toCsv();
                c.toJson();
                ComparisonReport::html(c);
            });
        }
    });
    fuzz::attempt([&] {
        const QList<CalibrationRow> rows = desk.calibration();
        calibrationCsv(rows, CalibrationPolicy{});
        calibrationJson(rows, CalibrationPolicy{});
    });
    for (const CandidateListRepository::Sort sort :
         {CandidateListRepository::Sort::Name, CandidateListRepository::Sort::Score,
          CandidateListRepository::Sort::Recommendations}) {
        fuzz::attempt([&] { CandidateListRepository(db).page({}, sort, true, 0, perKind, viewer); });
    }
    fuzz::attempt([&] { CandidateListRepository(db).count(QStringLiteral("a"), 100); });
    fuzz::attempt([&] { SearchRepository(db).search(QStringLiteral("a*"), viewer, perKind); });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    const QString path = fuzz::scratchFile(QStringLiteral("fuzz.sqlite"), data, size);
    fuzz::attempt([&] {
        Database::Options options;
        options.mayCreate = false;
        options.busyTimeoutMs = 0;
        const Database db(path, options);
        if (qEnvironmentVariableIsSet("IA_FUZZ_VERBOSE")) {
            std::fprintf(stderr, "opened: schema %d, %d candidates, %d interviews\n", db.schemaVersion(),
                         CandidateRepository(db).count(), InterviewRepository(db).count());
        }
        readEverything(db, Viewer::asManager());
        // Blind scoring's paths too: the first interviewer of the file looking.
        fuzz::attempt([&] {
            const QList<Interviewer> interviewers = InterviewerRepository(db).all();
            if (!interviewers.isEmpty())
                readEverything(db, Viewer::interviewerOnly(interviewers.first().id));
        });
    });
    return 0;
}
