#include "PanelRepository.h"

#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/Query.h"
#include "storage/RowReader.h"
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

void PanelRepository::forEachPanelOfRole(const QString& role, const Viewer& viewer, const RolePanel& each) const
{
    Query q(m_database.connection(),
            QStringLiteral(
                "SELECT c.id, c.name, %1, i.id, iv.name, i.recommendation, e.status, e.score, e.weight, "
                "qv.question_id, qv.title, qv.category FROM candidate c "
                "LEFT JOIN interview i ON i.candidate_id = c.id AND i.state = 'submitted' AND %2 "
                "LEFT JOIN interviewer iv ON iv.id = i.interviewer_id "
                "LEFT JOIN scorecard_entry e ON e.interview_id = i.id "
                "LEFT JOIN question_version qv ON qv.id = e.question_version_id "
                "WHERE c.role = :role "
                "ORDER BY c.name, c.id, coalesce(i.started_at, i.created_at), i.id, e.position")
                .arg(VisibilityPolicy::panelVisibleSql(QStringLiteral("c.id")),
                     VisibilityPolicy::interviewVisibleSql(QStringLiteral("i"))));
    q.bind(QStringLiteral(":role"), role);
    VisibilityPolicy::bind(q, viewer);
    q.exec();
    CandidateId candidate = 0;
    QString name;
    bool visible = false;
    QList<Scorecard> cards;
    const auto handOver = [&] {
        if (candidate != 0)
            each(candidate, name, visible, visible ? cards : QList<Scorecard>{});
        cards.clear();
    };
    while (q.next()) {
        const RowReader row(q, QStringLiteral("candidate"), 0);
        const CandidateId id = row.id(0);
        if (id != candidate) {
            handOver();
            candidate = id;
            name = row.text(1);
            visible = row.flag(2);
        }
        if (!visible || q.isNull(3))
            continue;
        const InterviewId interview = row.id(3);
        if (cards.isEmpty() || cards.last().interview.id != interview) {
            Scorecard card;
            card.interview.id = interview;
            card.interview.candidateId = candidate;
            card.interview.candidateName = name;
            card.interview.state = InterviewState::Submitted;
            card.interview.interviewerName = row.text(4);
            card.interview.recommendation = row.optionalKey<Recommendation>(5, recommendationFromKey);
            cards.append(card);
        }
        if (q.isNull(6))
            continue; // a scorecard without entries
        const RowReader entryRow(q, QStringLiteral("scorecard_entry"), QString::number(interview));
        ScorecardEntry e;
        e.interviewId = interview;
        e.status = entryRow.key<EntryStatus>(6, entryStatusFromKey);
        e.score = entryRow.optionalScore(7);
        if ((e.status == EntryStatus::Scored) != e.score.has_value())
            entryRow.failRow(QStringLiteral("status \"%1\" with score \"%2\"").arg(toKey(e.status), q.value(7).toString()));
        e.weight = entryRow.number(8, 0, 1'000);
        e.question.id = entryRow.id(9);
        e.question.title = entryRow.text(10);
        e.question.category = entryRow.text(11);
        cards.last().entries.append(e);
    }
    handOver();
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
