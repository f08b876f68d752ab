// Report periods (spec/reports.md "Kinds") and the project dates they come from.
#include "figures/computereport.h"
#include "figures/reportperiods.h"
#include "figureseed.h"
#include "storage/placerepository.h"
#include "storage/workrepositories.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

const ProjectDates project{QDate(2025, 1, 1), QDate(2025, 6, 30), QDate(2025, 12, 31),
                           QDate(2026, 12, 31), u"A. de Vries"_s};

ReportPeriods periodsOf(ReportKind kind, std::optional<QDate> from = {},
                        std::optional<QDate> to = {}, QDate today = QDate(2025, 3, 17))
{
    Result<ReportPeriods> periods = reportPeriods(kind, from, to, project, today);
    if (!periods)
        FAIL(periods.error().message.toStdString());
    return std::move(periods).value();
}

} // namespace

TEST_CASE("interim and final reports run from the project start to their date")
{
    CHECK(periodsOf(ReportKind::Interim1).period == Period{QDate(2025, 1, 1), QDate(2025, 6, 30)});
    CHECK(periodsOf(ReportKind::Final).period == Period{QDate(2025, 1, 1), QDate(2026, 12, 31)});
    CHECK(periodsOf(ReportKind::Final).comparisons.isEmpty());

    const ReportPeriods interim2 = periodsOf(ReportKind::Interim2);
    CHECK(interim2.period == Period{QDate(2025, 1, 1), QDate(2025, 12, 31)});
    REQUIRE(interim2.comparisons.size() == 1); // the interim-1 period beside it
    CHECK(interim2.comparisons.front().first == ComparisonKind::Interim1);
    CHECK(interim2.comparisons.front().second == Period{QDate(2025, 1, 1), QDate(2025, 6, 30)});
}

TEST_CASE("a given from or to overrides the default period, each on its own")
{
    CHECK(periodsOf(ReportKind::Final, QDate(2025, 3, 1)).period ==
          Period{QDate(2025, 3, 1), QDate(2026, 12, 31)});
    CHECK(periodsOf(ReportKind::Final, {}, QDate(2025, 9, 30)).period ==
          Period{QDate(2025, 1, 1), QDate(2025, 9, 30)});
}

TEST_CASE("a monthly overview is a calendar month beside the month before and the year to date")
{
    // Without dates: the month of today (2025-03-17), first to last day.
    const ReportPeriods march = periodsOf(ReportKind::Monthly);
    CHECK(march.period == Period{QDate(2025, 3, 1), QDate(2025, 3, 31)});
    REQUIRE(march.comparisons.size() == 2);
    CHECK(march.comparisons.at(0).first == ComparisonKind::PreviousMonth);
    CHECK(march.comparisons.at(0).second == Period{QDate(2025, 2, 1), QDate(2025, 2, 28)});
    CHECK(march.comparisons.at(1).first == ComparisonKind::YearToDate);
    CHECK(march.comparisons.at(1).second == Period{QDate(2025, 1, 1), QDate(2025, 3, 31)});

    // --to: the month of --to up to --to; January compares with December of the year before.
    const ReportPeriods january = periodsOf(ReportKind::Monthly, {}, QDate(2026, 1, 31));
    CHECK(january.period == Period{QDate(2026, 1, 1), QDate(2026, 1, 31)});
    CHECK(january.comparisons.at(0).second == Period{QDate(2025, 12, 1), QDate(2025, 12, 31)});
    CHECK(january.comparisons.at(1).second == Period{QDate(2026, 1, 1), QDate(2026, 1, 31)});
    CHECK(periodsOf(ReportKind::Monthly, {}, QDate(2025, 5, 15)).period ==
          Period{QDate(2025, 5, 1), QDate(2025, 5, 15)});
    // --from only: to the end of its month (a leap-year February here).
    CHECK(periodsOf(ReportKind::Monthly, QDate(2028, 2, 10)).period ==
          Period{QDate(2028, 2, 10), QDate(2028, 2, 29)});
}

TEST_CASE("a period that cannot be known or ends before it starts is refused with a reason")
{
    const Result<ReportPeriods> none =
        reportPeriods(ReportKind::Interim1, {}, {}, std::nullopt, QDate(2025, 3, 17));
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().kind == Error::Kind::Invalid);
    CHECK(none.error().message.contains(u"project start"_s));

    ProjectDates noInterim = project;
    noInterim.interim1 = QDate();
    const Result<ReportPeriods> missing =
        reportPeriods(ReportKind::Interim1, {}, {}, noInterim, QDate(2025, 3, 17));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(u"interim-1"_s));
    // Given explicitly, the missing date does not matter.
    CHECK(reportPeriods(ReportKind::Interim1, {}, QDate(2025, 6, 30), noInterim, QDate()).ok());

    const Result<ReportPeriods> reversed =
        reportPeriods(ReportKind::Final, QDate(2027, 1, 1), {}, project, QDate());
    REQUIRE_FALSE(reversed.ok());
    CHECK(reversed.error().message.contains(u"2027-01-01"_s));
}

