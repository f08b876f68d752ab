// The measures of spec/reports.md, worked out by hand on the world of tests/support/figureseed.cpp
// (read its list of records next to these tests). Tilburg's interim-1 period: 2025-01-01 ..
// 2025-06-30.
#include "figures/computereport.h"
#include "figureseed.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

ReportData report(Database &db, const QString &municipality, ReportKind kind = ReportKind::Interim1)
{
    ReportRequest request;
    request.kind = kind;
    request.municipalityCode = municipality;
    if (municipality != u"GM0855"_s) { // Goirle's own dates differ: use Tilburg's period
        request.from = test::worldFrom();
        request.to = test::worldTo();
    }
    Result<ReportData> data = computeReport(db, request);
    if (!data)
        FAIL(data.error().message.toStdString());
    return std::move(data).value();
}

} // namespace

TEST_CASE("the interim-1 report of Tilburg takes its period from Tilburg's project settings")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    const ReportData r = report(file.db(), u"GM0855"_s);
    CHECK(r.period == Period{QDate(2025, 1, 1), QDate(2025, 6, 30)});
    CHECK(r.municipalityCode == u"GM0855"_s);
    CHECK(r.scopeName == u"Tilburg"_s);
    CHECK(r.projectLeader == u"A. de Vries"_s);
    CHECK(r.comparisons.isEmpty());
}

TEST_CASE("client measures count intake and end dates on the period's edges")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    const Measures m = report(file.db(), u"GM0855"_s).measures;
    // New: C2 (intake on the first day) and C3 (on the last day); C5 the day before and C4
    // the day after are not.
    CHECK(m.clientsNew == 2);
    // Active at the end: intake <= 06-30 and no end or end > 06-30: C1 (no end), C3 (no end),
    // C5 (ends 07-01). Not C2 (ends on 06-30) nor C4 (intake 07-01).
    CHECK(m.clientsActiveAtEnd == 3);
    // Served: C1 (D1, D2, D8), C2 (D5), C3 (D6), C5 (D7); D3 and D4 fall outside.
    CHECK(m.clientsServed == 4);
}

TEST_CASE("delivery measures count the first and last day of the period and not the days beside")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    const Measures m = report(file.db(), u"GM0855"_s).measures;
    // D1 (01-01), D2 (06-30), D5, D6, D7, D8 of Tilburg clients; not D3 (12-31), D4 (07-01),
    // nor DG (a Goirle client).
    CHECK(m.deliveries == 6);
    // 2 + 1.25 + 3 + 0.75 + 1.5 + 1 = 9.5 hours
    CHECK(m.deliveryQuarterHours == 38);
    CHECK(m.deliveryHours() == 9.5);
    // 1000 + 938 + 2250 + 375 + 1125 + 500 = 6188 cents
    CHECK(m.feesCents == 6188);
    // boodschappen: D1 2 h, D6 0.75 h, D8 1 h = 3 deliveries, 3.75 h;
    // klusjes: D2 1.25 h, D5 3 h, D7 1.5 h = 3 deliveries, 5.75 h.
    REQUIRE(m.deliveriesByType.size() == 10); // every type of the catalogue, zeros included
    CHECK(test::typeOf(m, u"boodschappen"_s).deliveries == 3);
    CHECK(test::typeOf(m, u"boodschappen"_s).quarterHours == 15);
    CHECK(test::typeOf(m, u"boodschappen"_s).feesCents == 1875);
    CHECK(test::typeOf(m, u"klusjes"_s).deliveries == 3);
    CHECK(test::typeOf(m, u"klusjes"_s).quarterHours == 23);
    CHECK(test::typeOf(m, u"tuin"_s).deliveries == 0);
    CHECK(test::typeOf(m, u"tuin"_s).quarterHours == 0);
    CHECK(m.deliveriesByType.front().code == u"administratie"_s); // by code
}

