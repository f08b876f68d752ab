#include "storage/serverlocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {} // namespace

bool ServerLocation::isLoopback(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    // QtNetwork stays out of core: the loopback addresses written out (127.0.0.0/8 and ::1).
    static const QRegularExpression ipv4Loopback(u"^127(\\.[0-9]{1,3}){3}$"_s);
    return ipv4Loopback.match(host).hasMatch() || host == u"::1"_s;
}

namespace {

// A libpq option value in single quotes, with its quotes and backslashes escaped.
QString quoted(QString value)
{
    value.replace(u"\\"_s, u"\\\\"_s);
    value.replace(u"'"_s, u"\\'"_s);
    return u"'"_s + value + u"'"_s;
}

} // namespace

bool ServerLocation::isServer(const QString &location)
{
    return location.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
           location.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

Result<ServerLocation> ServerLocation::parse(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    ServerLocation server;
    // The message shows the string without its password: it may land on a screen or in a log.
    const QString shown = url.isValid() ? url.toString(QUrl::RemovePassword) : QString();
    if (!isServer(location) || !url.isValid() || url.host().isEmpty())
        return Error::make(Error::Kind::Invalid,
                           tr("This is not a valid connection string (postgresql://user@host/"
                              "database): %1")
                               .arg(shown));
    server.host = url.host();
    server.port = url.port(5432);
    server.database = url.path().mid(1);
    server.user = url.userName();
    server.password = url.password();
    if (server.database.isEmpty() || server.database.contains(u'/') || server.user.isEmpty())
        return Error::make(
            Error::Kind::Invalid,
            tr("The connection string needs a user and a database name: %1").arg(shown));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"sslmode"_s)
            server.sslMode = value;
        else if (key == u"options"_s)
            server.options = value;
        else if (key == u"connect_timeout"_s)
            server.connectTimeout = value;
        else if (key == u"application_name"_s)
            server.applicationName = value;
        else if (key == u"maintenance"_s)
            server.maintenance = value == u"1"_s;
        else
            return Error::make(Error::Kind::Invalid,
                               tr("The connection string has an unknown setting %1.").arg(key));
    }
    static const QStringList encrypted{u"require"_s, u"verify-ca"_s, u"verify-full"_s};
    static const QStringList plain{u"disable"_s, u"allow"_s, u"prefer"_s};
    if (!encrypted.contains(server.sslMode) &&
        !(plain.contains(server.sslMode) && isLoopback(server.host)))
        return Error::make(Error::Kind::Invalid,
                           tr("The connection to %1 must be encrypted (sslmode=require, "
                              "verify-ca or verify-full).")
                               .arg(server.host));
    return server;
}

QString ServerLocation::displayName() const
{
    return u"postgresql://"_s + user + u"@"_s + host + u":"_s + QString::number(port) + u"/"_s +
           database;
}

QString ServerLocation::toString() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host);
    url.setPort(port);
    // Decoded: a password with @, : or % in it is encoded rather than read as a delimiter.
    url.setPath(u"/"_s + database, QUrl::DecodedMode);
    url.setUserName(user, QUrl::DecodedMode);
    url.setPassword(password, QUrl::DecodedMode);
    // Only what differs from parse()'s defaults, so the string stays readable.
    const ServerLocation defaults;
    QUrlQuery query;
    const auto add = [&query](const QString &key, const QString &value) {
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(u"sslmode"_s, sslMode);
    if (!options.isEmpty())
        add(u"options"_s, options);
    if (connectTimeout != defaults.connectTimeout)
        add(u"connect_timeout"_s, connectTimeout);
    if (applicationName != defaults.applicationName)
        add(u"application_name"_s, applicationName);
    if (maintenance)
        query.addQueryItem(u"maintenance"_s, u"1"_s);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString ServerLocation::connectOptions() const
{
    QStringList parts{u"sslmode="_s + sslMode, u"connect_timeout="_s + quoted(connectTimeout),
                      u"application_name="_s + quoted(applicationName)};
    if (!options.isEmpty())
        parts.append(u"options="_s + quoted(options));
    return parts.join(u';');
}

} // namespace wzsw
