#include "KitQuestionModel.h"

namespace ia {

KitQuestionModel::KitQuestionModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void KitQuestionModel::setKit(const Kit& kit)
{
    beginResetModel();
    m_kit = kit;
    m_kit.items = kit.itemsInAskingOrder(); // listed as an interview with it will ask them
    endResetModel();
}

int KitQuestionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_kit.items.size());
}

QVariant KitQuestionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_kit.items.size())
        return {};
    const KitItem& it = m_kit.items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1. %2 (%n min)", nullptr, (it.timeBudgetSeconds + 59) / 60)
            .arg(index.row() + 1)
            .arg(it.question.title);
    case Qt::ToolTipRole:
        return QString(it.question.category + QStringLiteral(" — ") + it.question.prompt);
    case CategoryRole:
        return it.question.category;
    case BudgetSecondsRole:
        return it.timeBudgetSeconds;
    default:
        return {};
    }
}

} // namespace ia
