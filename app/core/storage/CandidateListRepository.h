#pragma once

#include "domain/CandidateStatus.h"
#include "domain/Ids.h"
#include "domain/Viewer.h"
#include "storage/CandidateFilter.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace ia {

class Database;
class Query;

// One line of the candidates table.
struct CandidateRow
{
    CandidateId id = 0;
    QString name;
    QString role;
    CandidateStatus status = CandidateStatus::New;
    QString tags;
    int interviews = 0;
    int submitted = 0;
    bool blinded = false;                // blind scoring hides the panel's verdict from the viewer
    std::optional<double> weightedScore; // empty while blinded or unscored
    std::array<int, 4> tally{};          // Strong No, No, Yes, Strong Yes; zeros while blinded
};

// The candidates table, a page at a time, so a list of 100,000 candidates opens without reading
// them all. Counts come from the candidate_score cache and the panel's verdict from
// candidate_verdict, which the database keeps with triggers.
class CandidateListRepository
{
public:
    enum class Sort
    {
        Name,
        Role,
        Status,
        Tags,
        Interviews,
        Score,
        Recommendations,
    };

    explicit CandidateListRepository(const Database& database);

    // filter: words that must all occur in name, role, e-mail, tags or the status's displayed name
    // (ignoring case and accents), and the one status picked, if any.
    QList<CandidateRow> page(const CandidateFilter& filter, Sort sort, bool descending, int offset, int limit,
                             const Viewer& viewer) const;
    // The page after `after` (the last row of the page before) in name order: a seek in the name
    // index instead of stepping over every row above it, so scrolling the whole list costs the same
    // for each page. (Other orders are sorted in full for each page anyway: they page by offset.)
    QList<CandidateRow> pageAfterByName(const CandidateFilter& filter, bool descending,
                                        const CandidateRow& after, int limit, const Viewer& viewer) const;
    // Matching candidates, counting no further than `cap` (a long list need not be counted to the end
    // on every keystroke); 0 for no cap.
    int count(const CandidateFilter& filter, int cap = 0) const;
    // For choosing a candidate in a short list: the `limit` newest candidates matching the filter,
    // sorted by name (id, name and role only); *more says whether others match too.
    QList<CandidateRow> newest(const CandidateFilter& filter, int limit, bool* more = nullptr) const;
    // In name order: how many candidates come before this one, counted in the name index (for
    // jumping to a candidate without reading the rows above them); nothing when the filter leaves
    // them out.
    // *name, when given, is set to the candidate's name (with the id, where a page can start).
    std::optional<int> positionByName(const CandidateFilter& filter, bool descending, CandidateId candidate,
                                      QString* name = nullptr) const;
    // In name order: the first candidate at or after `from` (nullopt: from the top) whose name
    // starts with these letters, ignoring case and accents, as typing in the table looks for.
    std::optional<CandidateId> firstByNamePrefix(const CandidateFilter& filter, bool descending,
                                                 const QString& prefix,
                                                 const std::optional<CandidateRow>& from) const;
    // Where the candidate stands in that list (0 first), or nothing when the filter leaves them out.
    std::optional<int> position(const CandidateFilter& filter, Sort sort, bool descending,
                                CandidateId candidate, const Viewer& viewer) const;

private:
    QList<CandidateRow> readRows(Query& q) const;
    QString listSql(const QString& filterClause, Sort sort, bool descending, const Viewer& viewer,
                    bool idsOnly = false) const;

    const Database& m_database;
};

} // namespace ia
