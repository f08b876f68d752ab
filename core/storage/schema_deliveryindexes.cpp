#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sql.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace wzsw {

// Fewer and narrower indexes on deliveries. An import of a region's million deliveries spent
// almost half its time building the six delivery indexes after the load, the two widest (by
// type, by month) most of it (measured with the sqlite3 shell, CPU time for 1,000,000 rows:
// by type 1.2 s, by month 1.1 s, by provider 0.8 s, by client 0.5 s, by date 0.5 s, by request
// 0.4 s). Each query that used them, checked with EXPLAIN QUERY PLAN:
// - The deliveries list by date, the figures per service type and the month totals: one index
//   by date and type, which the figures read grouped by day and type (figurequeries_deliveries).
//   It replaces the index by date (its prefix) and the one by type, whose other users, the
//   usage count of a service type and the foreign key check when one is deleted, are rare
//   enough to scan the table instead.
// - Distinct clients per month: the month and the client suffice; the dates of a month cut by
//   the period's edges are read from the table for that month only.
// The indexes by client, provider and request stay: the figures per neighbourhood, clients
// served and providers active need the first two covering, and the foreign keys of clients,
// providers and requests (ON DELETE SET NULL) would scan the table for every deleted record.
Status narrowDeliveryIndexes(Database &db)
{
    const QStringList statements{
        u"DROP INDEX deliveries_by_date"_s,
        u"DROP INDEX deliveries_figures_by_type"_s,
        u"DROP INDEX deliveries_figures_by_month"_s,
        uR"(CREATE INDEX deliveries_by_date_and_type
            ON deliveries(date, service_type_id, quarter_hours, fee_cents, client_id))"_s,
        u"CREATE INDEX deliveries_by_month ON deliveries(substr(date, 1, 7), client_id)"_s,
    };
    for (const QString &statement : statements)
        if (Status status = execSql(db, db.dialect().ddl(statement)); !status)
            return status;
    return {};
}

} // namespace wzsw
