#pragma once

#include <QString>

namespace ia {

class Database;

// The versions a bug report needs: the app's, Qt's (run time), KF6 SyntaxHighlighting's and the
// database engine's.
struct VersionInfo
{
    QString app;
    QString qt;
    QString syntaxHighlighting;
    QString database; // empty when no database is open

    static VersionInfo collect(const Database* database);
    QString toText() const; // one "name: version" per line
};

} // namespace ia
