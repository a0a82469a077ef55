#pragma once

#include "domain/Candidate.h"
#include "domain/Viewer.h"
#include "storage/CandidateListRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace ia {

class Database;

// The candidates table, fetched a page at a time as the view scrolls, filtered and sorted in SQL:
// it opens as fast with 100,000 candidates as with ten.
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
    static constexpr int countCap = 10'000;
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
    void reload();
    // After an edit: refresh one candidate's cells without refetching the table.
    void updateCandidate(const Candidate& candidate);

    CandidateId candidateAt(int row) const;
    int rowOf(CandidateId id) const; // -1 when not loaded
    // Loads the rows down to the candidate in one go; their row, or -1 when the filter hides them.
    int loadThrough(CandidateId id);
    // "12 candidates", or "10,000+ candidates" past the counting cap.
    QString countText() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void errorOccurred(const QString& message);

private:
    QList<CandidateRow> fetch(int offset) const;
    void rememberCursor();
    CandidateFilter currentFilter() const { return {m_filter, m_status}; }

    CandidateListRepository m_repository;
    Viewer m_viewer = Viewer::nobody();
    QString m_filter;
    std::optional<CandidateStatus> m_status;
    CandidateListRepository::Sort m_sort = CandidateListRepository::Sort::Name;
    bool m_descending = false;
    QList<CandidateRow> m_rows;
    std::optional<CandidateRow> m_cursor; // the last row fetched, where the next page starts
    bool m_complete = false;
    mutable int m_count = -1;
};

} // namespace ia
