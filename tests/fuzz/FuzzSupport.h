#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <functional>

// Shared by the fuzz targets: every reader of outside data has one (see tests/fuzz/CMakeLists.txt).
// A target returns normally for every input it handles as designed (a refused file, a located
// error message); anything else (a crash, an abort, a sanitizer report, an exception nobody
// expected) is a finding.
namespace ia::fuzz {

// One QGuiApplication on the offscreen platform for the whole run (reports lay out text).
void ensureApplication();
// A folder of this process's own that lives as long as the run.
QString scratchFolder();
// Writes bytes to name in the scratch folder, after removing what an earlier input left beside it
// (-wal, -shm, upgrade backups); returns its path.
QString scratchFile(const QString& name, const uint8_t* data, size_t size);
// Runs step; a StorageError or DataFileError is an expected answer to a bad input, not a finding.
void attempt(const std::function<void()>& step);

} // namespace ia::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
