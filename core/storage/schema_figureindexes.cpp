#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sql.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace wzsw {

// Indexes for the report figures (storage/figurequeries*.cpp). A region file holds about a
// million deliveries; each figure query streams one of these covering indexes in the order of
// its GROUP BY, so it reads no table rows and sorts nothing. Three replace indexes of version 1
// that are a prefix of them: every query the old ones served, the new ones serve too.
Status addFigureIndexes(Database &db)
{
    const QStringList statements{
        // Deliveries per service type in a period (deliveries_by_type).
        u"DROP INDEX deliveries_by_type"_s,
        uR"(CREATE INDEX deliveries_figures_by_type
            ON deliveries(service_type_id, date, client_id, quarter_hours, fee_cents))"_s,
        // A client's deliveries in a period: neighbourhood figures, clients served
        // (deliveries_by_client).
        u"DROP INDEX deliveries_by_client"_s,
        uR"(CREATE INDEX deliveries_figures_by_client
            ON deliveries(client_id, date, provider_id, quarter_hours))"_s,
        // A provider's deliveries in a period with their clients: providers active in a
        // municipality (deliveries_by_provider).
        u"DROP INDEX deliveries_by_provider"_s,
        uR"(CREATE INDEX deliveries_figures_by_provider
            ON deliveries(provider_id, date, client_id))"_s,
        // The clients of one calendar month, in client order: distinct clients per month.
        uR"(CREATE INDEX deliveries_figures_by_month
            ON deliveries(substr(date, 1, 7), client_id, date, quarter_hours))"_s,
    };
    for (const QString &statement : statements)
        if (Status status = execSql(db, statement); !status)
            return status;
    return {};
}

} // namespace wzsw
