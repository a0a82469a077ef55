#pragma once

#include <QString>

namespace ia {
class Database;
}

namespace ia::bench {

// A generated hiring database of `candidates` candidates (25,000, 50,000 or 100,000): each has one
// submitted 15-question interview, and one in five a panel of three (so calibration compares
// interviewers, as on real data). The data is a function of the candidate's number, so the 25k
// database is the first quarter of the 100k one. Made once, kept in the build tree while the schema
// and this generator do not change.
QString generatedDatabasePath(int candidates);

// The generated database, opened once per run and closed before the application goes.
Database& generatedDatabase(int candidates);
// Closes those, for a benchmark that must be the only one with the file open.
void closeGeneratedDatabases();

} // namespace ia::bench
