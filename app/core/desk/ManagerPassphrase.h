#pragma once

#include "domain/Viewer.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ia {

class Database;

// The manager passphrase: set on first use, kept in the database as a salted, slow hash
// (PBKDF2-HMAC-SHA256 through QPasswordDigestor), never as the passphrase. The only way the app
// and the CLI get a manager's view (Viewer::asManager) is unlock().
//
// What it protects: a colleague at your laptop, or one who has the app open on a shared database,
// cannot switch blind scoring off or erase a candidate without the passphrase. What it cannot: the
// database is a plain file; whoever can read it can read everything in it with any SQLite tool.
// Access that a person cannot get around comes with the team server, whose roles the server
// enforces.
class ManagerPassphrase
{
    Q_DECLARE_TR_FUNCTIONS(ia::ManagerPassphrase)

public:
    static constexpr int minimumLength = 8;
    static constexpr int iterations = 310'000; // OWASP 2023 guidance for PBKDF2-HMAC-SHA256

    static bool isSet(const Database& database);
    // First use: sets it. Changing it needs the current one (current is ignored when none is set).
    // Throws StorageError: Denied for a wrong current passphrase, Failed for one too short.
    static void set(const Database& database, const QString& passphrase, const QString& current = {});
    static bool verify(const Database& database, const QString& passphrase);
    // The manager's view, or nothing when the passphrase is wrong or none is set.
    static std::optional<Viewer> unlock(const Database& database, const QString& passphrase);
};

} // namespace ia
