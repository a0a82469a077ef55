#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace ia {

class StorageError;

// Where a team server is: a PostgreSQL URL in libpq's syntax,
// postgresql://user[:password]@host[:port]/dbname[?sslmode=...&host=/socket/dir&...], parsed and
// checked before anything connects. A password in the URL is accepted (libpq users expect it) but
// never shown: display() leaves it out, and the recent list keeps display() only.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ia::ServerAddress)

public:
    // Whether `location` is meant as a server URL rather than a file path.
    static bool isServerUrl(const QString& location);
    // Throws StorageError (InvalidData) naming what is wrong with the URL.
    static ServerAddress parse(const QString& url);
    // The address of the fields a user filled in (File → Connect to team server…): a host name or
    // a socket folder, an sslmode of libpq's or empty for the default. Checked as parse() checks a
    // URL; throws StorageError (InvalidData).
    static ServerAddress fromParts(const QString& host, int port, const QString& database,
                                   const QString& user, const QString& sslMode = {});
    // libpq's sslmodes, safest first.
    static QStringList sslModes();
    // Whether a failed connection was the server refusing or wanting a password (which another
    // password may cure), as opposed to anything else connectError says.
    static bool isPasswordRefusal(const StorageError& error);

    const QString& host() const { return m_host; } // a name, an address, or a socket folder
    int port() const { return m_port; }
    const QString& database() const { return m_database; }
    const QString& user() const { return m_user; }
    const QString& password() const { return m_password; }
    void setPassword(const QString& password) { m_password = password; }
    // libpq's sslmode. Unless the URL says otherwise: verify-full for a host on the network (the
    // server's certificate must match its name), none needed over a local socket or loopback.
    const QString& sslMode() const { return m_sslMode; }
    bool isLocal() const;

    // The URL without the password: what titles, the recent list and messages show.
    QString display() const;
    // For QSqlDatabase::setConnectOptions: TLS, a connect timeout, the application's name.
    QString connectOptions() const;
    // What a failed connection means for the user, from libpq's words (it gives no code for
    // these): unreachable, wrong password, no such database or user, TLS, not allowed.
    StorageError connectError(const QString& driverText) const;
    // The keyring entry's key for this server's password: user, host, port, database and TLS mode.
    QString keyringKey() const;

private:
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_sslMode;
    int m_connectTimeout = 10;
};

} // namespace ia
