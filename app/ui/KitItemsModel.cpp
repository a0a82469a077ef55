#include "KitItemsModel.h"

#include <QMimeData>

#include <cmath>

namespace ia {

namespace {

const QString rowMime = QStringLiteral("application/x-interview-assistant-kit-row");

} // namespace

KitItemsModel::KitItemsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void KitItemsModel::setItems(const QList<KitItem>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

bool KitItemsModel::move(int row, int to)
{
    if (row < 0 || row >= m_items.size() || to < 0 || to >= m_items.size() || row == to)
        return false;
    // beginMoveRows wants the destination as the row the item goes before, in the old numbering.
    beginMoveRows({}, row, row, {}, to > row ? to + 1 : to);
    m_items.move(row, to);
    endMoveRows();
    emit edited();
    return true;
}

void KitItemsModel::remove(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    emit edited();
}

void KitItemsModel::append(const QList<Question>& questions)
{
    if (questions.isEmpty())
        return;
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + questions.size() - 1));
    for (const Question& q : questions) {
        KitItem item;
        item.question = q;
        item.timeBudgetSeconds = q.timeBudgetSeconds;
        m_items.append(item);
    }
    endInsertRows();
    emit edited();
}

int KitItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int KitItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KitItemsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const KitItem& item = m_items.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case QuestionColumn:
            return item.question.title.isEmpty() ? tr("(untitled)") : item.question.title;
        case CategoryColumn:
            return item.question.category;
        case MinutesColumn:
            return item.timeBudgetSeconds / 60.0;
        case WeightColumn:
            return item.weight;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == QuestionColumn && item.question.draft)
        return item.question.version == 1 ? tr("Never published: publish it on the Questions page first")
                                          : tr("Has a draft: new interviews ask the published version");
    if (role == Qt::TextAlignmentRole && index.column() >= MinutesColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant KitItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuestionColumn:
        return tr("Question");
    case CategoryColumn:
        return tr("Category");
    case MinutesColumn:
        return tr("Minutes");
    case WeightColumn:
        return tr("Weight");
    default:
        return {};
    }
}

Qt::ItemFlags KitItemsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // between rows only: a drop never replaces a question
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.column() == MinutesColumn || index.column() == WeightColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool KitItemsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_items.size())
        return false;
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number) || number < 0)
        return false;
    KitItem& item = m_items[index.row()];
    if (index.column() == MinutesColumn && number <= 24 * 60)
        item.timeBudgetSeconds = int(std::lround(number * 60));
    else if (index.column() == WeightColumn && number <= 100)
        item.weight = number;
    else
        return false;
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::DropActions KitItemsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList KitItemsModel::mimeTypes() const
{
    return {rowMime};
}

QMimeData* KitItemsModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(rowMime, QByteArray::number(indexes.first().row()));
    return data;
}

bool KitItemsModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                 const QModelIndex& parent)
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(rowMime))
        return false;
    bool ok = false;
    const int from = data->data(rowMime).toInt(&ok);
    if (!ok || from < 0 || from >= m_items.size())
        return false;
    int before = row >= 0 ? row : (parent.isValid() ? parent.row() : int(m_items.size()));
    const int to = before > from ? before - 1 : before;
    move(from, std::clamp(to, 0, int(m_items.size()) - 1));
    // The move is done here; returning false stops the view from removing the dragged row after.
    return false;
}

} // namespace ia
