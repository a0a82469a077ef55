#pragma once

#include "domain/Scorecard.h"
#include "domain/Viewer.h"

#include <QList>
#include <QString>

namespace ia {

class Database;

// The submitted scorecards a viewer may see: what every panel view, comparison and packet is built
// from. Blind scoring is applied here, in the query, not in the widgets.
class PanelRepository
{
public:
    explicit PanelRepository(const Database& database);

    // Submitted scorecards of a candidate, oldest first, without those the viewer may not see yet.
    QList<Scorecard> visibleScorecards(CandidateId candidate, const Viewer& viewer) const;
    // How many candidates are hidden that way (for the "N candidates hidden" note).
    int blindedCandidates(const Viewer& viewer) const;
    // The roles candidates applied for, for choosing a comparison.
    QStringList roles() const;
    // Candidates of a role, by name: (id, name).
    QList<std::pair<CandidateId, QString>> candidatesForRole(const QString& role) const;
    // The role's most recently changed candidates, newest first (by the record, never by scores,
    // which blind scoring may hide).
    QList<CandidateId> recentCandidatesForRole(const QString& role, int limit) const;

private:
    const Database& m_database;
};

} // namespace ia
