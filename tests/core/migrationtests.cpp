// Migration steps that change a file of an earlier version: run on a file put back into that
// version's shape, as the program meets it when an older data file is opened for writing.
#include "figures/computereport.h"
#include "figureseed.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

// The columns of index `name` in their order; empty when there is no such index.
QStringList indexColumns(Database &db, const QString &name)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(u"SELECT name FROM pragma_index_info('"_s + name + u"') ORDER BY seqno"_s));
    QStringList columns;
    while (query.next())
        columns.append(query.value(0).toString());
    return columns;
}

} // namespace

TEST_CASE("a version 6 file gets the index by client and provider and keeps its figures",
          "[sqlite-only]")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    // Back to version 6: its index by client held the date before the provider.
    for (const QString &statement :
         {u"DROP INDEX deliveries_by_client_and_provider"_s,
          u"CREATE INDEX deliveries_figures_by_client "
          u"ON deliveries(client_id, date, provider_id, quarter_hours)"_s,
          u"PRAGMA user_version = 6"_s})
        REQUIRE(execSql(file.db(), statement).ok());
    file.close();

    Database &db = file.reopen();
    CHECK(db.schemaVersion() == Database::currentSchemaVersion());
    CHECK(indexColumns(db, u"deliveries_figures_by_client"_s).isEmpty());
    CHECK(indexColumns(db, u"deliveries_by_client_and_provider"_s) ==
          QStringList{u"client_id"_s, u"provider_id"_s, u"date"_s, u"quarter_hours"_s});

    ReportRequest request;
    request.kind = ReportKind::Interim1;
    request.municipalityCode = u"GM0855"_s;
    request.from = test::worldFrom();
    request.to = test::worldTo();
    const Result<ReportData> report = computeReport(db, request);
    REQUIRE(report.ok());
    REQUIRE(report->byNeighbourhood.size() == 2);
    // Centrum (figureseed.cpp): D1, D2, D8 of C1 with P1, D5 of C2 with PG, D7 of C5 with P6:
    // 3 clients, 3 providers, 5 deliveries, 8 + 5 + 4 + 12 + 6 = 35 quarter hours.
    const NeighbourhoodFigures &centrum = report->byNeighbourhood.at(0);
    CHECK(centrum.clientsServed == 3);
    CHECK(centrum.providersActive == 3);
    CHECK(centrum.deliveries == 5);
    CHECK(centrum.quarterHours == 35);
}
