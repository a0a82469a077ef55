#pragma once

#include "domain/Interview.h"
#include "domain/Viewer.h"

#include <QCoreApplication>
#include <QString>

namespace ia {

class Database;
class Query;

// Blind scoring, decided here and nowhere else: you see the panel's scores, notes and
// recommendations for a candidate once you have submitted your own scorecard for them (and have
// none of theirs still to do), or as a manager. Your own interviews are always yours to see. Every
// query of the desk includes the SQL below; every other question goes through the methods. It
// fails closed: nobody, an interviewer without an interview, or an error while deciding sees
// nothing.
class VisibilityPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ia::VisibilityPolicy)

public:
    VisibilityPolicy(const Database& database, const Viewer& viewer);

    const Viewer& viewer() const { return m_viewer; }

    // How the conditions below check a candidate's panel: inline, or (in a team server's policy on
    // the interview table, which may not read itself) through the server's function
    // ia_panel_visible, whose body is panelVisibleSql.
    enum class PanelCheck
    {
        Inline,
        ServerFunction
    };

    // SQL conditions over the placeholders :viewer and :manager (bind() fills them).
    // True when the viewer may see the panel of the candidate whose id is the expression.
    static QString panelVisibleSql(const QString& candidateId);
    // True when the interview aliased `interview` is the viewer's own.
    static QString ownInterviewSql(const QString& interview);
    // True when the interview aliased `interview` may be shown: the viewer's own, or its panel
    // visible.
    static QString interviewVisibleSql(const QString& interview, PanelCheck panel = PanelCheck::Inline);
    // True when its notes, highlights and code may be shown: as interviewVisibleSql, and submitted
    // or the viewer's own (a colleague's draft is theirs until they submit it).
    static QString evidenceVisibleSql(const QString& interview, PanelCheck panel = PanelCheck::Inline);
    static void bind(Query& query, const Viewer& viewer);
    // A condition above with who is looking taken from the team server's login (the functions
    // ia_me() and ia_manager() of ServerAccess) instead of placeholders: the server's row-level
    // security is these very rules, not a copy of them.
    static QString onServer(const QString& condition);

    // Whether the viewer may see the candidate's panel; false on any error.
    bool panelVisible(CandidateId candidate) const noexcept;
    // Whether the viewer may open (read) this interview: the evidence rule on its row (your own,
    // or a submitted one whose panel you may see); false on any error.
    bool mayOpen(const Interview& interview) const noexcept;
    // Whether the viewer may change it: a scorecard is its interviewer's, even to a manager.
    bool mayEdit(const Interview& interview) const noexcept;
    // Whether anything at all can be hidden from this viewer (a manager sees all).
    bool blindsAnything() const { return !m_viewer.manager; }
    // Erasing a person is a manager's decision.
    bool mayErase() const { return m_viewer.manager; }

    // Throw Denied with a message naming the candidate when the answer is no.
    void requirePanelVisible(CandidateId candidate, const QString& candidateName) const;
    void requireMayOpen(const Interview& interview) const;
    void requireMayErase() const;

private:
    const Database& m_database;
    Viewer m_viewer;
};

} // namespace ia
