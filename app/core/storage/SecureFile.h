#pragma once

#include <QString>

namespace ia {

// Creates an empty file readable and writable by its owner only (0600), failing if it exists.
// SQLite gives its -wal and -shm files the mode of the database file, so creating the database
// this way keeps all three private. Throws StorageError.
void createPrivateFile(const QString& path);

// Narrows an existing file to 0600 if group or others may read it; missing files are ignored.
void restrictToOwner(const QString& path);

} // namespace ia
