#pragma once

#include <QDateTime>
#include <QString>

namespace ia {

class Database;

// Realistic demo content so every screen and report has something to show: candidates for two
// roles, a panel of three interviewers (one lenient, one harsh), and interviews with scores,
// evidence notes, highlights, recommendations and a pasted code answer. Scores are derived
// deterministically from each candidate's ability and each interviewer's leniency, so the same
// database comes out every time (apart from the dates, which are relative to `now`).
class DemoData
{
public:
    static QString dataPath();
    // A demo database is for trying things out, manager mode included: its manager passphrase is
    // this (set when the demo data is, unless the database has one already).
    static QString managerPassphrase() { return QStringLiteral("demo-manager"); }

    // Creates the demo content once per database (installing the default question bank first if
    // needed); returns false if it was already there. Throws StorageError or DataFileError.
    static bool create(const Database& database, const QDateTime& now = QDateTime::currentDateTimeUtc());
};

} // namespace ia
