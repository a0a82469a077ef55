#pragma once

#include "domain/Ids.h"

namespace ia {

// Who is looking, for blind scoring (the rule itself is VisibilityPolicy's). Fails closed: the
// default viewer is nobody, who sees no panel at all. A manager sees everything; in the app and the
// CLI only ManagerPassphrase hands that viewer out, after the passphrase.
struct Viewer
{
    InterviewerId interviewer = 0; // 0: not a known interviewer
    bool manager = false;

    static Viewer nobody() { return Viewer{}; }
    static Viewer interviewerOnly(InterviewerId id) { return Viewer{id, false}; }
    static Viewer asManager() { return Viewer{0, true}; }
};

} // namespace ia
