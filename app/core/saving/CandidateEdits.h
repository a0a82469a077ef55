#pragma once

#include "domain/Candidate.h"

namespace ia {

class Database;
class SaveQueue;

// The one save path of a candidate's profile, for every editor of it (the candidates page, the
// interview screen): each field that differs between the editor's copy and the edited one is
// posted on its own key ("candidate/7/email"), so a stale copy of one field is never written over
// a newer one made elsewhere, and a field edited twice is written once.
namespace CandidateEdits {

void post(SaveQueue& queue, const Database& database, const Candidate& before, const Candidate& after);
QString keyPrefix(CandidateId candidate); // "candidate/7/"

} // namespace CandidateEdits

} // namespace ia
