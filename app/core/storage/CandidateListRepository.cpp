#include "CandidateListRepository.h"

#include "domain/Rubric.h"
#include "storage/CandidateFilterText.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowReader.h"
#include "storage/VisibilityPolicy.h"

#include <algorithm>
#include <limits>

namespace ia {

namespace {

// LIKE with the user's word taken literally: %, _ and \ escaped.
QString likePattern(const QString& word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// filter_text holds name, role, e-mail and tags, folded (see CandidateFilterText); every word of the
// filter must occur in it or in the displayed name of the candidate's status ("offer" finds the
// candidates with an offer). Status names are translated, so which statuses a word names is worked
// out here and bound as stored keys. The placeholders are numbered here; the words are bound.
struct Filter
{
    QStringList words;
    QList<QStringList> statusKeys; // per word: the keys of the statuses it names
    std::optional<CandidateStatus> status;

    explicit Filter(const CandidateFilter& filter)
        : words(CandidateFilterText::words(filter.text))
        , status(filter.status)
    {
        for (const QString& word : std::as_const(words)) {
            QStringList keys;
            // A word names a status when it begins one of the status name's words and has three
            // letters or more: "off" and "offer" find Offer, while the "ed" of a name or a tag
            // does not bring in Hired, Rejected and Withdrawn.
            if (word.size() >= 3) {
                for (const CandidateStatus s : allCandidateStatuses()) {
                    const QStringList nameWords = CandidateFilterText::words(displayName(s));
                    if (std::any_of(nameWords.cbegin(), nameWords.cend(),
                                    [&word](const QString& w) { return w.startsWith(word); }))
                        keys << toKey(s);
                }
            }
            statusKeys << keys;
        }
    }
    // Whether the clause reads c.status, so the candidate table must be joined.
    bool needsCandidate() const
    {
        return status.has_value() || std::any_of(statusKeys.cbegin(), statusKeys.cend(),
                                                 [](const QStringList& k) { return !k.isEmpty(); });
    }
    QString clause() const
    {
        QStringList parts{QStringLiteral("1 = 1")};
        for (int i = 0; i < words.size(); ++i) {
            QString part = QStringLiteral("cs.filter_text LIKE :word%1 ESCAPE '\\'").arg(i);
            const QStringList& keys = statusKeys.at(i);
            if (!keys.isEmpty()) {
                QStringList placeholders;
                for (int k = 0; k < keys.size(); ++k)
                    placeholders << QStringLiteral(":word%1status%2").arg(i).arg(k);
                part = QStringLiteral("(%1 OR c.status IN (%2))")
                           .arg(part, placeholders.join(QStringLiteral(", ")));
            }
            parts << part;
        }
        if (status)
            parts << QStringLiteral("c.status = :status");
        return QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
    }
    void bind(Query& q) const
    {
        for (int i = 0; i < words.size(); ++i) {
            q.bind(QStringLiteral(":word%1").arg(i), likePattern(words.at(i)));
            const QStringList& keys = statusKeys.at(i);
            for (int k = 0; k < keys.size(); ++k)
                q.bind(QStringLiteral(":word%1status%2").arg(i).arg(k), keys.at(k));
        }
        if (status)
            q.bind(QStringLiteral(":status"), toKey(*status));
    }
};

// `blinded` is the condition that hides a candidate's panel from the viewer, empty when nothing is
// hidden. Repeated rather than named by its alias: PostgreSQL takes an output column's name in
// ORDER BY only on its own, not inside an expression.
QString orderBy(CandidateListRepository::Sort sort, bool descending, const QString& blinded)
{
    const bool anyBlinded = !blinded.isEmpty();
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // A blinded candidate's hidden score must not show through the order either; when nothing is
    // hidden, the plain column lets the index do the sorting.
    const QString visibleScore =
        anyBlinded ? QStringLiteral("CASE WHEN %1 THEN NULL ELSE cv.weighted_score END").arg(blinded)
                   : QStringLiteral("cv.weighted_score");
    switch (sort) {
    case CandidateListRepository::Sort::Name:
        break;
    case CandidateListRepository::Sort::Role:
        return QStringLiteral("c.role") + dir + QStringLiteral(", c.name, c.id");
    case CandidateListRepository::Sort::Status:
        return QStringLiteral("c.status") + dir + QStringLiteral(", c.name, c.id");
    case CandidateListRepository::Sort::Tags:
        return QStringLiteral("tags") + dir + QStringLiteral(", c.name, c.id");
    case CandidateListRepository::Sort::Interviews:
        return QStringLiteral("cs.interviews") + dir + QStringLiteral(", c.name, c.id");
    case CandidateListRepository::Sort::Score:
        // Unscored last in either direction. Best first with nothing hidden is a plain walk down the
        // (weighted_score, candidate_id) index.
        if (descending && !anyBlinded)
            return QStringLiteral("cv.weighted_score DESC, cv.candidate_id DESC");
        return QStringLiteral("(%1 IS NULL), %1%2, c.id%2").arg(visibleScore, dir);
    case CandidateListRepository::Sort::Recommendations:
        return QStringLiteral(
                   "CASE WHEN %1 THEN -1 ELSE cv.yes + 2 * cv.strong_yes - cv.no - 2 * cv.strong_no END")
                   .arg(anyBlinded ? blinded : QStringLiteral("1 = 0")) +
               dir + QStringLiteral(", c.name, c.id");
    }
    // The scores cache's copy of the name (kept by triggers), in an index that carries the
    // filter's text: a filtered page is a walk of that index alone until a page's worth matched.
    return QStringLiteral("cs.name") + dir + QStringLiteral(", cs.candidate_id") + dir;
}

} // namespace

CandidateListRepository::CandidateListRepository(const Database& database)
    : m_database(database)
{}

QString CandidateListRepository::listSql(const QString& filterClause, Sort sort, bool descending,
                                         const Viewer& viewer, bool idsOnly) const
{
    const bool anyBlinded = VisibilityPolicy(m_database, viewer).blindsAnything();
    const QString tags = QStringLiteral(
        "(SELECT string_agg(tag, ', ' ORDER BY tag) FROM candidate_tag t WHERE t.candidate_id = "
        "c.id)");
    // Only the ids: what ORDER BY needs and nothing else, for walking the whole list.
    const QString columns =
        idsOnly ? QStringLiteral("c.id, %1 AS tags").arg(sort == Sort::Tags ? tags : QStringLiteral("NULL"))
                : QStringLiteral("c.id, c.name, c.role, c.status, %1 AS tags, cs.interviews, cs.submitted, "
                                 "cv.weighted_score, cv.strong_no, cv.no, cv.yes, cv.strong_yes")
                      .arg(tags);
    // On a team server the verdict's row is there only when the server lets the viewer see the
    // panel (row-level security): a missing row is blinded too. Nothing blinded, every row is
    // there, and the inner join lets the score index drive the best-first order.
    const QString blinded = QStringLiteral("(cv.candidate_id IS NULL OR NOT ") +
                            VisibilityPolicy::panelVisibleSql(QStringLiteral("c.id")) + QLatin1Char(')');
    return QStringLiteral("SELECT %1, %2 AS blinded FROM candidate c JOIN candidate_score cs ON "
                          "cs.candidate_id = c.id %3 candidate_verdict cv ON cv.candidate_id = c.id "
                          "WHERE %4 ORDER BY %5")
        .arg(columns, blinded, anyBlinded ? QStringLiteral("LEFT JOIN") : QStringLiteral("JOIN"),
             filterClause, orderBy(sort, descending, anyBlinded ? blinded : QString()));
}

namespace {

// In name order, which of the candidates make the page: found in the scores cache alone, by a walk
// of its index on (name, candidate_id) that carries the filter's text, so the table is not read
// for the candidates that do not match (a plain walk reads each one's row for the counts beside
// the name). The rest of the row is read for the page's candidates only.
QString namePage(const Filter& words, const QString& seek, bool descending, const QString& limit)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral("c.id IN (SELECT cs.candidate_id FROM candidate_score cs%1 WHERE %2%3 ORDER BY "
                          "cs.name%4, cs.candidate_id%4 %5)")
        .arg(words.needsCandidate() ? QStringLiteral(" JOIN candidate c ON c.id = cs.candidate_id")
                                    : QString(),
             words.clause(), seek, dir, limit);
}

} // namespace

QList<CandidateRow> CandidateListRepository::page(const CandidateFilter& filter, Sort sort, bool descending,
                                                  int offset, int limit, const Viewer& viewer) const
{
    const Filter words(filter);
    const QString window = QStringLiteral("LIMIT :limit OFFSET :offset");
    Query q(m_database.connection(),
            sort == Sort::Name
                ? listSql(namePage(words, {}, descending, window), sort, descending, viewer)
                : listSql(words.clause(), sort, descending, viewer) + QLatin1Char(' ') + window);
    words.bind(q);
    q.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset);
    VisibilityPolicy::bind(q, viewer);
    q.exec();
    return readRows(q);
}

