#pragma once

#include "domain/Ids.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ia {

// Edits that could not be saved yet, copied out of the app so they survive it: a JSON file next to
// the database ("<file>.recovery-<time>.json", 0600), or in the app's data folder when the
// database's folder cannot take it. People open it to copy their text back; erasing a candidate
// deletes every recovery file that mentions them.
namespace RecoveryFiles {

// Writes (or rewrites) the file; returns where it went, or empty with *error set.
QString write(const QString& databasePath, const QString& previousPath, const QString& reason,
              const QList<QJsonObject>& changes, QString* error);
QStringList existing(const QString& databasePath);
void removeFor(const QString& databasePath, CandidateId candidate);

} // namespace RecoveryFiles

} // namespace ia
