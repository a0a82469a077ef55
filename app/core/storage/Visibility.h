#pragma once

#include "domain/Viewer.h"

#include <QString>

namespace ia {

class Query;

// The one place that decides what blind scoring hides, as SQL every query of the desk includes.
// The conditions use the placeholders :viewer and :manager; bind() fills them.
namespace Visibility {

// True when the interview aliased `interview` may be shown: the viewer is a manager, or it is
// their own interview, or they have nothing unsubmitted with that candidate.
QString interviewVisible(const QString& interview);
// True when the notes, highlights and code of the interview aliased `interview` may be shown: as
// interviewVisible, and the scorecard is submitted or the viewer's own (a colleague's draft is
// theirs until they submit it; every panel view shows submitted scorecards only).
QString evidenceVisible(const QString& interview);
// True when the viewer is blinded for the candidate whose id is the SQL expression `candidateId`.
QString candidateBlinded(const QString& candidateId);
void bind(Query& query, const Viewer& viewer);

} // namespace Visibility

} // namespace ia
