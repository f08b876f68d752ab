// Figures per neighbourhood, per month and per municipality, and the region as the sum of its
// municipalities, on the world of tests/support/figureseed.cpp (period 2025-01-01 .. 06-30).
#include "figures/computereport.h"
#include "figureseed.h"
#include "testsupport.h"

#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace wzsw;

TEST_CASE("figures per neighbourhood list every neighbourhood of the scope, zeros included")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    const ReportData r = test::worldReport(file.db(), u"GM0855"_s);
    REQUIRE(r.byNeighbourhood.size() == 2); // Tilburg's two; not Goirle-Centrum
    const NeighbourhoodFigures &centrum = r.byNeighbourhood.at(0);
    CHECK(centrum.code == u"WK085501"_s);
    CHECK(centrum.name == u"Centrum"_s);
    CHECK(centrum.municipalityCode == u"GM0855"_s);
    // Centrum's clients C1, C2, C5: D1, D2, D8 (C1), D5 (C2), D7 (C5) = 5 deliveries,
    // 2 + 1.25 + 1 + 3 + 1.5 = 8.75 h; providers P1, PG, P6.
    CHECK(centrum.clientsServed == 3);
    CHECK(centrum.providersActive == 3);
    CHECK(centrum.deliveries == 5);
    CHECK(centrum.quarterHours == 35);
    const NeighbourhoodFigures &noord = r.byNeighbourhood.at(1);
    CHECK(noord.code == u"WK085502"_s);
    // Noord: C3's D6 (0.75 h, P3); C4 has no deliveries, D4 is after the period.
    CHECK(noord.clientsServed == 1);
    CHECK(noord.providersActive == 1);
    CHECK(noord.deliveries == 1);
    CHECK(noord.quarterHours == 3);
    CHECK(r.byMunicipality.isEmpty()); // a municipality's report has no comparison table
}

TEST_CASE("figures per month list every month of the period with distinct clients per month")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    const ReportData r = test::worldReport(file.db(), u"GM0855"_s);
    REQUIRE(r.byMonth.size() == 6);
    // January: D1 (2 h) and D8 (1 h), both C1: 2 deliveries, 3 h, 1 client.
    CHECK(r.byMonth.at(0).month == u"2025-01"_s);
    CHECK(r.byMonth.at(0).deliveries == 2);
    CHECK(r.byMonth.at(0).quarterHours == 12);
    CHECK(r.byMonth.at(0).clientsServed == 1);
    // February: D7 (1.5 h, C5). March: D5 (3 h, C2). April and May: nothing.
    CHECK(r.byMonth.at(1).deliveries == 1);
    CHECK(r.byMonth.at(1).quarterHours == 6);
    CHECK(r.byMonth.at(2).quarterHours == 12);
    CHECK(r.byMonth.at(3).month == u"2025-04"_s);
    CHECK(r.byMonth.at(3).deliveries == 0);
    CHECK(r.byMonth.at(3).clientsServed == 0);
    CHECK(r.byMonth.at(4).deliveries == 0);
    // June: D2 (1.25 h, C1) and D6 (0.75 h, C3) on the last day: 2 deliveries, 2 h, 2 clients.
    CHECK(r.byMonth.at(5).month == u"2025-06"_s);
    CHECK(r.byMonth.at(5).deliveries == 2);
    CHECK(r.byMonth.at(5).quarterHours == 8);
    CHECK(r.byMonth.at(5).clientsServed == 2);
}

TEST_CASE("a month cut by the period's edges counts only the days inside")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    ReportRequest request;
    request.kind = ReportKind::Final;
    request.municipalityCode = u"GM0855"_s;
    request.from = QDate(2024, 12, 31); // D3
    request.to = QDate(2025, 1, 19);    // D1 (01-01); not D8 (01-20)
    const ReportData r = computeReport(file.db(), request).value();
    REQUIRE(r.byMonth.size() == 2);
    CHECK(r.byMonth.at(0).month == u"2024-12"_s);
    CHECK(r.byMonth.at(0).deliveries == 1);
    CHECK(r.byMonth.at(0).quarterHours == 4);
    CHECK(r.byMonth.at(1).month == u"2025-01"_s);
    CHECK(r.byMonth.at(1).deliveries == 1);
    CHECK(r.byMonth.at(1).quarterHours == 8);
    CHECK(r.measures.deliveries == 2);
}

