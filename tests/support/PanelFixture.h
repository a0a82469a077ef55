#pragma once

#include "domain/Kit.h"
#include "domain/Recommendation.h"
#include "domain/Viewer.h"
#include "storage/Database.h"
#include "support/TestFiles.h"
#include "support/TestStore.h"

#include <optional>

namespace ia::test {

// A small panel worked out by hand (the desk tests spell out the arithmetic). Kit "R kit": q1 and
// q2 in Fundamentals (weight 1), q3 Practical (weight 2). Candidates Xavier (X) and Yolanda (Y)
// for role R; Ann and Bob interviewed both, Cy only X, and Cy's interview with Y has not happened
// yet, so blind scoring hides Y's panel from Cy.
//   X: Ann 4 3 4 (Strong Yes), Bob 2 1 3 (No), Cy 3 skip 4 (Yes)
//   Y: Ann 4 4 3 (Yes),        Bob 2 2 3 (No)
// Notes mention "asyncio" (twice in Bob's on X) and "zanzibar" (Ann's on Y).
struct PanelFixture
{
    // A file, or a database on the team server when the suite runs against one.
    TestStore store{QStringLiteral("panel.sqlite")};
    const TestDir& dir = store.dir();
    Database db{store.location()};
    Kit kit;
    CandidateId x = 0;
    CandidateId y = 0;
    InterviewerId ann = 0;
    InterviewerId bob = 0;
    InterviewerId cy = 0;

    PanelFixture();
    // Set for the fixture's database, so tests can unlock manager mode and erase.
    static QString managerPassphrase() { return QStringLiteral("fixture-manager"); }
    Viewer asCy() const { return Viewer::interviewerOnly(cy); }
    // A submitted scorecard: the scores in kit order (nullopt skips) and the note on every question.
    InterviewId submitted(CandidateId candidate, InterviewerId interviewer,
                          const QList<std::optional<int>>& scores, Recommendation recommendation,
                          const QString& note);

private:
    CandidateId candidate(const QString& name);
};

} // namespace ia::test
