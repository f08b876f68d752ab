// The region report against its municipalities (spec/reports.md "Scope"), on the figure world of
// tests/support/figureseed.cpp, period 2025-01-01 .. 2025-06-30, on SQLite and PostgreSQL alike.
//
// Additive measures: a client, provider, delivery (through its client) and trajectory (through
// its provider) belongs to exactly one municipality, so counts, hours and fees of the region are
// the sums of the municipalities'. Not additive, and why:
// - providers_active (and per neighbourhood): distinct providers; one provider delivering to
//   clients of two municipalities counts once in each and once in the region (P1 below).
// - agreements_active / agreements_expiring: a regional partner's agreement counts in every
//   municipality's scope and once in the region.
// - budget and targets: the region's report has its own lines and targets (municipality NULL),
//   not the sum of the municipalities'.
// Outflow, course and ladder measures count providers by the provider's municipality: additive
// like the trajectories (outflow checked below).
#include "figures/computereport.h"
#include "figureseed.h"
#include "serverrole.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

Measures measuresOf(Database &db, const QString &municipality)
{
    return test::worldReport(db, municipality).measures;
}

} // namespace

TEST_CASE("the region's additive figures are the sums of its municipalities' figures")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    const Measures tilburg = measuresOf(file.db(), u"GM0855"_s);
    const Measures goirle = measuresOf(file.db(), u"GM0785"_s);
    const Measures region = measuresOf(file.db(), QString());

    // Deliveries in the period, by their client's municipality. Tilburg: D1 (8 quarters, 1000),
    // D2 (5, 938), D5 (12, 2250), D6 (3, 375), D7 (6, 1125), D8 (4, 500): 6 deliveries,
    // 8+5+12+3+6+4 = 38 quarters, 1000+938+2250+375+1125+500 = 6188 cents. Goirle: DG (4, 500).
    CHECK(tilburg.deliveries == 6);
    CHECK(tilburg.deliveryQuarterHours == 38);
    CHECK(tilburg.feesCents == 6188);
    CHECK(goirle.deliveries == 1);
    CHECK(goirle.deliveryQuarterHours == 4);
    CHECK(goirle.feesCents == 500);
    CHECK(region.deliveries == 6 + 1);
    CHECK(region.deliveryQuarterHours == 38 + 4);
    CHECK(region.feesCents == 6188 + 500);

    // Per type. boodschappen: Tilburg D1, D6, D8 = 3, 8+3+4 = 15 quarters, 1875 cents; Goirle DG
    // = 1, 4, 500. klusjes: Tilburg D2, D5, D7 = 3, 5+12+6 = 23 quarters, 4313 cents; Goirle 0.
    CHECK(test::typeOf(tilburg, u"boodschappen"_s).quarterHours == 15);
    CHECK(test::typeOf(goirle, u"boodschappen"_s).quarterHours == 4);
    CHECK(test::typeOf(region, u"boodschappen"_s).deliveries == 3 + 1);
    CHECK(test::typeOf(region, u"boodschappen"_s).quarterHours == 15 + 4);
    CHECK(test::typeOf(region, u"boodschappen"_s).feesCents == 1875 + 500);
    CHECK(test::typeOf(region, u"klusjes"_s).deliveries == 3 + 0);
    CHECK(test::typeOf(region, u"klusjes"_s).quarterHours == 23 + 0);
    CHECK(test::typeOf(region, u"klusjes"_s).feesCents == 4313 + 0);

    // Clients: Tilburg new C2, C3 (2), served C1, C2, C3, C5 (4), active at the end C1, C3, C5
    // (3); Goirle: C-0006 is new, served and active (1 each).
    CHECK(region.clientsNew == 2 + 1);
    CHECK(region.clientsServed == 4 + 1);
    CHECK(region.clientsActiveAtEnd == 3 + 1);
    CHECK(tilburg.clientsServed == 4);
    CHECK(goirle.clientsServed == 1);

    // Providers new: Tilburg P2 (first day), P3 (last day); Goirle none (P-0007 began in 2024).
    CHECK(region.providersNew == 2 + 0);
    // Trajectories started in the period, not planned: Tilburg T1 (orientation), T2
    // (activation), T4 (placement); Goirle TG (orientation).
    CHECK(tilburg.trajectoriesStarted.total() == 3);
    CHECK(goirle.trajectoriesStarted.total() == 1);
    CHECK(region.trajectoriesStarted.total() == 3 + 1);
    CHECK(region.trajectoriesStarted[TrajectoryType::Orientation] == 1 + 1);

    // Outflow: Tilburg P2 (paid work, 06-30) and P6 (subsidised, 03-15); Goirle P-0007 (dropped
    // out, 05-01). P5 left in 2024.
    CHECK(tilburg.outflow.total() == 2);
    CHECK(region.outflow.total() == 2 + 1);

    // Not additive: providers with deliveries to Tilburg's clients are P1, P3, P6 and Goirle's
    // P-0007 (D5): 4; to Goirle's client P1 (DG): 1; in the region P1, P3, P6, P-0007: 4, not 5.
    CHECK(tilburg.providersActive == 4);
    CHECK(goirle.providersActive == 1);
    CHECK(region.providersActive == 4);
}

TEST_CASE("a leader's report of their municipality and the coordinator's of the region equal "
          "the owner's",
          "[postgres-only]")
{
    if (test::testServer().isEmpty())
        return;
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    test::ServerRole tilburgLeader(file, u"wzsw_leader"_s, {u"GM0855"_s});
    test::ServerRole coordinatorRole(file, u"wzsw_coordinator"_s);
    const auto leader = tilburgLeader.open(Database::Mode::ReadOnly);
    const auto coordinator = coordinatorRole.open(Database::Mode::ReadOnly);

    // Tilburg's providers_active counts P-0007 of Goirle, who delivered to C2 (D5): the leader
    // reads that provider, or the figure would be 3 instead of 4.
    CHECK(measuresOf(*leader, u"GM0855"_s).providersActive == 4);
    CHECK(measuresOf(*leader, u"GM0855"_s) == measuresOf(file.db(), u"GM0855"_s));
    CHECK(measuresOf(*coordinator, QString()) == measuresOf(file.db(), QString()));
}
