#include "storage/database.h"
#include "storage/deliverytotals.h"
#include "storage/schema.h"
#include "storage/sql.h"

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
Status addDeliveryTotals(Database &db)
{
    if (!deliverytotals::keptIn(db))
        return {};
    if (Status status = execSql(db, u"DROP INDEX deliveries_by_month"_s); !status)
        return status;
    return deliverytotals::create(db);
}

} // namespace wzsw
