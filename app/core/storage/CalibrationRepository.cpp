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
    // All arithmetic in SQL: calibration reads every score there is, which may be millions. Each
    // interviewer's own figures come from one pass over the scores; the deviation from the panel
    // only from the candidates two interviewers or more have seen (the others have no panel to
    // differ from, and are most of a large database).
    //   deviation of a score s = s − mean of the others' scores for that candidate and question;
    //   summed per (interviewer, candidate, question) group of n own scores with total t, where
    //   the whole group has N scores with total T: t − n·(T − t)/(N − n), for N > n.
    Query q(
        m_database.connection(),
        QStringLiteral(
            "WITH visible AS (SELECT i.id, i.candidate_id, i.interviewer_id FROM interview i "
            "WHERE i.state = 'submitted' AND %1), "
            "totals AS (SELECT v.interviewer_id AS iv, count(*) AS cards, sum(p.n) AS scores, "
            "sum(p.total) AS total, sum(p.squares) AS squares FROM visible v LEFT JOIN (SELECT "
            "e.interview_id AS id, count(*) AS n, sum(e.score) AS total, sum(e.score * e.score) AS squares "
            "FROM scorecard_entry e WHERE e.status = 'scored' GROUP BY e.interview_id) AS p ON p.id = v.id "
            "GROUP BY v.interviewer_id), "
            "panels AS (SELECT candidate_id AS c FROM visible GROUP BY candidate_id "
            "HAVING min(interviewer_id) <> max(interviewer_id)), "
            // An interviewer who met the candidate twice is still one voice, not their own panel.
            "own AS (SELECT v.interviewer_id AS iv, v.candidate_id AS c, qv.question_id AS q, "
            "sum(e.score) AS total, count(*) AS n FROM panels JOIN visible v ON v.candidate_id = panels.c "
            "JOIN scorecard_entry e ON e.interview_id = v.id AND e.status = 'scored' "
            "JOIN question_version qv ON qv.id = e.question_version_id "
            "GROUP BY v.candidate_id, qv.question_id, v.interviewer_id), "
            "p AS (SELECT c, q, sum(total) AS total, sum(n) AS n FROM own GROUP BY c, q), "
            "dev AS (SELECT own.iv AS iv, sum(own.total - own.n * (p.total - own.total) * 1.0 / "
            "(p.n - own.n)) AS deviation, sum(own.n) AS comparisons FROM own JOIN p ON p.c = own.c "
            "AND p.q = own.q WHERE p.n > own.n GROUP BY own.iv) "
            "SELECT r.id, r.name, coalesce(totals.cards, 0), coalesce(totals.scores, 0), "
            "totals.total * 1.0 / nullif(totals.scores, 0), totals.squares * 1.0 / nullif(totals.scores, 0), "
            "dev.deviation / dev.comparisons, coalesce(dev.comparisons, 0) FROM interviewer r "
            "LEFT JOIN totals ON totals.iv = r.id LEFT JOIN dev ON dev.iv = r.id ORDER BY r.name")
            .arg(VisibilityPolicy::interviewVisibleSql(QStringLiteral("i"))));
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
