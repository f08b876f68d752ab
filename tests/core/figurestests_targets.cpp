// Targets against the measures (spec/reports.md "Targets"): the arithmetic alone, and the
// targets of the world of tests/support/figureseed.cpp in Tilburg's interim-1 report.
#include "figures/computereport.h"
#include "figures/targetfigures.h"
#include "figureseed.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

const TargetFigures *targetFor(const ReportData &report, const QString &measure)
{
    for (const TargetFigures &target : report.targets)
        if (target.measure == measure)
            return &target;
    return nullptr;
}

} // namespace

TEST_CASE("expected percentage counts both ends of the elapsed and of the whole target period")
{
    const Period twoYears{QDate(2025, 1, 1), QDate(2026, 12, 31)}; // 365 + 365 = 730 days
    // 2025-01-01 .. 2025-06-30 = 31+28+31+30+31+30 = 181 days; 181 / 730 = 24.79.. -> 24.8
    CHECK(expectedTenths(twoYears, QDate(2025, 6, 30)) == 248);
    // One day of 730 = 0.137 % -> 0.1
    CHECK(expectedTenths(twoYears, QDate(2025, 1, 1)) == 1);
    // A report ending after the target: the whole target period has elapsed.
    CHECK(expectedTenths(twoYears, QDate(2027, 3, 1)) == 1000);
    // 2 of 8 days = 25.0; 1 of 8 days = 12.5 exactly -> 12.5; 1 of 16 = 6.25 -> 6.3 (half up)
    CHECK(expectedTenths(Period{QDate(2025, 1, 1), QDate(2025, 1, 8)}, QDate(2025, 1, 2)) == 250);
    CHECK(expectedTenths(Period{QDate(2025, 1, 1), QDate(2025, 1, 16)}, QDate(2025, 1, 1)) == 63);
}

TEST_CASE("realisation rounds to one decimal half away from zero")
{
    CHECK(realisationTenths(410, 2000) == 205); // 20.5
    CHECK(realisationTenths(9.5, 40) == 238);   // 23.75 -> 23.8
    CHECK(realisationTenths(1, 16) == 63);      // 6.25 -> 6.3
    CHECK(realisationTenths(1, 3) == 333);      // 33.33.. -> 33.3
    CHECK(realisationTenths(2, 3) == 667);      // 66.66.. -> 66.7
    CHECK(realisationTenths(30, 20) == 1500);   // above the target: 150.0
    CHECK(realisationTenths(5, 0) == 0);        // no target value (the rules forbid it)
}

TEST_CASE("a target is behind only when more than 10 points below the expected percentage")
{
    CHECK_FALSE(isBehind(200, 100)); // exactly 10 points: not behind
    CHECK(isBehind(201, 100));       // 10.1 points
    CHECK_FALSE(isBehind(248, 300)); // ahead
}

TEST_CASE("the report shows its own scope's targets that overlap the period, measured up to to")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    ReportRequest request;
    request.kind = ReportKind::Interim1;
    request.municipalityCode = u"GM0855"_s;
    const ReportData r = computeReport(file.db(), request).value();
    // TA, TB, TC, TF overlap 2025-01-01 .. 06-30; TD (from 07-01) and TE (2024) do not; TG is
    // Goirle's and RT the region's.
    REQUIRE(r.targets.size() == 4);

    const TargetFigures *ta = targetFor(r, u"deliveries"_s);
    REQUIRE(ta);
    CHECK(ta->scope == u"GM0855"_s);
    CHECK(ta->period == Period{QDate(2025, 1, 1), QDate(2026, 12, 31)});
    CHECK(ta->value == 20);
    CHECK(ta->actual == 6);            // the report's 6 deliveries
    CHECK(ta->realisationPct == 30.0); // 6 / 20
    CHECK(ta->expectedPct == 24.8);    // 181 of 730 days
    CHECK_FALSE(ta->behind);

    const TargetFigures *tb = targetFor(r, u"delivery_hours"_s);
    REQUIRE(tb);
    CHECK(tb->actual == 9.5);
    CHECK(tb->realisationPct == 23.8); // 9.5 / 40 = 23.75 -> 23.8
    CHECK(tb->expectedPct == 49.6);    // 181 of 365 days = 49.59
    CHECK(tb->behind);                 // 49.6 - 23.8 = 25.8 > 10

    // Placement trajectories started 2025-04-01 .. 06-30: T4 (06-30). 1 of 2 = 50.0; the whole
    // target period has elapsed: 91 of 91 days = 100.0, 50 points behind.
    const TargetFigures *tc = targetFor(r, u"trajectories_started.placement"_s);
    REQUIRE(tc);
    CHECK(tc->actual == 1);
    CHECK(tc->realisationPct == 50.0);
    CHECK(tc->expectedPct == 100.0);
    CHECK(tc->behind);

    // Providers active 2024-07-01 .. 2025-06-30 (its own period, before the report's start):
    // P1 (D3 of 2024-12-31 and later), PG, P3, P6 = 4 of 4; 365 of 365 days.
    const TargetFigures *tf = targetFor(r, u"providers_active"_s);
    REQUIRE(tf);
    CHECK(tf->actual == 4);
    CHECK(tf->realisationPct == 100.0);
    CHECK(tf->expectedPct == 100.0);
    CHECK_FALSE(tf->behind);
}

TEST_CASE("a region report shows the region's targets, exactly 10 points behind not flagged")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    ReportRequest request;
    request.kind = ReportKind::Interim1; // the region: 2025-01-01 .. the latest interim-1 date
    const ReportData r = computeReport(file.db(), request).value();
    CHECK(r.period == Period{QDate(2025, 1, 1), QDate(2025, 6, 30)});
    REQUIRE(r.targets.size() == 1);
    const TargetFigures &rt = r.targets.front();
    CHECK(rt.scope == u"region"_s);
    // Clients served in the region: C1, C2, C3, C5 and G1 = 5 of 50 = 10.0 %.
    CHECK(rt.actual == 5);
    CHECK(rt.realisationPct == 10.0);
    // 2025-01-01 .. 2027-06-24 = 730 + 175 = 905 days; 181 / 905 = 20.0 %.
    CHECK(rt.expectedPct == 20.0);
    CHECK_FALSE(rt.behind); // 20.0 - 10.0 = 10, not more
}
