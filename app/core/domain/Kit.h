#pragma once

#include "domain/Ids.h"
#include "domain/Question.h"

#include <QList>
#include <QString>

namespace ia {

// A question's place in a kit. The kit refers to the question, not to a version: a new interview
// snapshots whatever version is current when it starts.
struct KitItem
{
    KitItemId id = 0;
    int position = 0;
    int timeBudgetSeconds = 0;
    double weight = 1.0;
    Question question; // latest version, filled in by KitRepository
};

// An ordered selection of questions for a role.
struct Kit
{
    KitId id = 0;
    QString uuid;
    QString name;
    QString role;
    QString description;
    QList<KitItem> items;

    int totalBudgetSeconds() const;
    // The items as an interview asks them: each category once (see CategoryOrder.h).
    QList<KitItem> itemsInAskingOrder() const;
};

} // namespace ia
