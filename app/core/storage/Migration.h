#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace ia {

class SqlDialect;

// One step of the schema's history. Steps are cumulative: a database at version N runs every step
// above N, all inside one transaction, and ends at the last step's version.
struct Migration
{
    int version = 0;       // the schema version this step produces
    QString minAppVersion; // the first app version that understands it; quoted to older apps
    QString description;
    std::function<void(const QSqlDatabase&, const SqlDialect&)> apply;
};

} // namespace ia
