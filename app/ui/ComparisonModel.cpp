#include "ComparisonModel.h"

#include "ui/StatusColors.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace ia {

ComparisonModel::ComparisonModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ComparisonModel::setComparison(const Comparison& comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

QString ComparisonModel::cellText(const Comparison::Cell& cell, bool isCategory)
{
    if (!cell.mean)
        return QString();
    QString text = QLocale().toString(*cell.mean, 'f', isCategory ? 2 : 1);
    if (!isCategory && cell.count >= 2)
        text += QStringLiteral(" ±%1").arg(cell.spread);
    if (cell.disagreement)
        text += QStringLiteral(" ⚠");
    return text;
}

int ComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.rows().size());
}

int ComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.columns().size()) + 1;
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section == 0)
        return role == Qt::DisplayRole ? tr("Question") : QVariant();
    const Comparison::Column& c = m_comparison.columns().at(section - 1);
    if (role == Qt::DisplayRole) {
        if (c.blinded)
            return tr("%1\n(hidden)").arg(c.name);
        return c.overall ? QStringLiteral("%1\n%2").arg(c.name, QLocale().toString(*c.overall, 'f', 2))
                         : c.name;
    }
    if (role == Qt::ToolTipRole) {
        return c.blinded ? tr("Blind scoring: submit your own scorecard for %1 to see the panel.").arg(c.name)
                         : tr("%1: weighted score over %n scorecard(s)", nullptr, c.scorecards).arg(c.name);
    }
    return {};
}

QVariant ComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Comparison::Row& row = m_comparison.rows().at(index.row());
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return row.isCategory ? row.category : QStringLiteral("   ") + row.title;
        if (role == Qt::FontRole && row.isCategory) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    const Comparison::Cell cell = m_comparison.cell(index.row(), index.column() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(cell, row.isCategory);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case Qt::FontRole:
        if (row.isCategory) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole: {
        if (!cell.mean)
            return {};
        // The view's own palette, dark or light: the cells are tints of its background.
        const QPalette palette = QGuiApplication::palette();
        if (cell.disagreement)
            return StatusColors::warningBackground(palette);
        // 1 → red, 4 → green.
        return StatusColors::heat(palette, (*cell.mean - 1.0) / 3.0);
    }
    case Qt::ForegroundRole:
        return cell.mean ? QVariant(StatusColors::heatText(QGuiApplication::palette())) : QVariant();
    case Qt::ToolTipRole:
        if (!cell.mean)
            return {};
        return row.isCategory ? tr("Weighted mean of the category")
                              : tr("Mean %1 from %n score(s), spread %2%3", nullptr, cell.count)
                                    .arg(QLocale().toString(*cell.mean, 'f', 2))
                                    .arg(cell.spread)
                                    .arg(cell.disagreement ? tr(": the panel disagrees") : QString());
    default:
        return {};
    }
}

} // namespace ia
