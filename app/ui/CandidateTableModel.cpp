#include "CandidateTableModel.h"

#include "storage/StorageError.h"

#include <QLocale>

namespace ia {

namespace {

QString tallyText(const std::array<int, 4>& tally)
{
    // Strongest first: "SY 2 · Y 1 · N 0 · SN 0", only the ones with votes.
    static const char* const labels[] = {"SN", "N", "Y", "SY"};
    QStringList parts;
    for (int i = 3; i >= 0; --i) {
        if (tally[i] > 0)
            parts << QStringLiteral("%1 %2").arg(QLatin1String(labels[i])).arg(tally[i]);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

CandidateTableModel::CandidateTableModel(const Database& database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(database)
{
    reload();
}

void CandidateTableModel::setViewer(const Viewer& viewer)
{
    m_viewer = viewer;
    reload();
}

void CandidateTableModel::setFilter(const QString& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void CandidateTableModel::setStatusFilter(std::optional<CandidateStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    reload();
}

void CandidateTableModel::rememberCursor()
{
    // As read from the database: an edit shown in the last row must not move where the next page
    // starts.
    m_cursor = m_rows.isEmpty() ? std::nullopt : std::optional<CandidateRow>(m_rows.last());
}

QList<CandidateRow> CandidateTableModel::fetch(int offset) const
{
    // In name order (the default) the next page is found from the last row shown, by the index.
    if (m_sort == CandidateListRepository::Sort::Name && offset > 0 && offset == m_rows.size() && m_cursor)
        return m_repository.pageAfterByName(currentFilter(), m_descending, *m_cursor, pageSize, m_viewer);
    return m_repository.page(currentFilter(), m_sort, m_descending, offset, pageSize, m_viewer);
}

void CandidateTableModel::reload()
{
    beginResetModel();
    m_count = -1;
    try {
        m_rows = fetch(0);
        m_complete = m_rows.size() < pageSize;
        rememberCursor();
    } catch (const StorageError& e) {
        m_rows.clear();
        m_complete = true;
        emit errorOccurred(e.message());
    }
    endResetModel();
}

bool CandidateTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_complete;
}

void CandidateTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_complete)
        return;
    try {
        const QList<CandidateRow> more = fetch(int(m_rows.size()));
        m_complete = more.size() < pageSize;
        if (more.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
        m_rows.append(more);
        rememberCursor();
        endInsertRows();
    } catch (const StorageError& e) {
        m_complete = true;
        emit errorOccurred(e.message());
    }
}

void CandidateTableModel::sort(int column, Qt::SortOrder order)
{
    static const CandidateListRepository::Sort sorts[] = {
        CandidateListRepository::Sort::Name,           CandidateListRepository::Sort::Role,
        CandidateListRepository::Sort::Status,         CandidateListRepository::Sort::Tags,
        CandidateListRepository::Sort::Interviews,     CandidateListRepository::Sort::Score,
        CandidateListRepository::Sort::Recommendations};
    if (column < 0 || column >= ColumnCount)
        return;
    m_sort = sorts[column];
    m_descending = order == Qt::DescendingOrder;
    reload();
}

void CandidateTableModel::updateCandidate(const Candidate& candidate)
{
    const int row = rowOf(candidate.id);
    if (row < 0)
        return;
    CandidateRow& r = m_rows[row];
    r.name = candidate.name;
    r.role = candidate.role;
    r.status = candidate.status;
    r.tags = QStringList(candidate.tags).join(QStringLiteral(", "));
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

CandidateId CandidateTableModel::candidateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CandidateTableModel::rowOf(CandidateId id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int CandidateTableModel::loadThrough(CandidateId id)
{
    if (const int row = rowOf(id); row >= 0 || m_complete)
        return row;
    try {
        const std::optional<int> position =
            m_repository.position(currentFilter(), m_sort, m_descending, id, m_viewer);
        if (!position)
            return -1;
        const int wanted = *position + 1 - int(m_rows.size()) + pageSize;
        const QList<CandidateRow> more =
            m_repository.page(currentFilter(), m_sort, m_descending, int(m_rows.size()), wanted, m_viewer);
        m_complete = more.size() < wanted;
        if (!more.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
            m_rows.append(more);
            rememberCursor();
            endInsertRows();
        }
    } catch (const StorageError& e) {
        emit errorOccurred(e.message());
    }
    return rowOf(id);
}

QString CandidateTableModel::countText() const
{
    if (m_count < 0) {
        try {
            m_count = m_complete ? int(m_rows.size()) : m_repository.count(currentFilter(), countCap);
        } catch (const StorageError&) {
            m_count = int(m_rows.size());
        }
    }
    if (m_count >= countCap)
        return tr("Candidates: %1+").arg(QLocale().toString(countCap));
    return tr("Candidates: %1").arg(QLocale().toString(m_count));
}

int CandidateTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CandidateTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case TagsColumn:
        return tr("Tags");
    case InterviewsColumn:
        return tr("Interviews");
    case ScoreColumn:
        return tr("Score");
    case RecommendationsColumn:
        return tr("Recommendations");
    default:
        return {};
    }
}

QVariant CandidateTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CandidateRow& r = m_rows.at(index.row());
    if (role == CandidateIdRole)
        return r.id;
    if (role == Qt::ToolTipRole && r.blinded &&
        (index.column() == ScoreColumn || index.column() == RecommendationsColumn))
        return tr("Blind scoring: hidden until you submit your own scorecard for this candidate.");
    if (role == Qt::TextAlignmentRole &&
        (index.column() == InterviewsColumn || index.column() == ScoreColumn))
        return QVariant(Qt::AlignCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return r.name;
    case RoleColumn:
        return r.role;
    case StatusColumn:
        return displayName(r.status);
    case TagsColumn:
        return r.tags;
    case InterviewsColumn:
        return r.submitted == r.interviews ? QString::number(r.interviews)
                                           : tr("%1 of %2").arg(r.submitted).arg(r.interviews);
    case ScoreColumn:
        if (r.blinded)
            return tr("hidden");
        return r.weightedScore ? QLocale().toString(*r.weightedScore, 'f', 2) : QString();
    case RecommendationsColumn:
        return r.blinded ? tr("hidden") : tallyText(r.tally);
    default:
        return {};
    }
}

} // namespace ia
