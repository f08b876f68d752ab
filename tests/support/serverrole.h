#pragma once

#include "storage/database.h"
#include "testsupport.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace wzsw::test {

/// A login role on the test server for one test: a member of one group role of
/// installer/postgres/setup.sql (`wzsw_leader`, `wzsw_coordinator`, `wzsw_steering`) working for
/// `municipalities` (codes, in the wzsw_access table of `file`'s schema). Roles belong to the
/// whole server, so the name is unique per test run; the role is dropped at the end of the test.
class ServerRole
{
public:
    ServerRole(TempDataFile &file, const QString &group, const QStringList &municipalities = {});
    ~ServerRole();
    ServerRole(const ServerRole &) = delete;
    ServerRole &operator=(const ServerRole &) = delete;

    const QString &name() const { return m_name; }
    /// The connection string of the test's data as this role.
    QString path() const { return m_file.pathAs(m_name, m_password); }
    /// Opens the test's data as this role, as the program does; fails the test when refused.
    std::unique_ptr<Database> open(Database::Mode mode = Database::Mode::ReadWrite) const;

private:
    TempDataFile &m_file;
    QString m_name;
    QString m_password;
};

} // namespace wzsw::test
