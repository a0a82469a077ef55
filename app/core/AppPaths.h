#pragma once

#include <QString>

namespace ia::AppPaths {

// Where the app keeps its database unless --db says otherwise (QStandardPaths::AppDataLocation).
// Needs the application and organisation names set first.
QString defaultDatabasePath();

} // namespace ia::AppPaths
