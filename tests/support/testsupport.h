#pragma once

#include "storage/database.h"

#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <memory>

namespace wzsw::test {

class ServerSchema;

/// The PostgreSQL server the tests run against instead of SQLite files: the connection string
/// in the environment variable WZSW_TEST_POSTGRES (tools/pg-test-server prints one), or empty
/// for the local files. Tests about the file alone carry the tag [sqlite-only] and are left
/// out of that run; tests of the server's roles carry [postgres-only], are left out of the
/// SQLite run and return at once without a server.
QString testServer();

/// A fresh, empty data file in a temporary folder that disappears after the test. With a test
/// server, a fresh schema on it instead (path() is then its connection string), dropped after.
class TempDataFile
{
public:
    TempDataFile();
    ~TempDataFile();
    TempDataFile(const TempDataFile &) = delete;
    TempDataFile &operator=(const TempDataFile &) = delete;

    Database &db() { return *m_db; }
    QString path() const { return m_path; }
    /// Another path inside the same temporary folder.
    QString pathFor(const QString &name) const { return m_dir.filePath(name); }
    /// Closes the connection (to reopen the file in a test).
    void close() { m_db.reset(); }
    Database &reopen();

    /// The connection string of this test's schema as the login role `user`, without the
    /// maintenance mark (the program refuses the owner otherwise). Test server only.
    QString pathAs(const QString &user, const QString &password) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ServerSchema> m_schema; ///< on the test server: this test's data
    std::unique_ptr<Database> m_db;
};

} // namespace wzsw::test

// Catch2 prints QStrings readably in failure messages.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
