#include "CandidateTableModel.h"

#include "storage/StorageError.h"

#include <QLocale>
#include <QMetaObject>

#include <algorithm>
#include <limits>

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
    reload([&] { m_viewer = viewer; });
}

void CandidateTableModel::setFilter(const QString& filter)
{
    if (filter == m_filter)
        return;
    reload([&] { m_filter = filter; });
}

void CandidateTableModel::setStatusFilter(std::optional<CandidateStatus> status)
{
    if (status == m_status)
        return;
    reload([&] { m_status = status; });
}

void CandidateTableModel::keep(int page, QList<CandidateRow> rows) const
{
    m_pages.insert(page, std::move(rows));
    m_recent.removeOne(page);
    m_recent.append(page);
    while (m_recent.size() > keptPages)
        m_pages.remove(m_recent.takeFirst());
}

void CandidateTableModel::reportLater(const QString& message) const
{
    // Rows are read while the view paints; the page says what went wrong once painting is over.
    auto* self = const_cast<CandidateTableModel*>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { emit self->errorOccurred(message); }, Qt::QueuedConnection);
}

QList<CandidateRow> CandidateTableModel::fetchPage(int page) const
{
    using Sort = CandidateListRepository::Sort;
    // In name order a page next to one already read is a seek in the name index from its edge:
    // scrolling costs the same for every page, however deep. Otherwise by position.
    if (m_sort == Sort::Name) {
        const auto before = m_pages.constFind(page - 1);
        if (before != m_pages.constEnd() && before->size() == pageSize)
            return m_repository.pageAfterByName(currentFilter(), m_descending, before->last(), pageSize,
                                                m_viewer);
        const auto after = m_pages.constFind(page + 1);
        if (after != m_pages.constEnd() && !after->isEmpty()) {
            // The rows before the next page's first, read backwards.
            QList<CandidateRow> rows = m_repository.pageAfterByName(currentFilter(), !m_descending,
                                                                    after->first(), pageSize, m_viewer);
            std::reverse(rows.begin(), rows.end());
            return rows;
        }
    }
    return m_repository.page(currentFilter(), m_sort, m_descending, page * pageSize, pageSize, m_viewer);
}

const CandidateRow* CandidateTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / pageSize;
    auto found = m_pages.constFind(page);
    if (found == m_pages.constEnd()) {
        try {
            keep(page, fetchPage(page));
        } catch (const StorageError& e) {
            keep(page, {}); // not again on every paint; a reload tries again
            reportLater(e.message());
        }
        found = m_pages.constFind(page);
    } else if (m_recent.last() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const qsizetype at = row % pageSize;
    if (at >= found->size())
        return nullptr; // the list changed under the count; the next reload puts it right
    const auto edited = m_edited.constFind(found->at(at).id);
    return edited != m_edited.constEnd() ? &*edited : &found->at(at);
}

void CandidateTableModel::reload(const std::function<void()>& change)
{
    // The settings change after the reset is announced: the announcement's handlers (the page
    // remembering who is selected) still read rows as the view shows them.
    beginResetModel();
    if (change)
        change();
    m_pages.clear();
    m_recent.clear();
    m_edited.clear();
    m_count = 0;
    m_countLimit = firstCountLimit;
    m_countReachedLimit = false;
    m_fetchFailed = false;
    try {
        countUpTo(firstCountLimit, false);
        // The first page at once: the reset's handlers select and size from it.
        if (m_count > 0)
            keep(0, fetchPage(0));
    } catch (const StorageError& e) {
        m_count = 0;
        m_countReachedLimit = false;
        m_pages.clear();
        m_recent.clear();
        emit errorOccurred(e.message());
    }
    endResetModel();
}

void CandidateTableModel::countUpTo(int limit, bool announce)
{
    m_countLimit = std::max(limit, m_countLimit);
    // One past the limit tells "exactly the limit" from "more".
    const int counted = m_repository.count(currentFilter(), m_countLimit + 1);
    m_countReachedLimit = counted > m_countLimit;
    const int count = std::min(counted, m_countLimit);
    if (count <= m_count)
        return; // the list shrank under the view: the next reload says so
    if (announce)
        beginInsertRows({}, m_count, count - 1);
    m_count = count;
    if (announce)
        endInsertRows();
}

bool CandidateTableModel::reach(int row) const
{
    if (row < m_count)
        return true;
    if (!m_countReachedLimit)
        return false;
    // Found through the index past what was counted (a name typed into the table, a candidate
    // just added): the count goes that far, as if the view had scrolled there. Asked from const
    // lookups (match()); the rows are announced like any fetched ones.
    const_cast<CandidateTableModel*>(this)->countUpTo(row + 1, true);
    return row < m_count;
}

bool CandidateTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_countReachedLimit && !m_fetchFailed;
}

void CandidateTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    try {
        countUpTo(m_countLimit > std::numeric_limits<int>::max() / 10 - 1
                      ? std::numeric_limits<int>::max() - 1
                      : m_countLimit * 10,
                  true);
    } catch (const StorageError& e) {
        m_fetchFailed = true; // not again on every scroll; a reload tries again
        reportLater(e.message());
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
    reload([&] {
        m_sort = sorts[column];
        m_descending = order == Qt::DescendingOrder;
    });
}

