#include "testsupport.h"

using namespace Qt::StringLiterals;

namespace wzsw::test {

TempDataFile::TempDataFile() : m_path(m_dir.filePath(u"test.wzsw"_s))
{
    REQUIRE(m_dir.isValid());
    Result<std::unique_ptr<Database>> created = Database::create(m_path);
    if (!created)
        FAIL(created.error().message.toStdString());
    m_db = std::move(created).value();
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
