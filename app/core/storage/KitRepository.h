#pragma once

#include "domain/Kit.h"

#include <QList>

#include <optional>

namespace ia {

class Database;

class KitRepository
{
public:
    explicit KitRepository(const Database& database);

    // Stores the kit and its items (each item's question.id must exist); returns it re-read.
    Kit create(const Kit& kit);

    std::optional<Kit> get(KitId id) const;
    std::optional<Kit> byName(const QString& name) const;
    std::optional<Kit> byUuid(const QString& uuid) const;
    QList<Kit> all() const; // by name, with items
    // The kit of the latest interview set up for this role (case and surrounding spaces ignored):
    // what a new interview for the role starts with.
    std::optional<KitId> lastUsedForRole(const QString& role) const;

private:
    QList<Kit> load(const QString& whereClause, const QString& placeholder, const QVariant& value) const;

    const Database& m_database;
};

} // namespace ia
