#pragma once

#include "domain/Candidate.h"
#include "domain/Viewer.h"
#include "storage/CandidateListRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

namespace ia {

class Database;

// The candidates table, filtered and sorted in SQL, as a window over the list: the row count is
// the exact number of matches, and a row's page is read when the view first asks for it (from its
// neighbour by the name index when there is one, else by position). Only the pages last used are
// kept, so memory stays the same however far the list is scrolled, and finding a candidate (by a
// search hit, or by typing the start of a name) asks the index where they stand instead of reading
// the rows above them.
class CandidateTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        StatusColumn,
        TagsColumn,
        InterviewsColumn,
        ScoreColumn,
        RecommendationsColumn,
        ColumnCount
    };
    static constexpr int pageSize = 100;
    static constexpr int keptPages = 30;
    enum Role
    {
        CandidateIdRole = Qt::UserRole + 1,
    };

    CandidateTableModel(const Database& database, QObject* parent = nullptr);

    void setViewer(const Viewer& viewer);
    void setFilter(const QString& filter);
    const QString& filter() const { return m_filter; }
    // Only candidates with this status; nullopt for any.
    void setStatusFilter(std::optional<CandidateStatus> status);
    std::optional<CandidateStatus> statusFilter() const { return m_status; }
    // Reads the list again; `change`, when given, changes what is listed once the reset is
    // announced.
    void reload(const std::function<void()>& change = {});
    // After an edit: refresh one candidate's cells without refetching the table.
    void updateCandidate(const Candidate& candidate);

    CandidateId candidateAt(int row) const;
    int rowOf(CandidateId id) const; // among the pages read; -1 when not read
    // The candidate's row, asked of the database (its page is read when shown); -1 when the filter
    // hides them.
    int locate(CandidateId id);
    // "Candidates: 12", or "Candidates: 1,000+" while the list is counted only so far.
    QString countText() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // A long list is counted only up to a limit (counting a million matches costs a keystroke a
    // quarter of a second on a server); scrolling to its end counts ten times further.
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Typing in the table: in name order, the start of a name (from any column) is looked up in
    // the index; anything else is looked for among the rows read (matching every row would read
    // the whole list).
    QModelIndexList match(const QModelIndex& start, int role, const QVariant& value, int hits = 1,
                          Qt::MatchFlags flags = Qt::MatchFlags(Qt::MatchStartsWith |
                                                                Qt::MatchWrap)) const override;

signals:
    void errorOccurred(const QString& message);

private:
    // The row, its page read if need be; nullptr past the end or when reading failed.
    const CandidateRow* rowAt(int row) const;
    QList<CandidateRow> fetchPage(int page) const;
    // In name order: the candidate's row, with their page read from them both ways by the index;
    // -1 when the filter hides them.
    int readPageByName(CandidateId id) const;
    void keep(int page, QList<CandidateRow> rows) const;
    void reportLater(const QString& message) const;
    CandidateFilter currentFilter() const { return {m_filter, m_status}; }
    // Counts the list again up to `limit` rows (at least the present limit); the rows found beyond
    // the present count are announced as inserted when `announce` (outside a reset). Throws
    // StorageError.
    void countUpTo(int limit, bool announce);
    // Whether the row is in the list, counting further if it lies past the limit. Throws
    // StorageError.
    bool reach(int row) const;

    CandidateListRepository m_repository;
    Viewer m_viewer = Viewer::nobody();
    QString m_filter;
    std::optional<CandidateStatus> m_status;
    CandidateListRepository::Sort m_sort = CandidateListRepository::Sort::Name;
    bool m_descending = false;
    int m_count = 0;
    static constexpr int firstCountLimit = 1000;
    int m_countLimit = firstCountLimit;
    bool m_countReachedLimit = false; // there may be more rows than m_count
    bool m_fetchFailed = false;       // counting further failed: the view stops asking until a reload
    // Pages as read from the database (an edit shown in a row must not move where a neighbouring
    // page starts), and which were used last, oldest first. Mutable: a view reads rows through
    // const data().
    mutable QHash<int, QList<CandidateRow>> m_pages;
    mutable QList<int> m_recent;
    QHash<CandidateId, CandidateRow> m_edited; // edits since the last reload, shown over the rows read
};

} // namespace ia
