#include "CalibrationRepository.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Visibility.h"

#include <cmath>

namespace ia {

CalibrationRepository::CalibrationRepository(const Database& database)
    : m_database(database)
{}

QList<CalibrationRow> CalibrationRepository::rows(const Viewer& viewer) const
{
    // All arithmetic in SQL: calibration reads every score there is, which may be millions.
    Query q(
        m_database.connection(),
        QStringLiteral(
            "WITH visible AS (SELECT i.id, i.candidate_id, i.interviewer_id FROM interview i "
            "WHERE i.state = 'submitted' AND %1), "
            "s AS (SELECT v.interviewer_id AS iv, v.candidate_id AS c, qv.question_id AS q, e.score AS score "
            "FROM visible v JOIN scorecard_entry e ON e.interview_id = v.id AND e.status = 'scored' "
            "JOIN question_version qv ON qv.id = e.question_version_id), "
            "p AS (SELECT c, q, sum(score) AS total, count(*) AS n FROM s GROUP BY c, q), "
            // An interviewer who met the candidate twice is still one voice, not their own panel.
            "own AS (SELECT iv, c, q, sum(score) AS total, count(*) AS n FROM s GROUP BY iv, c, q), "
            "d AS (SELECT s.iv, s.score, CASE WHEN p.n > own.n THEN s.score - (p.total - own.total) * 1.0 / "
            "(p.n - own.n) END AS deviation FROM s JOIN p ON p.c = s.c AND p.q = s.q "
            "JOIN own ON own.iv = s.iv AND own.c = s.c AND own.q = s.q), "
            "agg AS (SELECT iv, count(*) AS scores, avg(score) AS mean, avg(score * score) AS square, "
            "avg(deviation) AS deviation, count(deviation) AS comparisons FROM d GROUP BY iv), "
            "cards AS (SELECT interviewer_id AS iv, count(*) AS n FROM visible GROUP BY interviewer_id) "
            "SELECT r.id, r.name, coalesce(cards.n, 0), coalesce(agg.scores, 0), agg.mean, agg.square, "
            "agg.deviation, coalesce(agg.comparisons, 0) FROM interviewer r "
            "LEFT JOIN cards ON cards.iv = r.id LEFT JOIN agg ON agg.iv = r.id ORDER BY r.name")
            .arg(Visibility::interviewVisible(QStringLiteral("i"))));
    Visibility::bind(q, viewer);
    q.exec();
    QList<CalibrationRow> result;
    while (q.next()) {
        CalibrationRow r;
        r.interviewer = q.int64(0);
        r.name = q.text(1);
        r.scorecards = q.integer(2);
        r.scores = q.integer(3);
        if (!q.isNull(4)) {
            const double mean = q.value(4).toDouble();
            r.mean = mean;
            r.spread = std::sqrt(std::max(0.0, q.value(5).toDouble() - mean * mean));
        }
        if (!q.isNull(6))
            r.deviation = q.value(6).toDouble();
        r.comparisons = q.integer(7);
        result.append(r);
    }
    return result;
}

} // namespace ia