void CandidateTableModel::updateCandidate(const Candidate& candidate)
{
    const int row = rowOf(candidate.id);
    if (row < 0)
        return;
    // Shown over the row as read, which stays where the neighbouring pages are found from.
    const CandidateRow* read = rowAt(row);
    if (!read)
        return;
    CandidateRow r = *read;
    r.name = candidate.name;
    r.role = candidate.role;
    r.status = candidate.status;
    r.tags = QStringList(candidate.tags).join(QStringLiteral(", "));
    m_edited.insert(candidate.id, r);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

CandidateId CandidateTableModel::candidateAt(int row) const
{
    const CandidateRow* r = rowAt(row);
    return r ? r->id : 0;
}

int CandidateTableModel::rowOf(CandidateId id) const
{
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page) {
        for (qsizetype i = 0; i < page->size(); ++i) {
            // A page read after the list grew under the view may reach past the count.
            if (page->at(i).id == id && page.key() * pageSize + i < m_count)
                return int(page.key() * pageSize + i);
        }
    }
    return -1;
}

int CandidateTableModel::readPageByName(CandidateId id) const
{
    if (const int row = rowOf(id); row >= 0)
        return row;
    CandidateRow anchor;
    anchor.id = id;
    const std::optional<int> position =
        m_repository.positionByName(currentFilter(), m_descending, id, &anchor.name);
    if (!position || !reach(*position))
        return -1;
    // Their page, read by the name index from them both ways rather than by position (which
    // steps over every row above).
    const int page = *position / pageSize;
    const int above = *position % pageSize;
    QList<CandidateRow> rows =
        m_repository.pageAfterByName(currentFilter(), !m_descending, anchor, std::max(above, 1), m_viewer);
    std::reverse(rows.begin(), rows.end()); // the rows just above them, in the list's order
    if (rows.isEmpty()) {
        keep(page, fetchPage(page)); // the first row of the list
    } else {
        QList<CandidateRow> from = m_repository.pageAfterByName(currentFilter(), m_descending, rows.last(),
                                                                pageSize - above, m_viewer);
        if (above == 0)
            rows.clear();
        keep(page, rows + from);
    }
    return candidateAt(*position) == id ? *position : -1;
}

int CandidateTableModel::locate(CandidateId id)
{
    if (const int row = rowOf(id); row >= 0)
        return row;
    try {
        if (m_sort == CandidateListRepository::Sort::Name)
            return readPageByName(id);
        const std::optional<int> position =
            m_repository.position(currentFilter(), m_sort, m_descending, id, m_viewer);
        return position && reach(*position) && candidateAt(*position) == id ? *position : -1;
    } catch (const StorageError& e) {
        emit errorOccurred(e.message());
    }
    return -1;
}

QModelIndexList CandidateTableModel::match(const QModelIndex& start, int role, const QVariant& value,
                                           int hits, Qt::MatchFlags flags) const
{
    const QString text = value.toString();
    const Qt::MatchFlags how = flags & Qt::MatchTypeMask;
    if (text.isEmpty() || role != Qt::DisplayRole || hits == 0)
        return {};
    // Typing in name order: the index says which candidate comes first from here, and where. Names
    // whichever column the current cell is in (a click on a role must not turn typing a name into
    // a search of roles); the current column is kept.
    if (m_sort == CandidateListRepository::Sort::Name && how == Qt::MatchStartsWith &&
        !(flags & Qt::MatchCaseSensitive)) {
        try {
            const CandidateRow* here = rowAt(start.row());
            std::optional<CandidateId> found =
                m_repository.firstByNamePrefix(currentFilter(), m_descending, text,
                                               here ? std::optional<CandidateRow>(*here) : std::nullopt);
            if (!found && here && (flags & Qt::MatchWrap))
                found = m_repository.firstByNamePrefix(currentFilter(), m_descending, text, std::nullopt);
            if (!found)
                return {};
            // Their page is read from them at once: the view shows it next, and typing must keep
            // up with the keys (a pause longer than the view's interval starts a new word).
            if (const int row = readPageByName(*found); row >= 0)
                return {index(row, start.column())};
        } catch (const StorageError& e) {
            reportLater(e.message());
        }
        return {};
    }
    // Otherwise among the rows read, from the start row on.
    QList<int> rows;
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page) {
        for (qsizetype i = 0; i < page->size(); ++i)
            rows.append(int(page.key() * pageSize + i));
    }
    std::sort(rows.begin(), rows.end());
    std::stable_partition(rows.begin(), rows.end(), [&](int r) { return r >= start.row(); });
    if (!(flags & Qt::MatchWrap))
        rows.removeIf([&](int r) { return r < start.row(); });
    const Qt::CaseSensitivity cs = flags & Qt::MatchCaseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    QModelIndexList result;
    for (const int r : std::as_const(rows)) {
        const QString shown = data(index(r, start.column()), role).toString();
        const bool matches = how == Qt::MatchContains     ? shown.contains(text, cs)
                             : how == Qt::MatchEndsWith   ? shown.endsWith(text, cs)
                             : how == Qt::MatchStartsWith ? shown.startsWith(text, cs)
                                                          : shown.compare(text, cs) == 0;
        if (matches) {
            result.append(index(r, start.column()));
            if (hits > 0 && result.size() >= hits)
                break;
        }
    }
    return result;
}

QString CandidateTableModel::countText() const
{
    if (m_countReachedLimit)
        return tr("Candidates: %1+").arg(QLocale().toString(m_count));
    return tr("Candidates: %1").arg(QLocale().toString(m_count));
}

int CandidateTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
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
    if (!index.isValid())
        return {};
    const CandidateRow* shown = rowAt(index.row());
    if (!shown)
        return {};
    const CandidateRow& r = *shown;
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
