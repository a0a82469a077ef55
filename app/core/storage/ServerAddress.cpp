#include "ServerAddress.h"

#include "storage/StorageError.h"

#include <QUrl>
#include <QUrlQuery>

namespace ia {

namespace {

StorageError invalid(const QString& url, const QString& why)
{
    return StorageError(StorageError::Kind::InvalidData,
                        ServerAddress::tr("The server address \"%1\" cannot be used: %2. A team server is "
                                          "written postgresql://user@host:port/database, for example "
                                          "postgresql://alice@db.example.com/interviews.")
                            .arg(url, why));
}

// A value libpq would take apart: connect options are "key=value" pairs separated by ';' in Qt.
bool safeOptionValue(const QString& value)
{
    for (const QChar c : value) {
        if (c == QLatin1Char(';') || c == QLatin1Char('=') || c == QLatin1Char('\'') || c.isSpace() ||
            c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

} // namespace

bool ServerAddress::isServerUrl(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

ServerAddress ServerAddress::parse(const QString& url)
{
    // Shown in messages without the password.
    QUrl parsed(url, QUrl::StrictMode);
    // Shown without whatever lies between the scheme and the last @ (user and password), whether
    // or not the URL parses: a password with a # or a space in it makes it invalid.
    QString shown = url;
    if (const qsizetype scheme = url.indexOf(QLatin1String("://")), at = url.lastIndexOf(QLatin1Char('@'));
        scheme >= 0 && at > scheme) {
        const QString user = url.mid(scheme + 3, at - scheme - 3).section(QLatin1Char(':'), 0, 0);
        shown = url.left(scheme + 3) + user + url.mid(at);
    }
    if (!isServerUrl(url))
        throw invalid(shown, tr("it does not start with postgresql://"));
    if (!parsed.isValid())
        // Not QUrl's own words: they quote the whole address, password and all.
        throw invalid(shown, tr("it is not a valid URL (in a password, write # / ? @ % and spaces "
                                "percent-encoded, as %23 %2F %3F %40 %25 %20)"));

    ServerAddress a;
    a.m_user = parsed.userName();
    a.m_password = parsed.password();
    a.m_host = parsed.host();
    const QString path = parsed.path();
    a.m_database = path.startsWith(QLatin1Char('/')) ? path.mid(1) : path;
    if (parsed.port() != -1)
        a.m_port = parsed.port();

    const QUrlQuery query(parsed);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!sslModes().contains(value))
                throw invalid(shown,
                              tr("sslmode must be one of %1").arg(sslModes().join(QStringLiteral(", "))));
            a.m_sslMode = value;
        } else if (key == QLatin1String("host")) {
            a.m_host = value; // a socket folder, as libpq allows
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            a.m_port = value.toInt(&ok);
            if (!ok)
                throw invalid(shown, tr("the port is not a number"));
        } else if (key == QLatin1String("user")) {
            a.m_user = value;
        } else if (key == QLatin1String("dbname")) {
            a.m_database = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            a.m_connectTimeout = value.toInt(&ok);
            if (!ok || a.m_connectTimeout < 1)
                throw invalid(shown, tr("connect_timeout must be a number of seconds"));
        } else {
            throw invalid(shown, tr("the setting \"%1\" is not supported").arg(key));
        }
    }
    if (a.m_port < 1 || a.m_port > 65535)
        throw invalid(shown, tr("the port must lie between 1 and 65535"));
    if (a.m_database.isEmpty())
        throw invalid(shown, tr("it names no database"));
    if (a.m_database.contains(QLatin1Char('/')))
        throw invalid(shown, tr("the database name contains a slash"));
    if (a.m_host.isEmpty())
        a.m_host = QStringLiteral("localhost");
    if (!a.m_sslMode.isEmpty() && !safeOptionValue(a.m_sslMode))
        throw invalid(shown, tr("the TLS mode is not valid"));
    if (a.m_sslMode.isEmpty())
        a.m_sslMode = a.isLocal() ? QStringLiteral("prefer") : QStringLiteral("verify-full");
    return a;
}

bool ServerAddress::isLocal() const
{
    return m_host.startsWith(QLatin1Char('/')) || m_host == QLatin1String("localhost") ||
           m_host == QLatin1String("127.0.0.1") || m_host == QLatin1String("::1");
}

QString ServerAddress::display() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    QUrlQuery query;
    if (m_host.startsWith(QLatin1Char('/'))) {
        query.addQueryItem(QStringLiteral("host"), m_host);
        if (m_port != 5432)
            query.addQueryItem(QStringLiteral("port"), QString::number(m_port));
    } else {
        url.setHost(m_host);
        if (m_port != 5432)
            url.setPort(m_port);
    }
    url.setPath(QLatin1Char('/') + m_database);
    const QString defaultMode = isLocal() ? QStringLiteral("prefer") : QStringLiteral("verify-full");
    if (m_sslMode != defaultMode)
        query.addQueryItem(QStringLiteral("sslmode"), m_sslMode);
    url.setQuery(query);
    // Encoded where a URL must be (a space in a database's name), so that it parses back.
    QString text = url.toString(QUrl::FullyEncoded);
    // QUrl leaves "postgresql:" alone for a URL without a host; libpq wants the two slashes.
    if (!text.startsWith(QLatin1String("postgresql://")))
        text.replace(0, int(qstrlen("postgresql:")), QStringLiteral("postgresql://"));
    return text;
}

QString ServerAddress::connectOptions() const
{
    // A connection whose network went away (the Wi-Fi dropped, the laptop changed networks) gets
    // no error from the kernel: a statement on it would wait for TCP to give up, about 15 minutes,
    // with the window frozen. Unacknowledged data fails it after connect_timeout instead
    // (tcp_user_timeout, at most an hour), and an idle one, such as the connection listening for
    // colleagues' changes, is found dead by keepalives after about 15 s or connect_timeout,
    // whichever is longer (Linux lets tcp_user_timeout decide when keepalives give up). Both are
    // ignored on a Unix socket.
    return QStringLiteral("sslmode=%1;connect_timeout=%2;tcp_user_timeout=%3;keepalives=1;keepalives_idle=10;"
                          "keepalives_interval=5;keepalives_count=2;application_name=interview-assistant")
        .arg(m_sslMode)
        .arg(m_connectTimeout)
        .arg(qMin(m_connectTimeout, 3600) * 1000);
}

namespace {

// libpq's words when the password was wrong or missing.
bool mentionsPassword(const QString& driverText)
{
    return driverText.contains(QLatin1String("authentication failed"), Qt::CaseInsensitive) ||
           driverText.contains(QLatin1String("no password supplied"), Qt::CaseInsensitive);
}

} // namespace

ServerAddress ServerAddress::fromParts(const QString& host, int port, const QString& database,
                                       const QString& user, const QString& sslMode)
{
    ServerAddress a;
    a.m_host = host.trimmed().isEmpty() ? QStringLiteral("localhost") : host.trimmed();
    a.m_port = port;
    a.m_database = database.trimmed();
    a.m_user = user.trimmed();
    a.m_sslMode = sslMode.isEmpty() ? (a.isLocal() ? QStringLiteral("prefer") : QStringLiteral("verify-full"))
                                    : sslMode;
    // Through the URL and back: one set of checks for typed fields and typed URLs.
    return parse(a.display());
}

QStringList ServerAddress::sslModes()
{
    return {QStringLiteral("verify-full"), QStringLiteral("verify-ca"), QStringLiteral("require"),
            QStringLiteral("prefer"),      QStringLiteral("allow"),     QStringLiteral("disable")};
}

bool ServerAddress::isPasswordRefusal(const StorageError& error)
{
    return error.kind() == StorageError::Kind::Refused && mentionsPassword(error.detail());
}

StorageError ServerAddress::connectError(const QString& driverText) const
{
    const auto has = [&](const char* words) {
        return driverText.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    using Kind = StorageError::Kind;
    const QString where = display();
    if (mentionsPassword(driverText)) {
        return StorageError(Kind::Refused,
                            tr("The team server %1 did not accept the password for %2. Check the password "
                               "(or ask the server's administrator to set a new one).")
                                .arg(where, m_user),
                            driverText);
    }
    if (has("database") && has("does not exist")) {
        return StorageError(Kind::Refused,
                            tr("There is no database \"%1\" on the team server %2. Check the name in the "
                               "address.")
                                .arg(m_database, where),
                            driverText);
    }
    if (has("role") && has("does not exist")) {
        return StorageError(Kind::Refused,
                            tr("The team server %1 has no user \"%2\". Check the name, or ask the server's "
                               "administrator to add you (interview-cli server add-user).")
                                .arg(where, m_user),
                            driverText);
    }
    if (has("certificate") || has("SSL") || has("TLS")) {
        return StorageError(Kind::Refused,
                            tr("The connection to the team server %1 is not secure: its certificate could "
                               "not be verified (%2). Ask the server's administrator; do not turn the check "
                               "off on a network you do not control.")
                                .arg(where, driverText.simplified()),
                            driverText);
    }
    if (has("permission denied") || has("not permitted") || has("pg_hba.conf")) {
        return StorageError(Kind::Refused,
                            tr("The team server %1 does not let %2 in. Ask the server's administrator for "
                               "access.")
                                .arg(where, m_user),
                            driverText);
    }
    return StorageError(Kind::Unreachable,
                        tr("The team server %1 cannot be reached. Check the network connection and the "
                           "address; the server may also be down.")
                            .arg(where),
                        driverText);
}

QString ServerAddress::keyringKey() const
{
    // With the TLS mode: a password kept for a verified connection is never offered to an address
    // that would send it unencrypted.
    return QStringLiteral("%1@%2:%3/%4?sslmode=%5")
        .arg(m_user, m_host)
        .arg(m_port)
        .arg(m_database, m_sslMode);
}

} // namespace ia
