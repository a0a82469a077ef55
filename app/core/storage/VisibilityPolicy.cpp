#include "VisibilityPolicy.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"

namespace ia {

VisibilityPolicy::VisibilityPolicy(const Database& database, const Viewer& viewer)
    : m_database(database)
    , m_viewer(viewer)
{}

QString VisibilityPolicy::panelVisibleSql(const QString& candidateId)
{
    // :viewer is 0 for nobody, which no interview has, so nobody sees no panel.
    return QStringLiteral(
               "(:manager = 1 OR (EXISTS (SELECT 1 FROM interview mine WHERE mine.candidate_id = %1 AND "
               "mine.interviewer_id = :viewer AND mine.state = 'submitted') AND NOT EXISTS (SELECT 1 FROM "
               "interview mine WHERE mine.candidate_id = %1 AND mine.interviewer_id = :viewer AND "
               "mine.state <> 'submitted')))")
        .arg(candidateId);
}

QString VisibilityPolicy::ownInterviewSql(const QString& interview)
{
    return QStringLiteral("(%1.interviewer_id = :viewer AND :viewer <> 0)").arg(interview);
}

namespace {

QString panelOf(const QString& interview, VisibilityPolicy::PanelCheck panel)
{
    const QString candidate = interview + QStringLiteral(".candidate_id");
    // The function answers for a manager too, but as a call per row: at a role's 250,000 panels
    // and their 3.75 million scores, minutes. Asked first, the manager's answer is one value per
    // statement (see onServer) and the call is never made.
    return panel == VisibilityPolicy::PanelCheck::Inline
               ? VisibilityPolicy::panelVisibleSql(candidate)
               : QStringLiteral("(:manager = 1 OR ia_panel_visible(%1))").arg(candidate);
}

} // namespace

QString VisibilityPolicy::interviewVisibleSql(const QString& interview, PanelCheck panel)
{
    return QStringLiteral("(%1 OR %2)").arg(ownInterviewSql(interview), panelOf(interview, panel));
}

QString VisibilityPolicy::evidenceVisibleSql(const QString& interview, PanelCheck panel)
{
    // (submitted or own) and (own or panel visible), with "own" asked once, and written first:
    // an interviewer writing their own scorecard on a team server is usually answered without the
    // panel's function (PostgreSQL does not promise the order, but keeps it in practice).
    return QStringLiteral("(%1 OR (%2.state = 'submitted' AND %3))")
        .arg(ownInterviewSql(interview), interview, panelOf(interview, panel));
}

QString VisibilityPolicy::onServer(const QString& condition)
{
    // As scalar subqueries: PostgreSQL runs each once per statement (an InitPlan), not once per
    // row, which at a million candidates is the difference between milliseconds and seconds.
    QString sql = condition;
    sql.replace(QStringLiteral(":viewer"), QStringLiteral("(SELECT ia_me())"));
    sql.replace(QStringLiteral(":manager"), QStringLiteral("(SELECT ia_manager())"));
    return sql;
}

void VisibilityPolicy::bind(Query& query, const Viewer& viewer)
{
    query.bind(QStringLiteral(":viewer"), viewer.interviewer);
    query.bind(QStringLiteral(":manager"), viewer.manager ? 1 : 0);
}

bool VisibilityPolicy::panelVisible(CandidateId candidate) const noexcept
{
    if (m_viewer.manager)
        return true;
    try {
        Query q(m_database.connection(),
                QStringLiteral("SELECT ") + panelVisibleSql(QStringLiteral(":candidate")));
        q.bind(QStringLiteral(":candidate"), candidate);
        bind(q, m_viewer);
        return q.scalar().toInt() != 0;
    } catch (...) {
        return false;
    }
}

bool VisibilityPolicy::mayOpen(const Interview& interview) const noexcept
{
    // The evidence rule itself, on this one row: what search and the panel views show is exactly
    // what may be opened and exported.
    try {
        Query q(m_database.connection(),
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM interview i WHERE i.id = "
                               ":interview AND ") +
                    evidenceVisibleSql(QStringLiteral("i")) + QStringLiteral(")"));
        q.bind(QStringLiteral(":interview"), interview.id);
        bind(q, m_viewer);
        return q.scalar().toInt() != 0;
    } catch (...) {
        return false;
    }
}

bool VisibilityPolicy::mayEdit(const Interview& interview) const noexcept
{
    return m_viewer.interviewer != 0 && interview.interviewerId == m_viewer.interviewer;
}

void VisibilityPolicy::requirePanelVisible(CandidateId candidate, const QString& candidateName) const
{
    if (panelVisible(candidate))
        return;
    throw StorageError(StorageError::Kind::Denied,
                       tr("Blind scoring: the panel's scores and notes for %1 stay hidden until you have "
                          "submitted your own scorecard for them.")
                           .arg(candidateName));
}

void VisibilityPolicy::requireMayOpen(const Interview& interview) const
{
    if (mayOpen(interview))
        return;
    throw StorageError(StorageError::Kind::Denied,
                       tr("Blind scoring: submit your own scorecard for %1 before you open %2's.")
                           .arg(interview.candidateName, interview.interviewerName));
}

void VisibilityPolicy::requireMayErase() const
{
    if (mayErase())
        return;
    throw StorageError(StorageError::Kind::Denied,
                       tr("Only a manager may erase a candidate; unlock manager mode with its passphrase."));
}

} // namespace ia
