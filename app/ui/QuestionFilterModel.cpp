#include "QuestionFilterModel.h"

#include "storage/CandidateFilterText.h"

namespace ia {

QuestionFilterModel::QuestionFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void QuestionFilterModel::setText(const QString& text)
{
    m_words = CandidateFilterText::words(text);
    invalidateRowsFilter();
}

void QuestionFilterModel::setCategory(const QString& category)
{
    m_category = category;
    invalidateRowsFilter();
}

void QuestionFilterModel::setShowArchived(bool show)
{
    m_showArchived = show;
    invalidateRowsFilter();
}

void QuestionFilterModel::setPinned(qint64 id)
{
    m_pinned = id;
    invalidateRowsFilter();
}

bool QuestionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_pinned != 0 && first.data(IdRole).toLongLong() == m_pinned)
        return true;
    if (!m_showArchived && first.data(ArchivedRole).toBool())
        return false;
    const QString category = model->index(sourceRow, 1, sourceParent).data().toString();
    if (!m_category.isEmpty() && category != m_category)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack =
        CandidateFilterText::fold(first.data().toString() + QLatin1Char(' ') + category + QLatin1Char(' ') +
                                  model->index(sourceRow, 4, sourceParent).data().toString());
    for (const QString& word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace ia
