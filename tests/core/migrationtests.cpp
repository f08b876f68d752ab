// Migration steps that change a file of an earlier version: run on a file put back into that
// version's shape, as the program meets it when an older data file is opened for writing.
#include "figures/computereport.h"
#include "figureseed.h"
#include "olderschema.h"
#include "storage/database.h"
#include "storage/deliverytotals.h"
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

// The file closed and opened again, which migrates it to the current version.
Database &reopenMigrated(test::TempDataFile &file)
{
    file.close();
    Database &db = file.reopen();
    CHECK(db.schemaVersion() == Database::currentSchemaVersion());
    return db;
}

} // namespace

TEST_CASE("a version 6 file gets the index by client and provider and keeps its figures",
          "[sqlite-only]")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    // Back to version 6: its index by client held the date before the provider.
    test::putBackToVersion8(file.db());
    for (const QString &statement :
         {u"DROP INDEX deliveries_by_client_and_provider"_s,
          u"CREATE INDEX deliveries_figures_by_client "
          u"ON deliveries(client_id, date, provider_id, quarter_hours)"_s,
          u"PRAGMA user_version = 6"_s})
        REQUIRE(execSql(file.db(), statement).ok());

    Database &db = reopenMigrated(file);
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

TEST_CASE("a version 8 file gets the totals of its deliveries and keeps its figures",
          "[sqlite-only]")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    test::putBackToVersion8(file.db());

    Database &db = reopenMigrated(file);
    CHECK(indexColumns(db, u"deliveries_by_month"_s).isEmpty());
    CHECK(indexColumns(db, u"ladder_by_provider"_s) ==
          QStringList{u"provider_id"_s, u"date"_s, u"id"_s, u"level"_s});
    const Result<QStringList> differences = deliverytotals::differences(db);
    REQUIRE(differences.ok());
    CHECK(differences->isEmpty());
    // figureseed.cpp has nine deliveries of six pairs of client and provider: C1-P1 (D1, D2,
    // D3, D8), C3-P2 (D4), C2-PG (D5), C3-P3 (D6), C5-P6 (D7), G1-P1 (DG). C1-P1 runs from D3
    // (2024-12-31) to D2 (2025-06-30), 8 + 5 + 4 + 4 = 21 quarters.
    QSqlQuery pairs(db.connection());
    REQUIRE(pairs.exec(u"SELECT COUNT(*), SUM(deliveries) FROM delivery_pair_totals"_s));
    REQUIRE(pairs.next());
    CHECK(pairs.value(0).toInt() == 6);
    CHECK(pairs.value(1).toInt() == 9);
    REQUIRE(pairs.exec(u"SELECT t.first_date, t.last_date, t.deliveries, t.quarter_hours "
                       u"FROM delivery_pair_totals t JOIN clients c ON c.id = t.client_id "
                       u"JOIN providers p ON p.id = t.provider_id "
                       u"WHERE c.code = 'C-0001' AND p.code = 'P-0001'"_s));
    REQUIRE(pairs.next());
    CHECK(pairs.value(0).toString() == u"2024-12-31"_s);
    CHECK(pairs.value(1).toString() == u"2025-06-30"_s);
    CHECK(pairs.value(2).toInt() == 4);
    CHECK(pairs.value(3).toInt() == 21);

    // Centrum's figures as in the test above: 3 clients, 3 providers, 5 deliveries, 35 quarters.
    const ReportData report = test::worldReport(db, u"GM0855"_s);
    const NeighbourhoodFigures &centrum = report.byNeighbourhood.at(0);
    CHECK(centrum.clientsServed == 3);
    CHECK(centrum.providersActive == 3);
    CHECK(centrum.deliveries == 5);
    CHECK(centrum.quarterHours == 35);
}