TEST_CASE("a region report compares every municipality and adds up their additive figures")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    const ReportData region = test::worldReport(file.db(), QString());
    const ReportData tilburg = test::worldReport(file.db(), u"GM0855"_s);
    const ReportData goirle = test::worldReport(file.db(), u"GM0785"_s);

    CHECK(region.scopeCode() == u"region"_s);
    REQUIRE(region.byMunicipality.size() == 2);
    // By code: Goirle (GM0785) first. Goirle: DG only (G1, 1 h).
    CHECK(region.byMunicipality.at(0).code == u"GM0785"_s);
    CHECK(region.byMunicipality.at(0).name == u"Goirle"_s);
    CHECK(region.byMunicipality.at(0).clientsServed == 1);
    CHECK(region.byMunicipality.at(0).deliveries == 1);
    CHECK(region.byMunicipality.at(0).quarterHours == 4);
    CHECK(region.byMunicipality.at(1).code == u"GM0855"_s);
    CHECK(region.byMunicipality.at(1).deliveries == 6);
    CHECK(region.byMunicipality.at(1).quarterHours == 38);
    REQUIRE(region.byNeighbourhood.size() == 3);

    // Additive over municipalities (each client, provider and trajectory belongs to one).
    const Measures &r = region.measures;
    const Measures &t = tilburg.measures;
    const Measures &g = goirle.measures;
    CHECK(r.clientsNew == t.clientsNew + g.clientsNew); // 2 + 1 (G1)
    CHECK(r.clientsNew == 3);
    CHECK(r.clientsServed == t.clientsServed + g.clientsServed);                // 4 + 1
    CHECK(r.clientsActiveAtEnd == t.clientsActiveAtEnd + g.clientsActiveAtEnd); // 3 + 1
    CHECK(r.providersNew == t.providersNew + g.providersNew);
    CHECK(r.deliveries == t.deliveries + g.deliveries);                               // 6 + 1
    CHECK(r.deliveryQuarterHours == t.deliveryQuarterHours + g.deliveryQuarterHours); // 38 + 4
    CHECK(r.feesCents == t.feesCents + g.feesCents);                                  // 6188 + 500
    CHECK(r.feesCents == 6688);
    for (qsizetype i = 0; i < r.deliveriesByType.size(); ++i) {
        CHECK(r.deliveriesByType.at(i).deliveries ==
              t.deliveriesByType.at(i).deliveries + g.deliveriesByType.at(i).deliveries);
        CHECK(r.deliveriesByType.at(i).quarterHours ==
              t.deliveriesByType.at(i).quarterHours + g.deliveriesByType.at(i).quarterHours);
    }
    CHECK(r.trajectoriesStarted.counts == (TrajectoryCounts{{2, 1, 1}}.counts)); // + TG
    CHECK(r.trajectoriesStarted.total() ==
          t.trajectoriesStarted.total() + g.trajectoriesStarted.total());
    CHECK(r.trajectoriesRunningAtEnd.total() ==
          t.trajectoriesRunningAtEnd.total() + g.trajectoriesRunningAtEnd.total()); // 2 + 1
    CHECK(r.outflow[ExitReason::DroppedOut] == 1);                                  // PG
    CHECK(r.outflow.total() == t.outflow.total() + g.outflow.total());              // 2 + 1
    CHECK(r.courseEnrolled == t.courseEnrolled + g.courseEnrolled);
    CHECK(r.ladderAssessed == t.ladderAssessed + g.ladderAssessed); // 3 + PG
    CHECK(r.ladderUp == t.ladderUp + g.ladderUp);                   // 2 + PG (1 -> 2)
    CHECK(r.ladderFirst == LadderCounts{1, 1, 1, 1, 0, 0});
    CHECK(r.ladderLatest == LadderCounts{0, 1, 1, 1, 1, 0});
    for (int i = 0; i < 3; ++i) {
        CHECK(region.byMonth.at(i).deliveries ==
              tilburg.byMonth.at(i).deliveries + goirle.byMonth.at(i).deliveries);
        CHECK(region.byMonth.at(i).clientsServed ==
              tilburg.byMonth.at(i).clientsServed + goirle.byMonth.at(i).clientsServed);
    }
    CHECK(region.byMonth.at(1).deliveries == 2); // February: D7 and DG
}

TEST_CASE("without a second connection the neighbourhood figures are computed all the same",
          "[sqlite-only]")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    // The open file is renamed: the worker cannot open it by its path, the report's own
    // connection still reads it.
    REQUIRE(QFile::rename(file.path(), file.pathFor(u"moved.wzsw"_s)));
    const ReportData r = test::worldReport(file.db(), u"GM0855"_s);
    REQUIRE(r.byNeighbourhood.size() == 2);
    CHECK(r.byNeighbourhood.at(0).deliveries == 5);
    CHECK(r.byNeighbourhood.at(1).deliveries == 1);
    CHECK(r.measures.clientsServed == 4);
}

TEST_CASE("a report reports its progress and stops with Cancelled when asked to")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    ReportRequest request;
    request.kind = ReportKind::Interim2;
    request.municipalityCode = u"GM0855"_s;
    QList<int> seen;
    request.progress = [&seen](int percent) {
        seen.append(percent);
        return true;
    };
    REQUIRE(computeReport(file.db(), request).ok());
    REQUIRE_FALSE(seen.isEmpty());
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(seen.last() == 100);

    request.progress = [](int percent) {
        return percent < 50;
    };
    const Result<ReportData> cancelled = computeReport(file.db(), request);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().kind == Error::Kind::Cancelled);
}
