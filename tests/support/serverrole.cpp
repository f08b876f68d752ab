#include "serverrole.h"

#include "serverschema.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace wzsw::test {

ServerRole::ServerRole(TempDataFile &file, const QString &group, const QStringList &municipalities)
    : m_file(file), m_name(u"wzsw_t%1_%2"_s.arg(QCoreApplication::applicationPid())
                               .arg(QRandomGenerator::global()->generate64(), 0, 36)),
      m_password(QString::number(QRandomGenerator::global()->generate64(), 36))
{
    REQUIRE_FALSE(testServer().isEmpty());
    const QString problem = onTestServer(u"CREATE ROLE "_s + m_name + u" LOGIN PASSWORD '"_s +
                                         m_password + u"' IN ROLE "_s + group);
    if (!problem.isEmpty())
        FAIL(problem.toStdString());
    for (const QString &code : municipalities) {
        QSqlQuery insert(file.db().connection());
        REQUIRE(insert.prepare(u"INSERT INTO wzsw_access (role_name, municipality_code) "
                               u"VALUES (?, ?)"_s));
        insert.addBindValue(m_name);
        insert.addBindValue(code);
        REQUIRE(insert.exec());
    }
}

ServerRole::~ServerRole()
{
    // No FAIL in a destructor; a role left behind goes with the test server's folder.
    (void)onTestServer(u"DROP ROLE IF EXISTS "_s + m_name);
}

std::unique_ptr<Database> ServerRole::open(Database::Mode mode) const
{
    Result<std::unique_ptr<Database>> opened = Database::open(path(), mode);
    if (!opened)
        FAIL(opened.error().message.toStdString());
    return std::move(opened).value();
}

} // namespace wzsw::test
