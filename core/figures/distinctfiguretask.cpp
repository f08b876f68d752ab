#include "figures/distinctfiguretask.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <system_error>

namespace wzsw {

namespace {

Result<DistinctFigureTask::Figures> compute(const Database &db, FigureScope scope,
                                            const Period &period)
{
    const FigureQueries queries(db, scope);
    DistinctFigureTask::Figures figures;
    Result<QList<NeighbourhoodFigures>> neighbourhoods = queries.byNeighbourhood(period);
    if (!neighbourhoods)
        return neighbourhoods.error();
    figures.byNeighbourhood = std::move(neighbourhoods).value();
    const Result<qint64> active = queries.providersActive(period);
    if (!active)
        return active.error();
    figures.providersActive = *active;
    return figures;
}

Result<DistinctFigureTask::Figures> onSecondConnection(const QString &path, FigureScope scope,
                                                       const Period &period)
{
    // The connection is made, used and closed in this thread, as QtSql requires.
    Result<std::unique_ptr<Database>> second = Database::open(path, Database::Mode::ReadOnly);
    if (!second)
        return second.error();
    const ReadTransaction snapshot(**second);
    if (!snapshot.ok())
        return snapshot.error();
    return compute(**second, scope, period);
}

} // namespace

DistinctFigureTask::DistinctFigureTask(const Database &db, FigureScope scope, const Period &period)
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

DistinctFigureTask::~DistinctFigureTask()
{
    if (m_worker.valid())
        m_worker.wait();
}

Result<DistinctFigureTask::Figures> DistinctFigureTask::take()
{
    if (m_worker.valid()) {
        Result<Figures> figures = m_worker.get();
        if (figures)
            return figures;
    }
    return compute(m_db, m_scope, m_period);
}

} // namespace wzsw
