#include "demo/DemoData.h"
#include "interview/InterviewSession.h"
#include "storage/Database.h"
#include "support/FakeClock.h"
#include "ui/HomePage.h"
#include "ui/InterviewScreen.h"
#include "ui/MainWindow.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <benchmark/benchmark.h>

using namespace ia;

namespace {

struct OpenInterview
{
    QTemporaryDir dir;
    Database db{dir.filePath(QStringLiteral("bench.sqlite"))};
    test::FakeClock clock;
    bool ready = DemoData::create(db); // before the window: its home page lists the kits
    MainWindow window{db, &clock};

    OpenInterview()
    {
        ready = false;
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return;
        window.homePage()->chooseNewCandidate(QStringLiteral("Bench Candidate"),
                                              QStringLiteral("Bench role"));
        window.homePage()->setInterviewer(QStringLiteral("Bench Interviewer"));
        window.homePage()->requestStart();
        window.interviewScreen()->questionTree()->setFocus();
        ready = window.session() != nullptr;
    }
};

} // namespace

// A score key press, through the shortcut, the undo stack and the repository, to a committed row.
void BM_ScoreKeyToCommittedRow(benchmark::State& state)
{
    OpenInterview open;
    if (!open.ready) {
        state.SkipWithError("could not open an interview");
        return;
    }
    QWidget* tree = open.window.interviewScreen()->questionTree();
    const InterviewSession& session = *open.window.session();
    int score = 3;
    for (auto _ : state) {
        QTest::keyClick(tree, Qt::Key(Qt::Key_0 + score));
        if (session.entry(0).score != score) {
            state.SkipWithError("the key press did not score");
            break;
        }
        score = score == 3 ? 2 : 3;
    }
    state.SetLabel("key press to COMMIT");
}
BENCHMARK(BM_ScoreKeyToCommittedRow)->Unit(benchmark::kMillisecond);

// Writing a typed note: what the 300 ms delay ends in, and what flush() costs on question change.
void BM_NoteFlushToCommittedRow(benchmark::State& state)
{
    OpenInterview open;
    if (!open.ready) {
        state.SkipWithError("could not open an interview");
        return;
    }
    InterviewSession& session = *open.window.session();
    int n = 0;
    for (auto _ : state) {
        session.setNote(0, QStringLiteral("Evidence note, revision %1").arg(++n));
        session.flush();
    }
}
BENCHMARK(BM_NoteFlushToCommittedRow)->Unit(benchmark::kMillisecond);
