#include "figures/neighbourhoodfiguretask.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <system_error>

namespace wzsw {

namespace {

Result<QList<NeighbourhoodFigures>> onSecondConnection(const QString &path, FigureScope scope,
                                                       const Period &period)
{
    // The connection is made, used and closed in this thread, as QtSql requires.
    Result<std::unique_ptr<Database>> second = Database::open(path, Database::Mode::ReadOnly);
    if (!second)
        return second.error();
    const ReadTransaction snapshot(**second);
    if (!snapshot.ok())
        return snapshot.error();
    return FigureQueries(**second, scope).byNeighbourhood(period);
}

} // namespace

NeighbourhoodFigureTask::NeighbourhoodFigureTask(const Database &db, FigureScope scope,
                                                 const Period &period)
    : m_db(db), m_scope(scope), m_period(period)
{
    if (db.dialect().backend() != SqlDialect::Backend::Sqlite)
        return;
    try {
        m_worker = std::async(std::launch::async, &onSecondConnection, db.path(), scope, period);
    } catch (const std::system_error &) {
        // No thread to be had: take() computes here.
    }
}

NeighbourhoodFigureTask::~NeighbourhoodFigureTask()
{
    if (m_worker.valid())
        m_worker.wait();
}

Result<QList<NeighbourhoodFigures>> NeighbourhoodFigureTask::take()
{
    if (m_worker.valid()) {
        Result<QList<NeighbourhoodFigures>> figures = m_worker.get();
        if (figures)
            return figures;
    }
    return FigureQueries(m_db, m_scope).byNeighbourhood(m_period);
}

} // namespace wzsw
