#pragma once

#include <QString>

namespace wzsw::test {

/// Runs one statement as the test server's role (testServer()) on a short-lived connection of
/// its own; the server's complaint, or empty.
QString onTestServer(const QString &statement);

/// A fresh, empty schema on the test server (testServer(), which must be set), dropped again
/// at the end (kept with WZSW_TEST_KEEP_SCHEMAS, to look at a failed test's data with psql).
/// A schema per test is much cheaper than a database and just as separate.
class ServerSchema
{
public:
    ServerSchema();
    ~ServerSchema();
    ServerSchema(const ServerSchema &) = delete;
    ServerSchema &operator=(const ServerSchema &) = delete;

    const QString &name() const { return m_name; }
    /// The test server's connection string that works in this schema: with `maintenance=1`
    /// (the test role owns the tables) unless `maintenance` is false, and without its password
    /// when `withPassword` is false (for PGPASSWORD and ~/.pgpass).
    QString location(bool maintenance = true, bool withPassword = true) const;
    /// The test server's password.
    static QString password();

private:
    QString m_name;
};

} // namespace wzsw::test
