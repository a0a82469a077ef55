#pragma once

#include "domain/Question.h"

#include <QList>
#include <QString>

namespace ia {

// One question of a pack's kit: which question (an index into Pack::questions, so readers that
// know no UUIDs, such as the spreadsheet layout, can still say which), its budget and weight.
struct PackKitItem
{
    int question = -1;
    int timeBudgetSeconds = 0;
    double weight = 1.0;

    friend bool operator==(const PackKitItem&, const PackKitItem&) = default;
};

struct PackKit
{
    QString uuid; // empty when the file gave none: matched by name on import
    QString name;
    QString role;
    QString description;
    int targetSeconds = 0; // the length the kit is meant to fit; 0 for none
    QList<PackKitItem> items;
};

// A question pack: questions with their rubrics, and kits that order them. How a team shares its
// bank, and how the app ships its own. Readers validate everything before a Pack exists; a Pack
// holds only values the domain accepts.
struct Pack
{
    QString name;     // e.g. "python-developer"; what the database remembers an installed revision by
    int revision = 1; // a shipped pack is installed again only when this grows
    // Each question's published version. A question's `uuid` may be empty (a spreadsheet row without
    // one): the importer matches it by key, then by category and title.
    QList<Question> questions;
    QList<PackKit> kits;
};

} // namespace ia
