#pragma once

#include "domain/Ids.h"
#include "domain/Question.h"

#include <QDateTime>
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

// An ordered selection of questions for a role. Name, role, description and target length are the
// kit's own and change at once; the items are versioned: new interviews start from the newest
// published version and pin it, while the Kits page edits a working copy.
struct Kit
{
    KitId id = 0;
    QString uuid;
    QString name;
    QString role;
    QString description;
    int targetSeconds = 0; // the length the kit should fit; 0 for none
    bool archived = false;
    // The items' version these are: 0 for the working copy (and for a kit never published).
    KitVersionId versionId = 0;
    int version = 0;       // the newest published version's number; 0 when never published
    bool changed = false;  // the working copy differs from the newest published version
    QDateTime publishedAt; // of `version`
    QString publishedBy;
    QList<KitItem> items;

    int totalBudgetSeconds() const;
    // The items as an interview asks them: each category once (see CategoryOrder.h).
    QList<KitItem> itemsInAskingOrder() const;
};

} // namespace ia