TEST_CASE("project dates: a municipality's own, else the region's; the region spans them all")
{
    test::TempDataFile file;
    const test::FigureWorld world = test::seedFigureWorld(file.db());
    // Tilburg 2025-01-01 .. 2026-12-31 (interim-1 06-30), Goirle 2025-02-01 .. 2026-10-31
    // (interim-1 05-31), no region row.
    const std::optional<ProjectDates> goirle =
        projectDatesOf(file.db(), world.basics.goirle).value();
    REQUIRE(goirle);
    CHECK(goirle->start == QDate(2025, 2, 1));
    CHECK(goirle->leader == u"B. Jansen"_s);
    const std::optional<ProjectDates> region = projectDatesOf(file.db(), 0).value();
    REQUIRE(region);
    CHECK(region->start == QDate(2025, 1, 1));     // the earliest start
    CHECK(region->end == QDate(2026, 12, 31));     // the latest end
    CHECK(region->interim1 == QDate(2025, 6, 30)); // the latest, without a region row
    CHECK(region->leader.isEmpty());

    // A region row gives the region its interim dates and leader, and a municipality without
    // settings of its own its dates.
    ProjectSettings regionRow;
    regionRow.projectStart = QDate(2024, 9, 1);
    regionRow.interim1 = QDate(2025, 3, 31);
    regionRow.projectEnd = QDate(2026, 6, 30);
    regionRow.projectLeader = u"C. Regio"_s;
    REQUIRE(PlanningRepository(file.db()).settings().insert(regionRow).ok());
    const std::optional<ProjectDates> withRow = projectDatesOf(file.db(), 0).value();
    CHECK(withRow->start == QDate(2024, 9, 1));
    CHECK(withRow->end == QDate(2026, 12, 31)); // Tilburg's end is later still
    CHECK(withRow->interim1 == QDate(2025, 3, 31));
    CHECK(withRow->leader == u"C. Regio"_s);
    Municipality hilvarenbeek{0, 0, u"GM0798"_s, u"Hilvarenbeek"_s};
    REQUIRE(PlaceRepository(file.db()).municipalities().insert(hilvarenbeek).ok());
    CHECK(projectDatesOf(file.db(), hilvarenbeek.id).value()->leader == u"C. Regio"_s);
}

TEST_CASE("an interim-2 report carries the interim-1 measures beside its own")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    ReportRequest request;
    request.kind = ReportKind::Interim2;
    request.municipalityCode = u"GM0855"_s;
    const ReportData r = computeReport(file.db(), request).value();
    CHECK(r.period == Period{QDate(2025, 1, 1), QDate(2025, 12, 31)});
    // Over the whole of 2025 D4 (07-01) counts too: 6 + 1 deliveries.
    CHECK(r.measures.deliveries == 7);
    REQUIRE(r.comparisons.size() == 1);
    CHECK(r.comparisons.front().kind == ComparisonKind::Interim1);
    CHECK(r.comparisons.front().period == Period{QDate(2025, 1, 1), QDate(2025, 6, 30)});
    CHECK(r.comparisons.front().measures.deliveries == 6);
    CHECK(r.comparisons.front().measures.clientsServed == 4);
}

TEST_CASE("a monthly overview carries the month before and the year to date")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    ReportRequest request;
    request.kind = ReportKind::Monthly;
    request.municipalityCode = u"GM0855"_s;
    request.today = QDate(2025, 2, 20);
    const ReportData r = computeReport(file.db(), request).value();
    CHECK(r.period == Period{QDate(2025, 2, 1), QDate(2025, 2, 28)});
    CHECK(r.measures.deliveries == 1); // D7
    REQUIRE(r.comparisons.size() == 2);
    CHECK(r.comparisons.at(0).measures.deliveries == 2); // January: D1, D8
    CHECK(r.comparisons.at(0).measures.clientsServed == 1);
    CHECK(r.comparisons.at(1).measures.deliveries == 3); // 2025-01-01 .. 02-28
    CHECK(r.comparisons.at(1).measures.deliveryQuarterHours == 8 + 4 + 6);
    REQUIRE(r.byMonth.size() == 1);
}
