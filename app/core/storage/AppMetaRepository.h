#pragma once

#include <QString>

#include <optional>

namespace ia {

class Database;

// Small facts about the database itself: which question banks were installed, whether demo data
// was created, the first app version that can read it.
class AppMetaRepository
{
public:
    explicit AppMetaRepository(const Database& database);

    std::optional<QString> value(const QString& key) const;
    void setValue(const QString& key, const QString& value);
    // Inside a write transaction: the value, with the key held until the transaction ends, so a
    // second program doing the same on a server waits and then sees what the first wrote (two apps
    // installing the bank into a new server at once). On a server a missing key is made, empty,
    // to have a row to hold; empty counts as missing.
    std::optional<QString> lockedValue(const QString& key);

private:
    const Database& m_database;
};

} // namespace ia
