#pragma once

#include "domain/Scorecard.h"
#include "domain/Viewer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace ia {

class Database;

// The submitted scorecards a viewer may see: what every panel view, comparison and packet is built
// from. Blind scoring is applied here, in the query, not in the widgets.
class PanelRepository
{
    Q_DECLARE_TR_FUNCTIONS(ia::PanelRepository)

public:
    explicit PanelRepository(const Database& database);

    // Submitted scorecards of a candidate, oldest first, without those the viewer may not see yet.
    QList<Scorecard> visibleScorecards(CandidateId candidate, const Viewer& viewer) const;
    // Every candidate of a role, by name, with the submitted scorecards the viewer may see, for a
    // comparison: one query for the whole role, carrying only what a panel summary reads (no notes,
    // highlights or code), handed over one candidate at a time so memory does not grow with the
    // role. visible says whether the viewer may see the candidate's panel at all.
    using RolePanel = std::function<void(CandidateId candidate, const QString& name, bool visible,
                                         const QList<Scorecard>& scorecards)>;
    // Only the candidates listed, when any are (a handful ticked on the compare page need not cost a
    // reading of the whole role).
    void forEachPanelOfRole(const QString& role, const QList<CandidateId>& only, const Viewer& viewer,
                            const RolePanel& each) const;
    // The candidates with a debrief to write for the viewer: a submitted interview, a panel the
    // viewer may see, and the day of the latest interview (for the file name); by name. One query,
    // however many candidates there are.
    struct Debrief
    {
        CandidateId candidate = 0;
        QString name;
        QDateTime latestStart; // invalid when no submitted interview records its start
    };
    QList<Debrief> debriefs(const Viewer& viewer) const;
    // How many candidates are hidden that way (for the "N candidates hidden" note).
    int blindedCandidates(const Viewer& viewer) const;
    // The roles candidates applied for, for choosing a comparison.
    QStringList roles() const;
    // Candidates of a role, by name: (id, name).
    QList<std::pair<CandidateId, QString>> candidatesForRole(const QString& role) const;
    // The role's most recently added candidates, newest first (by the record, never by scores,
    // which blind scoring may hide). Ids only grow, so this is a walk back along the (role, id)
    // index; the time of a record's last change has no index, and sorting a role of 250,000 by it
    // would cost a server a noticeable part of a second on every choice of role.
    QList<CandidateId> recentCandidatesForRole(const QString& role, int limit) const;

private:
    const Database& m_database;
};

} // namespace ia
