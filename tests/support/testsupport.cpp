#include "testsupport.h"

#include "serverschema.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace wzsw::test {

QString testServer()
{
    return qEnvironmentVariable("WZSW_TEST_POSTGRES");
}

TempDataFile::TempDataFile() : m_path(m_dir.filePath(u"test.wzsw"_s))
{
    REQUIRE(m_dir.isValid());
    if (!testServer().isEmpty()) {
        m_schema = std::make_unique<ServerSchema>();
        m_path = m_schema->location();
    }
    Result<std::unique_ptr<Database>> created = Database::create(m_path);
    if (!created)
        FAIL(created.error().message.toStdString());
    m_db = std::move(created).value();
}

TempDataFile::~TempDataFile()
{
    m_db.reset(); // before the schema goes
    m_schema.reset();
}

QString TempDataFile::pathAs(const QString &user, const QString &password) const
{
    QUrl url(m_path);
    url.setUserName(user);
    url.setPassword(password);
    QUrlQuery query(url);
    query.removeAllQueryItems(u"maintenance"_s);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

Database &TempDataFile::reopen()
{
    m_db.reset();
    Result<std::unique_ptr<Database>> opened = Database::open(m_path);
    if (!opened)
        FAIL(opened.error().message.toStdString());
    m_db = std::move(opened).value();
    return *m_db;
}

} // namespace wzsw::test
