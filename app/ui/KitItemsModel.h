#pragma once

#include "domain/Kit.h"

#include <QAbstractTableModel>

namespace ia {

// The questions of a kit's working copy as the Kits page edits them: time and weight in place,
// order by drag and drop (or Alt+Up/Alt+Down through move()). Says `edited` after every change,
// and the page saves at once.
class KitItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        QuestionColumn,
        CategoryColumn,
        MinutesColumn,
        WeightColumn,
        ColumnCount,
    };

    explicit KitItemsModel(QObject* parent = nullptr);

    void setItems(const QList<KitItem>& items);
    const QList<KitItem>& items() const { return m_items; }
    bool move(int row, int to);
    void remove(int row);
    void append(const QList<Question>& questions);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    void edited();

private:
    QList<KitItem> m_items;
};

} // namespace ia
