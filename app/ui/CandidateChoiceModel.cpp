#include "CandidateChoiceModel.h"

namespace ia {

void CandidateChoiceModel::setCandidates(QList<std::pair<CandidateId, QString>> candidates,
                                         QSet<CandidateId> ticked)
{
    beginResetModel();
    m_candidates = std::move(candidates);
    if (ticked.isEmpty()) {
        ticked.reserve(m_candidates.size());
        for (const auto& candidate : std::as_const(m_candidates))
            ticked.insert(candidate.first);
    }
    m_ticked = std::move(ticked);
    endResetModel();
}

QList<CandidateId> CandidateChoiceModel::chosen() const
{
    QList<CandidateId> result;
    result.reserve(m_ticked.size());
    for (const auto& candidate : m_candidates) {
        if (m_ticked.contains(candidate.first))
            result.append(candidate.first);
    }
    return result;
}

int CandidateChoiceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

QVariant CandidateChoiceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& [id, name] = m_candidates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return name;
    case Qt::CheckStateRole:
        return m_ticked.contains(id) ? Qt::Checked : Qt::Unchecked;
    case Qt::UserRole:
        return id;
    default:
        return {};
    }
}

bool CandidateChoiceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const CandidateId id = m_candidates.at(index.row()).first;
    const bool tick = value.value<Qt::CheckState>() == Qt::Checked;
    if (tick == m_ticked.contains(id))
        return true;
    if (tick)
        m_ticked.insert(id);
    else
        m_ticked.remove(id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit choiceChanged();
    return true;
}

Qt::ItemFlags CandidateChoiceModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

} // namespace ia
