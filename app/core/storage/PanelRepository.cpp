#include "PanelRepository.h"

#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/Query.h"
#include "storage/VisibilityPolicy.h"

namespace ia {

PanelRepository::PanelRepository(const Database& database)
    : m_database(database)
{}

QList<Scorecard> PanelRepository::visibleScorecards(CandidateId candidate, const Viewer& viewer) const
{
    QList<InterviewId> ids;
    {
        Query q(
            m_database.connection(),
            QStringLiteral(
                "SELECT i.id FROM interview i WHERE i.candidate_id = :candidate AND i.state = 'submitted' "
                "AND ") +
                VisibilityPolicy::interviewVisibleSql(QStringLiteral("i")) +
                QStringLiteral(" ORDER BY coalesce(i.started_at, i.created_at), i.id"));
        q.bind(QStringLiteral(":candidate"), candidate);
        VisibilityPolicy::bind(q, viewer);
        q.exec();
        while (q.next())
            ids.append(q.int64(0));
    }
    const InterviewRepository interviews(m_database);
    QList<Scorecard> cards;
    for (InterviewId id : std::as_const(ids)) {
        if (std::optional<Scorecard> card = interviews.scorecard(id))
            cards.append(*card);
    }
    return cards;
}

int PanelRepository::blindedCandidates(const Viewer& viewer) const
{
    Query q(m_database.connection(), QStringLiteral("SELECT count(*) FROM candidate c WHERE NOT ") +
                                         VisibilityPolicy::panelVisibleSql(QStringLiteral("c.id")));
    VisibilityPolicy::bind(q, viewer);
    return q.scalar().toInt();
}

QStringList PanelRepository::roles() const
{
    Query q(m_database.connection(),
            QStringLiteral("SELECT DISTINCT role FROM candidate WHERE role <> '' ORDER BY role"));
    q.exec();
    QStringList result;
    while (q.next())
        result.append(q.text(0));
    return result;
}

QList<std::pair<CandidateId, QString>> PanelRepository::candidatesForRole(const QString& role) const
{
    Query q(m_database.connection(),
            QStringLiteral("SELECT id, name FROM candidate WHERE role = :role ORDER BY name, id"));
    q.bind(QStringLiteral(":role"), role).exec();
    QList<std::pair<CandidateId, QString>> result;
    while (q.next())
        result.append({q.int64(0), q.text(1)});
    return result;
}

QList<CandidateId> PanelRepository::recentCandidatesForRole(const QString& role, int limit) const
{
    Query q(m_database.connection(),
            QStringLiteral("SELECT id FROM candidate WHERE role = :role ORDER BY updated_at DESC, id DESC "
                           "LIMIT :limit"));
    q.bind(QStringLiteral(":role"), role).bind(QStringLiteral(":limit"), limit).exec();
    QList<CandidateId> result;
    while (q.next())
        result.append(q.int64(0));
    return result;
}

} // namespace ia
