#include "safety/backgroundfilecheck.h"

#include "storage/checkqueries.h"
#include "storage/database.h"

#include <chrono>
#include <system_error>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

Result<QStringList> checkOnOwnConnection(const QString &path)
{
    // The connection is made, used and closed in this thread, as QtSql requires.
    Result<std::unique_ptr<Database>> own = Database::open(path, Database::Mode::ReadOnly);
    if (!own)
        return own.error();
    return quickCheckProblems(**own);
}

} // namespace

BackgroundFileCheck::BackgroundFileCheck(const QString &path)
{
    try {
        m_worker = std::async(std::launch::async, &checkOnOwnConnection, path);
    } catch (const std::system_error &) {
        // No thread to be had: take() says so, and the caller checks on its own connection.
    }
}

BackgroundFileCheck::~BackgroundFileCheck()
{
    if (m_worker.valid())
        m_worker.wait();
}

bool BackgroundFileCheck::isFinished() const
{
    return !m_worker.valid() ||
           m_worker.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

Result<QStringList> BackgroundFileCheck::take()
{
    if (!m_worker.valid())
        return Error::make(Error::Kind::Storage, u"no worker thread for the file check"_s);
    return m_worker.get();
}

} // namespace wzsw
