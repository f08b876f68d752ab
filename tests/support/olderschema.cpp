#include "olderschema.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QStringList>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace wzsw::test {

void putBackToVersion8(Database &db)
{
    const QStringList statements{
        u"DROP TRIGGER deliveries_totals_on_insert"_s,
        u"DROP TRIGGER deliveries_totals_on_delete"_s,
        u"DROP TRIGGER deliveries_totals_on_update"_s,
        u"DROP TRIGGER clients_totals_on_move"_s,
        u"DROP TABLE delivery_day_totals"_s,
        u"DROP TABLE delivery_pair_totals"_s,
        u"DROP TABLE delivery_month_clients"_s,
        u"CREATE INDEX deliveries_by_month ON deliveries(substr(date, 1, 7), client_id)"_s,
        u"DROP INDEX trajectories_figures"_s,
        u"DROP INDEX clients_by_neighbourhood"_s,
        u"CREATE INDEX clients_by_neighbourhood ON clients(neighbourhood_id)"_s,
        u"DROP INDEX providers_by_start"_s,
        u"CREATE INDEX providers_by_start ON providers(start_date)"_s,
        u"DROP INDEX ladder_by_provider"_s,
        u"CREATE INDEX ladder_by_provider ON ladder_assessments(provider_id, date)"_s,
        u"PRAGMA user_version = 8"_s,
    };
    for (const QString &statement : statements)
        REQUIRE(execSql(db, statement).ok());
}

} // namespace wzsw::test
