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

private:
    const Database& m_database;
};

} // namespace ia
