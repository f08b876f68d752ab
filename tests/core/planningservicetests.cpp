#include "seed.h"
#include "services/planningservice.h"
#include "servicetesthelpers.h"
#include "storage/auditrepository.h"
#include "storage/workrepositories.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

Target targetFor(Id municipality, const QString &measure, double value)
{
    Target t;
    t.municipalityId = municipality;
    t.fromDate = QDate(2025, 1, 1);
    t.toDate = QDate(2026, 12, 31);
    t.measure = measure;
    t.value = value;
    return t;
}

ProjectSettings settingsFor(Id municipality)
{
    ProjectSettings s;
    s.municipalityId = municipality;
    s.projectStart = QDate(2025, 1, 1);
    s.interim1 = QDate(2025, 9, 30);
    s.interim2 = QDate(2026, 6, 30);
    s.projectEnd = QDate(2026, 12, 31);
    s.projectLeader = u"A. de Vries"_s;
    return s;
}

} // namespace

TEST_CASE("a target names a known measure, a positive value and an existing municipality")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    PlanningService service(file.db());
    Target unknown = targetFor(basics.tilburg, u"happy_clients"_s, 10);
    const Status refused = service.save(unknown);
    CHECK(test::hasViolation(refused, u"measure"_s, Rule::UnknownCode));
    CHECK(test::messageFor(refused, u"measure"_s).contains(u"happy_clients"_s));
    Target zero = targetFor(basics.tilburg, u"deliveries"_s, 0);
    CHECK(test::hasViolation(service.save(zero), u"value"_s, Rule::OutOfRange));
    Target nowhere = targetFor(4444, u"deliveries"_s, 100);
    CHECK(test::hasViolation(service.save(nowhere), u"municipality_code"_s, Rule::UnknownCode));
    Target backwards = targetFor(basics.tilburg, u"deliveries"_s, 100);
    backwards.toDate = QDate(2024, 12, 31);
    CHECK(test::hasViolation(service.save(backwards), u"to"_s, Rule::DateOrder));

    Target perType = targetFor(basics.tilburg, u"trajectories_started.activation"_s, 12);
    REQUIRE(service.save(perType).ok());
    Target region = targetFor(0, u"deliveries"_s, 5000);
    REQUIRE(service.save(region).ok());
    const QList<AuditEntry> audit = AuditRepository(file.db()).entries().value();
    CHECK(audit.back().recordCode == u"region deliveries 2025-01-01"_s);
    REQUIRE(service.removeTarget(perType.id).ok());
    CHECK(PlanningRepository(file.db()).targets().count().value() == 1);
}

TEST_CASE("budget lines need a period in order and accept negative corrections")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    PlanningService service(file.db());
    BudgetLine line;
    line.municipalityId = basics.tilburg;
    line.fromDate = QDate(2025, 1, 1);
    line.toDate = QDate(2025, 12, 31);
    line.kind = BudgetKind::Income;
    line.category = BudgetCategory::Wmo;
    line.toDate = QDate(2024, 12, 31);
    CHECK(test::hasViolation(service.save(line), u"to"_s, Rule::DateOrder));
    line.toDate = QDate(2025, 12, 31);
    line.plannedCents = 2500000;
    line.realisedCents = -12550; // a refund booked against the line
    REQUIRE(service.save(line).ok());
    CHECK(PlanningRepository(file.db()).budget().find(line.id).value().realisedCents == -12550);
    REQUIRE(service.removeBudgetLine(line.id).ok());
}

TEST_CASE("project settings exist once per municipality and once for the region")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    PlanningService service(file.db());
    ProjectSettings tilburg = settingsFor(basics.tilburg);
    REQUIRE(service.save(tilburg).ok());
    ProjectSettings region = settingsFor(0);
    REQUIRE(service.save(region).ok());

    ProjectSettings secondTilburg = settingsFor(basics.tilburg);
    const Status refused = service.save(secondTilburg);
    CHECK(test::hasViolation(refused, u"municipality_code"_s, Rule::Unique));
    CHECK(test::messageFor(refused, u"municipality_code"_s).contains(u"GM0855"_s));
    ProjectSettings secondRegion = settingsFor(0);
    CHECK(test::hasViolation(service.save(secondRegion), u"municipality_code"_s, Rule::Unique));

    tilburg.interim2 = QDate(2025, 6, 30); // before interim 1
    CHECK(test::hasViolation(service.save(tilburg), u"interim_2"_s, Rule::DateOrder));
    tilburg.interim2 = QDate(2026, 3, 31);
    CHECK(service.save(tilburg).ok()); // changing its own settings is fine

    ProjectSettings goirle = settingsFor(basics.goirle);
    CHECK(service.save(goirle).ok());
    REQUIRE(service.removeSettings(goirle.id).ok());
}
