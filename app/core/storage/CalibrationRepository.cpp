#include "CalibrationRepository.h"

#include "domain/Rubric.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowReader.h"
#include "storage/VisibilityPolicy.h"

#include <cmath>

namespace ia {

CalibrationRepository::CalibrationRepository(const Database& database)
    : m_database(database)
{}

QList<CalibrationRow> CalibrationRepository::rows(const Viewer& viewer) const
{
    // Each scorecard's totals and each panel's deviations are kept as scorecards are submitted
    // (scorecard_total and panel_deviation, with the formula, in Schema.cpp), so this reads one row
    // per scorecard and per panel member instead of every score. Blind scoring applies here: a
    // scorecard counts when the viewer may see it, and a panel's deviations when they may see that
    // panel (with it hidden, the viewer sees only their own scorecards, which have no panel to
    // differ from).
    Query q(
        m_database.connection(),
        QStringLiteral(
            "WITH totals AS (SELECT i.interviewer_id AS iv, count(*) AS cards, sum(t.scored) AS scores, "
            "sum(t.total) AS total, sum(t.squares) AS squares FROM interview i JOIN scorecard_total t ON "
            "t.interview_id = i.id WHERE i.state = 'submitted' AND %1 GROUP BY i.interviewer_id), "
            "dev AS (SELECT d.interviewer_id AS iv, sum(d.deviation) AS deviation, sum(d.comparisons) AS "
            "comparisons FROM panel_deviation d WHERE %2 GROUP BY d.interviewer_id) "
            "SELECT r.id, r.name, coalesce(totals.cards, 0), coalesce(totals.scores, 0), "
            "totals.total * 1.0 / nullif(totals.scores, 0), totals.squares * 1.0 / nullif(totals.scores, 0), "
            "dev.deviation / dev.comparisons, coalesce(dev.comparisons, 0) FROM interviewer r "
            "LEFT JOIN totals ON totals.iv = r.id LEFT JOIN dev ON dev.iv = r.id ORDER BY r.name")
            .arg(VisibilityPolicy::interviewVisibleSql(QStringLiteral("i")),
                 VisibilityPolicy::panelVisibleSql(QStringLiteral("d.candidate_id"))));
    VisibilityPolicy::bind(q, viewer);
    q.exec();
    QList<CalibrationRow> result;
    while (q.next()) {
        const RowReader row(q, QStringLiteral("interviewer"), 0);
        CalibrationRow r;
        r.interviewer = row.id(0);
        r.name = row.text(1);
        r.scorecards = row.count(2);
        r.scores = row.count(3);
        // Means of scores the rows below have already checked to be 1..4; a value outside that
        // range means a score in the file is not one the app wrote.
        if (const std::optional<double> mean = row.optionalNumber(4, Rubric::minScore, Rubric::maxScore)) {
            r.mean = mean;
            const double square = row.number(5, 1, 16);
            r.spread = std::sqrt(std::max(0.0, square - *mean * *mean));
        }
        r.deviation =
            row.optionalNumber(6, Rubric::minScore - Rubric::maxScore, Rubric::maxScore - Rubric::minScore);
        r.comparisons = row.count(7);
        result.append(r);
    }
    return result;
}

QList<CalibrationDetail> CalibrationRepository::details(InterviewerId interviewer, const Viewer& viewer) const
{
    // The same visible scores and the same "others" as rows(), kept apart per candidate and question.
    Query q(m_database.connection(),
            QStringLiteral(
                "WITH visible AS (SELECT i.id, i.candidate_id, i.interviewer_id FROM interview i "
                "WHERE i.state = 'submitted' AND %1), "
                "s AS (SELECT v.interviewer_id AS iv, v.candidate_id AS c, qv.question_id AS q, e.score AS "
                "score, e.position AS pos FROM visible v JOIN scorecard_entry e ON e.interview_id = v.id "
                "AND e.status = 'scored' JOIN question_version qv ON qv.id = e.question_version_id), "
                "p AS (SELECT c, q, sum(score) AS total, count(*) AS n FROM s GROUP BY c, q), "
                "own AS (SELECT c, q, sum(score) AS total, count(*) AS n, min(pos) AS pos FROM s "
                "WHERE iv = :interviewer GROUP BY c, q) "
                "SELECT own.c, cand.name, own.q, (SELECT title FROM question_version WHERE question_id = "
                "own.q ORDER BY version DESC LIMIT 1), own.total * 1.0 / own.n, CASE WHEN p.n > own.n "
                "THEN (p.total - own.total) * 1.0 / (p.n - own.n) END, p.n - own.n FROM own "
                "JOIN p ON p.c = own.c AND p.q = own.q JOIN candidate cand ON cand.id = own.c "
                "ORDER BY cand.name, own.c, own.pos, own.q")
                .arg(VisibilityPolicy::interviewVisibleSql(QStringLiteral("i"))));
    VisibilityPolicy::bind(q, viewer);
    q.bind(QStringLiteral(":interviewer"), interviewer);
    q.exec();
    QList<CalibrationDetail> result;
    while (q.next()) {
        const RowReader row(q, QStringLiteral("scorecard_entry"), 0);
        CalibrationDetail d;
        d.candidate = row.id(0);
        d.candidateName = row.text(1);
        d.question = row.id(2);
        d.questionTitle = row.text(3);
        d.score = row.number(4, Rubric::minScore, Rubric::maxScore);
        d.panelMean = row.optionalNumber(5, Rubric::minScore, Rubric::maxScore);
        d.panelScores = row.count(6);
        result.append(d);
    }
    return result;
}

} // namespace ia
