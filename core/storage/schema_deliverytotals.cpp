#include "storage/database.h"
#include "storage/deliverytotals.h"
#include "storage/schema.h"
#include "storage/sql.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace wzsw {

// The report figures read totals kept when deliveries are written (storage/deliverytotals.h)
// instead of a million deliveries: one pass over the deliveries costs about a tenth of a
// second, and the figures needed three of them over indexes in different orders, several times
// the goal of three scans for a whole region report (docs/performance.md).
//
// The index by month served only the distinct clients per month, which the totals now keep;
// dropping it saves about a second of every large import and a tenth of the file. The
// regional server keeps it: it computes the figures from the deliveries.
//
// Covering indexes spare the counts over clients, providers, trajectories and the ladder a
// pass over their wide rows: the indexes of clients by neighbourhood, providers by start and
// assessments by provider grow by the columns the figures read (with the old columns as
// prefix they serve their other users as before); one index of trajectories is new. Measured on
// the large demo file (sqlite3 shell): the ladder 0.05 s instead of 0.13 s, the trajectories 0.01 s
// instead of 0.06 s.
//
// On the regional server the step also makes the count of the next code wait for another
// leader's unfinished creation (lockCodeNumbering), which step 8 did not.
Status addDeliveryTotals(Database &db)
{
    const QStringList coveringIndexes{
        u"DROP INDEX clients_by_neighbourhood"_s,
        u"CREATE INDEX clients_by_neighbourhood ON clients(neighbourhood_id, intake_date, "
        u"end_date)"_s,
        u"CREATE INDEX trajectories_figures ON trajectories(type, status, start_date, "
        u"actual_end_date, provider_id)"_s,
        u"DROP INDEX providers_by_start"_s,
        u"CREATE INDEX providers_by_start ON providers(start_date, exit_date, neighbourhood_id)"_s,
        u"DROP INDEX ladder_by_provider"_s,
        u"CREATE INDEX ladder_by_provider ON ladder_assessments(provider_id, date, id, level)"_s,
    };
    for (const QString &statement : coveringIndexes)
        if (Status status = execSql(db, statement); !status)
            return status;
    if (Status status = lockCodeNumbering(db); !status)
        return status;
    if (!deliverytotals::keptIn(db))
        return {};
    if (Status status = execSql(db, u"DROP INDEX deliveries_by_month"_s); !status)
        return status;
    return deliverytotals::create(db);
}

} // namespace wzsw
