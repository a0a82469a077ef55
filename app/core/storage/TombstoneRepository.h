#pragma once

#include "bundle/Bundle.h"

#include <QList>
#include <QSet>

namespace ia {

class Database;

// What erase left behind: UUIDs and times only. An import never brings them back.
class TombstoneRepository
{
public:
    explicit TombstoneRepository(const Database& database);

    QList<Tombstone> all() const;
    QSet<QString> uuids() const;
    // Adds the ones not known yet (inside the caller's transaction, if any).
    void add(const QList<Tombstone>& tombstones);

private:
    const Database& m_database;
};

} // namespace ia
