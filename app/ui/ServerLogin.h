#pragma once

#include "storage/Database.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace ia {

class ServerAddress;

// Opening a team server from the window. The password comes from what was typed in this run, else
// libpq's own ~/.pgpass or PGPASSWORD (or none, where the server trusts the login); when the server
// wants one after that, from the desktop's keyring (QtKeychain); when the server does not accept
// it, the connect dialog comes back with the reason until the server does or the user gives up. A password
// goes into the keyring only once the server has accepted it, and only when the user asked; never into the
// settings file.
class ServerLogin
{
    Q_DECLARE_TR_FUNCTIONS(ia::ServerLogin)

public:
    // A password typed in the connect dialog, kept for this run; `keep`: into the keyring once it
    // works.
    static void offer(const ServerAddress& address, const QString& password, bool keep);
    // Opens the server at `location` (which becomes the address finally used). Without mayAsk (an
    // unattended run) no dialog is shown. Throws StorageError as Database does; a user who gave up
    // gets the server's refusal.
    static std::unique_ptr<Database> open(QString& location, const Database::Options& options, bool mayAsk,
                                          QWidget* parent = nullptr);
};

} // namespace ia
