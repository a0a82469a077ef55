#pragma once

#include "domain/Kit.h"

#include <QAbstractListModel>

namespace ia {

// The questions of one kit, in kit order, with their time budgets.
class KitQuestionModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        CategoryRole = Qt::UserRole + 1,
        BudgetSecondsRole,
    };

    explicit KitQuestionModel(QObject* parent = nullptr);

    void setKit(const Kit& kit);
    const Kit& kit() const { return m_kit; }
    const KitItem& item(int row) const { return m_kit.items.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    Kit m_kit;
};

} // namespace ia
