#include "SearchRepository.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowReader.h"
#include "storage/SqlDialect.h"
#include "storage/VisibilityPolicy.h"

#include <QHash>

#include <optional>

namespace ia {

QStringList SearchHit::kinds()
{
    return {QStringLiteral("note"), QStringLiteral("highlight"),       QStringLiteral("summary"),
            QStringLiteral("code"), QStringLiteral("candidate_notes"), QStringLiteral("cultural_fit")};
}

QString SearchHit::kindName() const
{
    if (kind == QLatin1String("note"))
        return SearchRepository::tr("Evidence note");
    if (kind == QLatin1String("highlight"))
        return SearchRepository::tr("Highlight");
    if (kind == QLatin1String("summary"))
        return SearchRepository::tr("Interview summary");
    if (kind == QLatin1String("code"))
        return SearchRepository::tr("Code answer");
    if (kind == QLatin1String("candidate_notes"))
        return SearchRepository::tr("Candidate notes");
    if (kind == QLatin1String("cultural_fit"))
        return SearchRepository::tr("Cultural-fit notes");
    return kind;
}

QString SearchHit::snippetHtml() const
{
    QString html = snippet.toHtmlEscaped();
    html.replace(QChar(1), QStringLiteral("<b>"));
    html.replace(QChar(2), QStringLiteral("</b>"));
    return html;
}

SearchRepository::SearchRepository(const Database& database)
    : m_database(database)
{}

QList<SearchHit> SearchRepository::search(const QString& text, const Viewer& viewer, int limit) const
{
    QList<SearchHit> hits;
    const QString expression = m_database.dialect().searchExpression(text);
    if (expression.isEmpty() || limit <= 0)
        return hits;
    // The best hits the viewer may see come from a window of the best matches, ranked in the index
    // alone; the names and titles are looked up for the hits shown. Blind scoring may hide hits in
    // the window, so a window that yields too few while more matches exist is widened. The order
    // (score, then doc) is total, so a wider window never reorders what a narrower one found.
    Query q(m_database.connection(),
            QStringLiteral(
                "SELECT s.kind, s.ref_id, s.candidate_id, c.name, s.interview_id, coalesce(iv.name, ''), "
                "coalesce(qv.title, ''), s.doc, s.score FROM ("
                "SELECT f.* FROM (%1) AS f LEFT JOIN interview i ON i.id = f.interview_id "
                "WHERE (f.interview_id IS NULL OR %2) ORDER BY f.score, f.doc LIMIT :limit) AS s "
                "JOIN candidate c ON c.id = s.candidate_id "
                "LEFT JOIN interview i ON i.id = s.interview_id "
                "LEFT JOIN interviewer iv ON iv.id = i.interviewer_id "
                "LEFT JOIN highlight h ON s.kind = 'highlight' AND h.id = s.ref_id "
                "LEFT JOIN code_answer ca ON s.kind = 'code' AND ca.id = s.ref_id "
                "LEFT JOIN scorecard_entry e ON e.id = CASE s.kind WHEN 'note' THEN s.ref_id "
                "WHEN 'highlight' THEN h.entry_id WHEN 'code' THEN ca.entry_id END "
                "LEFT JOIN question_version qv ON qv.id = e.question_version_id "
                "ORDER BY s.score, s.doc")
                .arg(m_database.dialect().searchQuery(),
                     VisibilityPolicy::evidenceVisibleSql(QStringLiteral("i"))));
    QList<qint64> docs;
    std::optional<qint64> matches;
    // Each widening ranks the matches again, so it grows fast.
    for (qint64 window = qint64(limit) * 4;; window *= 16) {
        hits.clear();
        docs.clear();
        q.bind(QStringLiteral(":query"), expression)
            .bind(QStringLiteral(":limit"), limit)
            .bind(QStringLiteral(":window"), window);
        VisibilityPolicy::bind(q, viewer);
        q.exec();
        while (q.next()) {
            const RowReader row(q, QStringLiteral("search_index"), 1);
            SearchHit hit;
            hit.kind = row.oneOf(0, SearchHit::kinds());
            hit.refId = row.id(1);
            hit.candidate = row.id(2);
            hit.candidateName = row.text(3);
            hit.interview = row.optionalId(4);
            hit.interviewerName = row.text(5);
            hit.questionTitle = row.text(6);
            docs.append(q.int64(7));
            hit.score = row.number(8, -1e300, 1e300);
            hits.append(hit);
        }
        if (hits.size() >= limit)
            break;
        if (!matches) {
            Query count(m_database.connection(), m_database.dialect().matchCountQuery());
            count.bind(QStringLiteral(":query"), expression);
            matches = count.scalar().toLongLong();
        }
        if (window >= *matches)
            break;
    }
    if (hits.isEmpty())
        return hits;
    // The snippets of the hits shown, and of nothing else.
    QHash<qint64, QString> snippets;
    {
        Query s(m_database.connection(), m_database.dialect().snippetQuery(int(docs.size())));
        s.bind(QStringLiteral(":query"), expression);
        for (int i = 0; i < docs.size(); ++i)
            s.bind(QStringLiteral(":doc%1").arg(i), docs.at(i));
        s.exec();
        while (s.next()) {
            const RowReader row(s, QStringLiteral("search_index"), 0);
            snippets.insert(s.int64(0), row.text(1));
        }
    }
    for (int i = 0; i < hits.size(); ++i)
        hits[i].snippet = snippets.value(docs.at(i));
    return hits;
}

} // namespace ia