QList<CandidateRow> CandidateListRepository::pageAfterByName(const CandidateFilter& filter, bool descending,
                                                             const CandidateRow& after, int limit,
                                                             const Viewer& viewer) const
{
    const Filter words(filter);
    const QString seek = descending
                             ? QStringLiteral(" AND (cs.name, cs.candidate_id) < (:afterName, :afterId)")
                             : QStringLiteral(" AND (cs.name, cs.candidate_id) > (:afterName, :afterId)");
    Query q(m_database.connection(),
            listSql(namePage(words, seek, descending, QStringLiteral("LIMIT :limit")), Sort::Name, descending,
                    viewer));
    words.bind(q);
    q.bind(QStringLiteral(":afterName"), after.name)
        .bind(QStringLiteral(":afterId"), after.id)
        .bind(QStringLiteral(":limit"), limit);
    VisibilityPolicy::bind(q, viewer);
    q.exec();
    return readRows(q);
}

QList<CandidateRow> CandidateListRepository::readRows(Query& q) const
{
    QList<CandidateRow> rows;
    while (q.next()) {
        const RowReader row(q, QStringLiteral("candidate"), 0);
        CandidateRow r;
        r.id = row.id(0);
        r.name = row.text(1);
        r.role = row.text(2);
        r.status = row.key<CandidateStatus>(3, candidateStatusFromKey);
        r.tags = q.isNull(4) ? QString() : row.text(4);
        r.interviews = row.count(5);
        r.submitted = row.count(6);
        r.blinded = row.flag(12);
        if (!r.blinded) {
            r.weightedScore = row.optionalNumber(7, Rubric::minScore, Rubric::maxScore);
            r.tally = {row.count(8), row.count(9), row.count(10), row.count(11)};
        }
        rows.append(r);
    }
    return rows;
}

