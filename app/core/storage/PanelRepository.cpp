#include "PanelRepository.h"

#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/Query.h"
#include "storage/RowReader.h"
#include "storage/VisibilityPolicy.h"

#include <QHash>
#include <QSet>

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

void PanelRepository::forEachPanelOfRole(const QString& role, const QList<CandidateId>& only,
                                         const Viewer& viewer, const RolePanel& each) const
{
    // A short list is bound into the queries; a long one is read with the whole role and skipped
    // over (SQLite takes a limited number of values per statement).
    constexpr int boundCandidates = 500;
    const bool bound = !only.isEmpty() && only.size() <= boundCandidates;
    const QSet<CandidateId> wanted(only.cbegin(), only.cend());
    QString chosen;
    if (bound) {
        QStringList placeholders;
        for (int i = 0; i < only.size(); ++i)
            placeholders << QStringLiteral(":only%1").arg(i);
        chosen = QStringLiteral(" AND c.id IN (%1)").arg(placeholders.join(QStringLiteral(", ")));
    }
    const auto bindChosen = [&](Query& q) {
        q.bind(QStringLiteral(":role"), role);
        VisibilityPolicy::bind(q, viewer);
        if (bound) {
            for (int i = 0; i < only.size(); ++i)
                q.bind(QStringLiteral(":only%1").arg(i), only.at(i));
        }
    };
    // Qt's driver turns every column of every row into a value, so the rows of scores carry numbers
    // only; the texts (names, titles, categories) come once each from small queries beside them.
    const QSqlDatabase db = m_database.connection();
    // The submitted interviews of the role's candidates whose panel the viewer may see.
    const QString from = QStringLiteral(
        "FROM candidate c JOIN interview i ON i.candidate_id = c.id AND i.state = 'submitted'");
    const QString where = QStringLiteral(" WHERE c.role = :role AND %1%2")
                              .arg(VisibilityPolicy::panelVisibleSql(QStringLiteral("c.id")), chosen);
    struct Card
    {
        QString interviewer;
        std::optional<Recommendation> recommendation;
    };
    QHash<InterviewId, Card> cards;
    {
        Query q(db, QStringLiteral("SELECT i.id, iv.name, i.recommendation ") + from +
                        QStringLiteral(" JOIN interviewer iv ON iv.id = i.interviewer_id") + where);
        bindChosen(q);
        q.exec();
        while (q.next()) {
            const RowReader row(q, QStringLiteral("interview"), 0);
            cards.insert(row.id(0),
                         Card{row.text(1), row.optionalKey<Recommendation>(2, recommendationFromKey)});
        }
    }
    struct Asked
    {
        QuestionId question = 0;
        QString title;
        QString category;
    };
    QHash<QuestionVersionId, Asked> versions;
    {
        Query q(db, QStringLiteral("SELECT id, question_id, title, category FROM question_version"));
        q.exec();
        while (q.next()) {
            const RowReader row(q, QStringLiteral("question_version"), 0);
            versions.insert(row.id(0), Asked{row.id(1), row.text(2), row.text(3)});
        }
    }
    // Status as a number: 2 scored, 1 skipped, 0 not asked, -1 a key the app never writes.
    Query entries(db,
                  QStringLiteral("SELECT i.candidate_id, i.id, CASE e.status WHEN 'scored' THEN 2 WHEN "
                                 "'skipped' THEN 1 WHEN 'not_asked' THEN 0 ELSE -1 END, e.score, e.weight, "
                                 "e.question_version_id ") +
                      from + QStringLiteral(" JOIN scorecard_entry e ON e.interview_id = i.id") + where +
                      QStringLiteral(" ORDER BY c.name, c.id, coalesce(i.started_at, i.created_at), i.id, "
                                     "e.position"));
    bindChosen(entries);
    entries.exec();
    bool pending = entries.next();

    Query candidates(db, QStringLiteral("SELECT c.id, c.name, %1 FROM candidate c WHERE c.role = :role%2 "
                                        "ORDER BY c.name, c.id")
                             .arg(VisibilityPolicy::panelVisibleSql(QStringLiteral("c.id")), chosen));
    bindChosen(candidates);
    candidates.exec();
    QList<Scorecard> panel;
    while (candidates.next()) {
        const RowReader candidateRow(candidates, QStringLiteral("candidate"), 0);
        const CandidateId candidate = candidateRow.id(0);
        const QString name = candidateRow.text(1);
        const bool visible = candidateRow.flag(2);
        panel.clear();
        // The entries come in the same order as the candidates: this candidate's are next.
        while (pending && entries.int64(0) == candidate) {
            const RowReader row(entries, QStringLiteral("scorecard_entry"), 1);
            const InterviewId interview = row.id(1);
            if (panel.isEmpty() || panel.last().interview.id != interview) {
                Scorecard card;
                card.interview.id = interview;
                card.interview.candidateId = candidate;
                card.interview.candidateName = name;
                card.interview.state = InterviewState::Submitted;
                const Card known = cards.value(interview);
                card.interview.interviewerName = known.interviewer;
                card.interview.recommendation = known.recommendation;
                panel.append(std::move(card));
            }
            ScorecardEntry e;
            e.interviewId = interview;
            const qint64 status = row.integer(2, -1, 2);
            if (status < 0)
                row.fail(2, tr("an unknown status"));
            e.status = status == 2   ? EntryStatus::Scored
                       : status == 1 ? EntryStatus::Skipped
                                     : EntryStatus::NotAsked;
            e.score = row.optionalScore(3);
            if ((e.status == EntryStatus::Scored) != e.score.has_value())
                row.failRow(
                    tr("status \"%1\" with score \"%2\"").arg(toKey(e.status), entries.value(3).toString()));
            e.weight = row.number(4, 0, 1'000);
            const auto asked = versions.constFind(row.id(5));
            if (asked == versions.constEnd())
                row.fail(5, tr("a question version that does not exist"));
            e.question.id = asked->question;
            e.question.title = asked->title;
            e.question.category = asked->category;
            panel.last().entries.append(std::move(e));
            pending = entries.next();
        }
        if (wanted.isEmpty() || wanted.contains(candidate))
            each(candidate, name, visible, visible ? panel : QList<Scorecard>{});
    }
}

QList<PanelRepository::Debrief> PanelRepository::debriefs(const Viewer& viewer) const
{
    Query q(m_database.connection(),
            QStringLiteral("SELECT c.id, c.name, max(i.started_at) FROM candidate c JOIN interview i ON "
                           "i.candidate_id = c.id AND i.state = 'submitted' WHERE ") +
                VisibilityPolicy::panelVisibleSql(QStringLiteral("c.id")) +
                QStringLiteral(" GROUP BY c.id ORDER BY c.name, c.id"));
    VisibilityPolicy::bind(q, viewer);
    q.exec();
    QList<Debrief> result;
    while (q.next()) {
        const RowReader row(q, QStringLiteral("candidate"), 0);
        result.append(Debrief{row.id(0), row.text(1), row.time(2)});
    }
    return result;
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
            QStringLiteral("SELECT id FROM candidate WHERE role = :role ORDER BY id DESC LIMIT :limit"));
    q.bind(QStringLiteral(":role"), role).bind(QStringLiteral(":limit"), limit).exec();
    QList<CandidateId> result;
    while (q.next())
        result.append(q.int64(0));
    return result;
}

} // namespace ia
