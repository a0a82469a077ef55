#pragma once

#include "analysis/Comparison.h"

#include <QAbstractTableModel>

namespace ia {

// The comparison grid for a table view: the question (or category) in column 0, then one column per
// candidate, best weighted score first. A cell reads "3.5 ±1", coloured from red (1) to green (4);
// ⚠ marks a disagreement in the panel.
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ComparisonModel(QObject* parent = nullptr);

    void setComparison(const Comparison& comparison);
    const Comparison& comparison() const { return m_comparison; }

    static QString cellText(const Comparison::Cell& cell, bool isCategory);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Comparison m_comparison;
};

} // namespace ia
