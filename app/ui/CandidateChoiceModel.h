#pragma once

#include "domain/Ids.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>
#include <QString>

#include <utility>

namespace ia {

// The candidates of a role, each with a tick box: which of them the Compare page compares. A role on
// a team server can hold hundreds of thousands of candidates, so the list is a model over two plain
// lists (an item widget per candidate took seconds to build and tens of megabytes to hold).
class CandidateChoiceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

    // A new list with the given candidates ticked.
    void setCandidates(QList<std::pair<CandidateId, QString>> candidates, QSet<CandidateId> ticked);
    QList<CandidateId> chosen() const; // in the list's order
    const QSet<CandidateId>& ticked() const { return m_ticked; }
    int rowOf(CandidateId candidate) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    // A tick set or cleared by the user (not by setCandidates).
    void choiceChanged();

private:
    QList<std::pair<CandidateId, QString>> m_candidates;
    QSet<CandidateId> m_ticked;
};

} // namespace ia
