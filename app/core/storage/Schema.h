#pragma once

#include "storage/Migration.h"

#include <QList>

namespace ia {

// The schema's history, oldest first. Never edit a released step; add a new one.
namespace Schema {

QList<Migration> migrations();
int latestVersion();

} // namespace Schema

} // namespace ia
