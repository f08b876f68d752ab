#pragma once

#include "common/result.h"
#include "figures/reportdata.h"
#include "storage/figurequeries.h"

#include <future>

namespace wzsw {

class Database;

/// The figures of a report that count distinct clients and providers over its deliveries (per
/// neighbourhood, and the providers active in the scope), the heaviest part of a report,
/// computed on a second, read-only connection in a worker thread while the report's own
/// connection computes the rest: on a region file this takes the report from the sum of both
/// to the longer of the two.
///
/// Both connections read the same data: start the task only after `db` has read inside its
/// ReadTransaction. From then on `db` holds a read lock, and no writer can commit until the
/// report is done. SQLite files only (a PostgreSQL connection has its own snapshot); when the
/// task cannot run or fails (a writer waiting for the lock blocks new readers), take() computes
/// the figures on `db` itself.
class DistinctFigureTask
{
public:
    struct Figures
    {
        QList<NeighbourhoodFigures> byNeighbourhood; ///< FigureQueries::byNeighbourhood()
        qint64 providersActive = 0;                  ///< FigureQueries::providersActive()
    };

    DistinctFigureTask(const Database &db, FigureScope scope, const Period &period);
    ~DistinctFigureTask();
    DistinctFigureTask(const DistinctFigureTask &) = delete;
    DistinctFigureTask &operator=(const DistinctFigureTask &) = delete;

    /// The figures; waits for the worker. Call once.
    Result<Figures> take();

private:
    const Database &m_db;
    FigureScope m_scope;
    Period m_period;
    std::future<Result<Figures>> m_worker;
};

} // namespace wzsw
