#include "CandidateChoiceModel.h"

namespace ia {

void CandidateChoiceModel::setCandidates(QList<std::pair<CandidateId, QString>> candidates,
                                         QSet<CandidateId> ticked)
{
    beginResetModel();
    m_candidates = std::move(candidates);
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

int CandidateChoiceModel::rowOf(CandidateId candidate) const
{
    for (qsizetype row = 0; row < m_candidates.size(); ++row) {
        if (m_candidates.at(row).first == candidate)
            return int(row);
    }
    return -1;
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
    const int state = value.toInt();
    if (state != Qt::Checked && state != Qt::Unchecked)
        return false; // a candidate is compared or not; there is no third state
    const CandidateId id = m_candidates.at(index.row()).first;
    const bool tick = state == Qt::Checked;
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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

} // namespace ia
