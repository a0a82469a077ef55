#pragma once

#include <QString>

namespace ia {

// Database files this app last closed cleanly, each with the file's identity, size and
// modification time at that moment (kept in the user's cache folder, one small file per database).
//
// Why: SQLite's full check (PRAGMA quick_check) reads the whole file, about 0.4 s at 100,000
// candidates, and opening a database must not grow with its size. A file whose identity, size and
// time are exactly what this app left at a clean close has not been written since, by us or by
// anyone, so the full check it passed before still holds. Anything else (a crash while it was open,
// another program writing to it, a copy from elsewhere, a lost cache) gets the full check again.
// Database forgets the record while it has the file open for writing, so a crash leaves none.
namespace CheckedFiles {

// Whether path is exactly as this app left it at its last clean close.
bool unchangedSinceCleanClose(const QString& path);
// After the last connection of this process to path closed cleanly.
void recordCleanClose(const QString& path);
// Opened for writing: until it is closed cleanly again, the next opening checks it in full.
void forget(const QString& path);
// SQLite reported damage in this process: no file is recorded as clean from now on, so the next
// opening checks it in full and refuses it with a clear message.
void sawDamage();

} // namespace CheckedFiles

} // namespace ia
