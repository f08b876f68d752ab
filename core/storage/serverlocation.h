#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace wzsw {

/// Where a regional PostgreSQL database lives, read from a connection string
/// `postgresql://user:password@host:port/database?sslmode=require`. wzsw takes this string
/// wherever it takes a data file path.
///
/// Reading of the parameters: `sslmode` is `require` when absent (personal data never crosses
/// a network unencrypted); `disable`, `allow` and `prefer` are accepted only for a loopback host
/// (the private test server). `options`, `connect_timeout` and `application_name` go to libpq as
/// given. `maintenance=1` allows connecting as the owner of the tables (creating the schema,
/// the tests): the program refuses the owner otherwise, because the owner passes by the
/// row-level security that keeps municipalities apart.
struct ServerLocation
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::ServerLocation)

public:
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString sslMode = QStringLiteral("require");
    QString options;
    QString connectTimeout = QStringLiteral("10");
    QString applicationName = QStringLiteral("wzsw");
    bool maintenance = false;

    /// Whether `location` is a connection string rather than a file path.
    static bool isServer(const QString &location);
    /// Reads a connection string; an Error naming what is wrong (never the password).
    static Result<ServerLocation> parse(const QString &location);

    /// Whether `host` is this computer (localhost, 127.x.x.x, ::1): the only host a
    /// connection without TLS may go to.
    static bool isLoopback(const QString &host);

    /// The connection string that parse() reads back into this location, password included
    /// (to open the connection; never to show or store).
    QString toString() const;
    /// The string without its password, for messages and logs.
    QString displayName() const;
    /// The libpq options beyond host, port, database, user and password (QPSQL's
    /// connect options, `;`-separated).
    QString connectOptions() const;
};

} // namespace wzsw
