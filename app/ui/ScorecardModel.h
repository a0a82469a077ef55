#pragma once

#include "interview/InterviewSession.h"

#include <QAbstractItemModel>
#include <QList>
#include <QPointer>

namespace ia {

// The interview's questions for the list on the left: in kit order, under a heading each time the
// category changes (so reading top to bottom is the order they are asked in), each with its result
// (not asked / score / skipped) and time budget.
class ScorecardModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        QuestionColumn,
        ResultColumn,
        BudgetColumn,
        ColumnCount
    };
    enum Role
    {
        EntryIndexRole = Qt::UserRole + 1, // int, -1 on category rows
    };

    explicit ScorecardModel(QObject* parent = nullptr);

    void setSession(InterviewSession* session);

    QModelIndex indexForEntry(int entry, int column = QuestionColumn) const;
    int entryAt(const QModelIndex& index) const; // -1 for a category row

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Group
    {
        QString category;
        QList<int> entries;
    };
    void rebuild();
    void entryChanged(int entry);

    QPointer<InterviewSession> m_session;
    QList<Group> m_groups;
    QList<QPair<int, int>> m_position; // entry -> (group, row in group)
};

} // namespace ia
