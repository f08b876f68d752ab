#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sql.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace wzsw {

// The figures per neighbourhood count distinct clients and distinct providers. Read from the
// index by client and date, every delivery of the period went into two COUNT(DISTINCT)
// collections (a million entries each); with the provider before the date, the deliveries come
// out grouped by client and provider without sorting, so SQLite adds them up in one pass into
// one row per pair (about 145,000 in the large demo file) and only those rows meet the clients
// and the DISTINCTs (figurequeries_deliveries.cpp, byNeighbourhood). Same columns, same cost to
// build. Its other users keep working with the client as prefix: clients served (a client's few
// deliveries are checked for the period), a client's deliveries (sorted by date: a handful) and
// the foreign key of clients.
Status orderClientIndexByProvider(Database &db)
{
    const QStringList statements{
        u"DROP INDEX deliveries_figures_by_client"_s,
        uR"(CREATE INDEX deliveries_by_client_and_provider
            ON deliveries(client_id, provider_id, date, quarter_hours))"_s,
    };
    for (const QString &statement : statements)
        if (Status status = execSql(db, db.dialect().ddl(statement)); !status)
            return status;
    return {};
}

} // namespace wzsw
