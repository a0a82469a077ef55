#pragma once

#include "domain/Kit.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace ia {

class Database;

// Kits, their working copies and their published versions (see Kit).
class KitRepository
{
    Q_DECLARE_TR_FUNCTIONS(ia::KitRepository)

public:
    explicit KitRepository(const Database& database);

    // Stores the kit and its items as a working copy, not yet published (each item's question.id
    // must exist); returns it re-read.
    Kit create(const Kit& kit);

    // The kit as new interviews use it: its newest published version's items, each with the newest
    // published version of its question. A kit never published has no items here.
    std::optional<Kit> get(KitId id) const;
    std::optional<Kit> byName(const QString& name) const;
    std::optional<Kit> byUuid(const QString& uuid) const;
    QList<Kit> all() const; // by name, archived and unpublished ones too
    // What the start form offers: published and not archived.
    QList<Kit> offered() const;
    // The kit of the latest interview set up for this role (case and surrounding spaces ignored):
    // what a new interview for the role starts with.
    std::optional<KitId> lastUsedForRole(const QString& role) const;

    // The Kits page's side: the working copy, with each question's newest version, draft or not.
    std::optional<Kit> working(KitId id) const;
    // Name, role, description and target length change at once; a name must stay unique.
    void updateDetails(const Kit& details);
    // Replaces the working copy's items (order as given).
    void setItems(KitId id, const QList<KitItem>& items);
    // A copy of the working copy under a free name ("NAME (copy)"), not yet published.
    Kit duplicate(KitId id);
    void setArchived(KitId id, bool archived);
    // What stops the working copy from being published, one line each.
    QStringList publishProblems(KitId id) const;
    // The working copy becomes the version new interviews start from. Throws StorageError with
    // publishProblems' lines.
    Kit publish(KitId id, const QString& author);
    // A kit name not used yet: `name`, else "name (2)", "name (3)"...
    QString freeName(const QString& name) const;

private:
    enum class Items
    {
        Published,
        Working,
    };
    QList<Kit> load(const QString& whereClause, const QString& placeholder, const QVariant& value,
                    Items items) const;

    const Database& m_database;
};

} // namespace ia