TEST_CASE("a provider of another municipality delivering to our client counts as active here")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    // Tilburg: P1 (D1, D2, D8), PG of Goirle (D5 to C2 of Tilburg), P3 (D6), P6 (D7). P2's only
    // delivery D4 is the day after.
    CHECK(report(file.db(), u"GM0855"_s).measures.providersActive == 4);
    // Goirle: only P1 of Tilburg delivered to a Goirle client (DG); PG delivered in Tilburg only.
    CHECK(report(file.db(), u"GM0785"_s).measures.providersActive == 1);
    // The region: P1, PG, P3, P6, each once.
    CHECK(report(file.db(), QString()).measures.providersActive == 4);
}

TEST_CASE("provider measures count start, exit and course dates on the period's edges")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    const Measures m = report(file.db(), u"GM0855"_s).measures;
    CHECK(m.providersNew == 2); // P2 (first day), P3 (last day); not P4 (day after)
    // Outflow: P2 paid work regular (06-30), P6 paid work subsidised (03-15); not P5 (left
    // 2024-12-31) nor PG (Goirle).
    CHECK(m.outflow[ExitReason::PaidWorkRegular] == 1);
    CHECK(m.outflow[ExitReason::PaidWorkSubsidised] == 1);
    CHECK(m.outflow[ExitReason::Education] == 0);
    CHECK(m.outflow[ExitReason::DroppedOut] == 0);
    CHECK(m.outflow.total() == 2);
    CHECK(m.outflowPaidWork() == 2);
    CHECK(m.courseEnrolled == 1);  // P1 on the first day; P2 the day before
    CHECK(m.courseCertified == 1); // P1 on the last day; P2 the day after
}

TEST_CASE("trajectories count by the provider's municipality and never when planned")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    const Measures m = report(file.db(), u"GM0855"_s).measures;
    // Started (not planned, start in period): T1 orientation, T2 activation, T4 placement.
    // Not T3 (started the day before), T5 (planned, start in period), T6 (planned, after),
    // TG (Goirle's provider).
    CHECK(m.trajectoriesStarted[TrajectoryType::Orientation] == 1);
    CHECK(m.trajectoriesStarted[TrajectoryType::Activation] == 1);
    CHECK(m.trajectoriesStarted[TrajectoryType::Placement] == 1);
    CHECK(m.trajectoriesStarted.total() == 3);
    // Completed with end in period: T1 (03-31); not T4 (ends the day after `to`).
    CHECK(m.trajectoriesCompleted[TrajectoryType::Orientation] == 1);
    CHECK(m.trajectoriesCompleted.total() == 1);
    // Broken off with end in period: T3 (ends on the last day).
    CHECK(m.trajectoriesBrokenOff[TrajectoryType::Orientation] == 1);
    CHECK(m.trajectoriesBrokenOff.total() == 1);
    // Running at the end (not planned, start <= to, no end or end > to): T2 (no end) and T4
    // (ends the day after `to`). Not T1, T3 (ended), T5 (planned).
    CHECK(m.trajectoriesRunningAtEnd[TrajectoryType::Orientation] == 0);
    CHECK(m.trajectoriesRunningAtEnd[TrajectoryType::Activation] == 1);
    CHECK(m.trajectoriesRunningAtEnd[TrajectoryType::Placement] == 1);
    CHECK(m.trajectoriesRunningAtEnd.total() == 2);
}

TEST_CASE("the ladder compares the first and latest assessment up to the end of the period")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    const Measures m = report(file.db(), u"GM0855"_s).measures;
    // In scope (start <= to, no exit or exit >= from): P1, P2, P3, P6; not P4 (starts after),
    // P5 (left before). With an assessment <= 06-30: P1, P2, P6 (P3's only one is 07-02).
    CHECK(m.ladderAssessed == 3);
    // P1: 2 -> 4 (the 6 of 07-15 is after `to`); P2: 3 -> 5 (same date, the later entry is the
    // latest); P6: 4 -> 3. Up: P1 and P2.
    CHECK(m.ladderUp == 2);
    CHECK(m.ladderFirst == LadderCounts{0, 1, 1, 1, 0, 0});
    CHECK(m.ladderLatest == LadderCounts{0, 0, 1, 1, 1, 0});
}

