#pragma once

#include <QString>

namespace ia {

// Creates an empty file readable and writable by its owner only (0600), failing if it exists.
// SQLite gives its -wal and -shm files the mode of the database file, so creating the database
// this way keeps all three private. Throws StorageError.
void createPrivateFile(const QString& path);

// Narrows an existing file to 0600 if group or others may read it; missing files are ignored.
void restrictToOwner(const QString& path);

// Flushes a file (or a folder, after a rename inside it) to the disk. Throws StorageError.
void syncFile(const QString& path);

// The databases this process has open, so nothing else in it writes over their files (an export
// saved under the database's name, say). Database registers itself while it is open.
namespace OpenDatabases {
void add(const QString& databasePath);
void remove(const QString& databasePath);
// Whether path is an open database, one of its side files (-wal, -shm, -journal) or its backups.
bool owns(const QString& path);
// Whether folder holds an open database: no dialog should open there by default, since listing it
// is how its files would get opened outside SQLite.
bool holdsDatabase(const QString& folder);
} // namespace OpenDatabases

} // namespace ia