int CandidateListRepository::count(const CandidateFilter& filter, int cap) const
{
    const Filter words(filter);
    // The candidate table only when a status is asked about: counting the scores cache alone is
    // what keeps a keystroke cheap on a long list.
    const QString from = words.needsCandidate()
                             ? QStringLiteral("candidate_score cs JOIN candidate c ON c.id = cs.candidate_id")
                             : QStringLiteral("candidate_score cs");
    Query q(m_database.connection(),
            QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %2 LIMIT :cap) AS matches")
                .arg(from, words.clause()));
    words.bind(q);
    // No cap: the largest count either engine takes (SQLite's -1 is an error on PostgreSQL).
    q.bind(QStringLiteral(":cap"), cap > 0 ? qint64(cap) : std::numeric_limits<qint64>::max());
    return q.scalar().toInt();
}

QList<CandidateRow> CandidateListRepository::newest(const CandidateFilter& filter, int limit,
                                                    bool* more) const
{
    const Filter words(filter);
    // Newest by id: a walk down the primary key that stops after `limit` matches.
    Query q(m_database.connection(),
            QStringLiteral("SELECT c.id, c.name, c.role FROM candidate c JOIN candidate_score cs ON "
                           "cs.candidate_id = c.id WHERE %1 ORDER BY c.id DESC LIMIT :limit")
                .arg(words.clause()));
    words.bind(q);
    q.bind(QStringLiteral(":limit"), limit + 1);
    q.exec();
    QList<CandidateRow> rows;
    while (q.next()) {
        const RowReader row(q, QStringLiteral("candidate"), 0);
        CandidateRow r;
        r.id = row.id(0);
        r.name = row.text(1);
        r.role = row.text(2);
        rows.append(r);
    }
    if (more)
        *more = rows.size() > limit;
    if (rows.size() > limit)
        rows.resize(limit);
    std::sort(rows.begin(), rows.end(), [](const CandidateRow& a, const CandidateRow& b) {
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    return rows;
}

std::optional<int> CandidateListRepository::positionByName(const CandidateFilter& filter, bool descending,
                                                           CandidateId candidate, QString* nameOut) const
{
    const Filter words(filter);
    const QString from =
        QStringLiteral("candidate c JOIN candidate_score cs ON cs.candidate_id = c.id WHERE %1")
            .arg(words.clause());
    QString name;
    {
        Query q(m_database.connection(), QStringLiteral("SELECT c.name FROM %1 AND c.id = :id").arg(from));
        words.bind(q);
        q.bind(QStringLiteral(":id"), candidate).exec();
        if (!q.next())
            return std::nullopt;
        name = q.text(0);
    }
    if (nameOut)
        *nameOut = name;
    // Without filter words, a range of the name index alone (the scores cache holds the words).
    const QString before = descending ? QStringLiteral(">") : QStringLiteral("<");
    Query q(
        m_database.connection(),
        words.words.isEmpty()
            ? QStringLiteral("SELECT count(*) FROM candidate c WHERE %1 AND (c.name, c.id) %2 (:name, :id)")
                  .arg(words.clause(), before)
            : QStringLiteral("SELECT count(*) FROM %1 AND (cs.name, cs.candidate_id) %2 (:name, :id)")
                  .arg(from, before));
    words.bind(q);
    q.bind(QStringLiteral(":name"), name).bind(QStringLiteral(":id"), candidate);
    return q.scalar().toInt();
}

std::optional<CandidateId>
CandidateListRepository::firstByNamePrefix(const CandidateFilter& filter, bool descending,
                                           const QString& prefix,
                                           const std::optional<CandidateRow>& from) const
{
    const QString folded = CandidateFilterText::foldedName(prefix);
    if (folded.isEmpty())
        return std::nullopt;
    const Filter words(filter);
    // The names that start with the prefix are a range of the folded-name index: from the prefix
    // up to the prefix followed by the last code point. Among them, the first in the list's order.
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString after = !from        ? QString()
                          : descending ? QStringLiteral(" AND (c.name, c.id) <= (:fromName, :fromId)")
                                       : QStringLiteral(" AND (c.name, c.id) >= (:fromName, :fromId)");
    Query q(
        m_database.connection(),
        QStringLiteral("SELECT c.id FROM candidate_score cs JOIN candidate c ON c.id = cs.candidate_id "
                       "WHERE %1 AND cs.folded_name >= :low AND cs.folded_name < :high%2 ORDER BY c.name%3, "
                       "c.id%3 LIMIT 1")
            .arg(words.clause(), after, dir));
    words.bind(q);
    constexpr char32_t last = 0x10FFFF;
    q.bind(QStringLiteral(":low"), folded)
        .bind(QStringLiteral(":high"), QString(folded + QString::fromUcs4(&last, 1)));
    if (from)
        q.bind(QStringLiteral(":fromName"), from->name).bind(QStringLiteral(":fromId"), from->id);
    q.exec();
    if (!q.next())
        return std::nullopt;
    return q.int64(0);
}

std::optional<int> CandidateListRepository::position(const CandidateFilter& filter, Sort sort,
                                                     bool descending, CandidateId candidate,
                                                     const Viewer& viewer) const
{
    // The very query the pages come from, stepped through: the same order by construction. One
    // query however deep the candidate is, instead of a page at a time.
    const Filter words(filter);
    Query q(m_database.connection(), listSql(words.clause(), sort, descending, viewer, true));
    words.bind(q);
    VisibilityPolicy::bind(q, viewer);
    q.exec();
    for (int row = 0; q.next(); ++row) {
        if (q.int64(0) == candidate)
            return row;
    }
    return std::nullopt;
}

} // namespace ia