TEST_CASE("agreements: a regional partner counts everywhere, expiring is at most 60 days after")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    const ReportData tilburg = report(file.db(), u"GM0855"_s);
    // Active: A1, A2, A3 (regional, starts on `to`), A8 (ends on `from`), A9. Not A4 (draft),
    // A5 (ended before), A6 (Goirle), A7 (starts after).
    CHECK(tilburg.measures.agreementsActive == 5);
    // Expiring: A1 (review 08-29 = to + 60). Not A9 (review 08-30 = to + 61), A2 (end 08-30),
    // A8 (review on `to`).
    CHECK(tilburg.measures.agreementsExpiring == 1);
    REQUIRE(tilburg.agreements.size() == 5);
    // By partner name, then title.
    CHECK(tilburg.agreements.at(0).partnerName == u"Regionaal Welzijn"_s);
    CHECK(tilburg.agreements.at(0).endDate.isNull());
    CHECK(tilburg.agreements.at(1).partnerName == u"Thuiszorg West"_s);
    CHECK(tilburg.agreements.at(1).title == u"Doorverwijzing cliënten"_s);
    CHECK(tilburg.agreements.at(1).status == AgreementStatus::Signed);
    CHECK(tilburg.agreements.at(1).startDate == QDate(2025, 1, 1));
    CHECK(tilburg.agreements.at(1).reviewDate == QDate(2025, 8, 29));
    CHECK(tilburg.agreements.at(1).expiring);
    CHECK(tilburg.agreements.at(2).title == u"Evaluatie"_s);
    CHECK(tilburg.agreements.at(2).reviewDate == QDate(2025, 8, 30));
    CHECK_FALSE(tilburg.agreements.at(2).expiring);
    CHECK(tilburg.agreements.at(3).title == u"Leerwerkplekken"_s);
    CHECK(tilburg.agreements.at(3).endDate == QDate(2025, 8, 30));
    CHECK_FALSE(tilburg.agreements.at(3).expiring);
    CHECK(tilburg.agreements.at(4).title == u"Pilot 2024"_s);
    CHECK_FALSE(tilburg.agreements.at(4).expiring);

    const Measures goirle = report(file.db(), u"GM0785"_s).measures;
    CHECK(goirle.agreementsActive == 2);   // A3 (regional), A6
    CHECK(goirle.agreementsExpiring == 1); // A6 ends 07-31 = to + 31
    const Measures region = report(file.db(), QString()).measures;
    CHECK(region.agreementsActive == 6); // A1, A2, A3, A6, A8, A9
    CHECK(region.agreementsExpiring == 2);
}

TEST_CASE("budget lines count only when their whole period lies within the report's")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    const Measures tilburg = report(file.db(), u"GM0855"_s).measures;
    // Income: B1 (exactly the period); not B6 (starts the day before) nor B4 (the region's).
    CHECK(tilburg.budgetOf(BudgetKind::Income) == BudgetFigures{100000, 80000});
    // Cost: B3 (March); not B2 (runs to December).
    CHECK(tilburg.budgetOf(BudgetKind::Cost) == BudgetFigures{2000, 2500});
    // The region: every line inside the period, the region's own B4 and Goirle's B5 too.
    const Measures region = report(file.db(), QString()).measures;
    CHECK(region.budgetOf(BudgetKind::Income) == BudgetFigures{130000, 110000});
    CHECK(region.budgetOf(BudgetKind::Cost) == BudgetFigures{6000, 3500});
}

TEST_CASE("an unknown municipality code fails with NotFound and names the code")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    ReportRequest request;
    request.municipalityCode = u"GM9999"_s;
    const Result<ReportData> data = computeReport(file.db(), request);
    REQUIRE_FALSE(data.ok());
    CHECK(data.error().kind == Error::Kind::NotFound);
    CHECK(data.error().message.contains(u"GM9999"_s));
}
