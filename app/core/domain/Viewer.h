#pragma once

#include "domain/Ids.h"

namespace ia {

// Who is looking, for blind scoring. An interviewer who still has an unsubmitted scorecard for a
// candidate must not see the rest of the panel's scores, notes or recommendations for that
// candidate. A manager sees everything. Without an identity there is nobody to blind.
struct Viewer
{
    InterviewerId interviewer = 0;
    bool manager = true;

    static Viewer everything() { return Viewer{0, true}; }
    static Viewer interviewerOnly(InterviewerId id) { return Viewer{id, false}; }
};

} // namespace ia
