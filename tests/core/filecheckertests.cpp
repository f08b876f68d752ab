#include "seed.h"
#include "services/deliveryservice.h"
#include "services/filechecker.h"
#include "services/partnerservice.h"
#include "services/planningservice.h"
#include "services/requestservice.h"
#include "services/trajectoryservice.h"
#include "servicetesthelpers.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

/// A small file with one record of most kinds, all stored through the services.
struct World
{
    test::Basics basics;
    Client client;         ///< C-0001, intake 2025-01-01
    Provider provider;     ///< P-0001, start 2025-01-01
    Delivery delivery;     ///< 2025-03-04, 1 hour
    Trajectory trajectory; ///< running since 2025-01-06
};

World makeWorld(Database &db)
{
    World w;
    w.basics = test::seedBasics(db);
    w.client = test::storeClient(db, test::validClient(w.basics.centrum));
    w.provider = test::storeProvider(db, test::validProvider(w.basics.noord));

    Partner partner;
    partner.code = u"PA-01"_s;
    partner.name = u"Thuiszorg"_s;
    REQUIRE(PartnerService(db).save(partner).ok());
    Agreement agreement;
    agreement.partnerId = partner.id;
    agreement.title = u"Doorverwijzing"_s;
    agreement.scopes = {AgreementScope::ClientReferral};
    agreement.startDate = QDate(2025, 1, 1);
    REQUIRE(PartnerService(db).save(agreement).ok());

    ServiceRequest request;
    request.clientId = w.client.id;
    request.serviceTypeId = w.basics.boodschappen;
    request.requestDate = QDate(2025, 2, 1);
    REQUIRE(RequestService(db).save(request).ok());
    REQUIRE(RequestService(db).match(request, w.provider.id).ok());

    w.delivery.clientId = w.client.id;
    w.delivery.providerId = w.provider.id;
    w.delivery.serviceTypeId = w.basics.boodschappen;
    w.delivery.date = QDate(2025, 3, 4);
    w.delivery.quarterHours = 4;
    w.delivery.requestId = request.id;
    REQUIRE(DeliveryService(db).save(w.delivery).ok());

    w.trajectory.providerId = w.provider.id;
    w.trajectory.status = TrajectoryStatus::Running;
    w.trajectory.startDate = QDate(2025, 1, 6);
    REQUIRE(TrajectoryService(db).save(w.trajectory).ok());

    Target target;
    target.measure = u"deliveries"_s;
    target.fromDate = QDate(2025, 1, 1);
    target.toDate = QDate(2025, 12, 31);
    target.value = 100;
    REQUIRE(PlanningService(db).save(target).ok());
    return w;
}

FileCheckReport checked(Database &db, qint64 limit = FileChecker::defaultListLimit)
{
    FileChecker checker(db, QDate(2025, 6, 1));
    checker.setListLimit(limit);
    Result<FileCheckReport> report = checker.run();
    if (!report)
        FAIL(report.error().message.toStdString());
    return std::move(report).value();
}

/// The problems about one field of one kind of record.
QList<FileProblem> problemsWith(const FileCheckReport &report, const QString &entity,
                                const QString &field)
{
    QList<FileProblem> found;
    for (const FileProblem &p : report.problems)
        if (p.entity == entity && p.field == field)
            found.append(p);
    return found;
}

qint64 recordsOf(const FileCheckReport &report, const QString &entity)
{
    for (const auto &[name, count] : report.summary.records)
        if (name == entity)
            return count;
    return -1;
}

} // namespace

TEST_CASE("the file check reports a clean file as healthy and counts what it read", "[sqlite-only]")
{
    test::TempDataFile file;
    makeWorld(file.db());
    const FileCheckReport report = checked(file.db());
    for (const FileProblem &p : report.problems)
        UNSCOPED_INFO(p.describe().toStdString());
    CHECK(report.healthy());
    CHECK(report.problems.isEmpty());
    CHECK(report.summary.schemaVersion == Database::currentSchemaVersion());
    CHECK(report.summary.structureWhole);
    CHECK(report.summary.brokenReferences == 0);
    CHECK_FALSE(report.summary.firstBrokenAuditEntry.has_value());
    CHECK(recordsOf(report, u"delivery"_s) == 1);
    CHECK(recordsOf(report, u"client"_s) == 1);
    CHECK(recordsOf(report, u"service_type"_s) == 10);
    CHECK(recordsOf(report, u"neighbourhood"_s) == 3);
    CHECK(report.summaryText().contains(u"No problems found."_s));
}

TEST_CASE("the file check finds a delivery of 13 hours written around the program", "[sqlite-only]")
{
    test::TempDataFile file;
    makeWorld(file.db());
    // The table's CHECK would refuse it; pretend an old or foreign tool wrote it anyway.
    test::rawSql(file.db(), u"PRAGMA ignore_check_constraints = ON"_s);
    test::rawSql(file.db(), u"UPDATE deliveries SET quarter_hours = 52"_s); // 13 h
    const FileCheckReport report = checked(file.db());
    CHECK_FALSE(report.healthy());
    const QList<FileProblem> hours = problemsWith(report, u"delivery"_s, u"hours"_s);
    REQUIRE(hours.size() == 1);
    CHECK(hours.front().rule == Rule::HoursRange);
    CHECK(hours.front().record == u"C-0001 P-0001 2025-03-04"_s);
    CHECK(report.summary.ruleViolations == 1);
}

TEST_CASE("the file check finds stored hours that are not whole quarters", "[sqlite-only]")
{
    test::TempDataFile file;
    makeWorld(file.db());
    test::rawSql(file.db(), u"UPDATE deliveries SET quarter_hours = 5.2"_s); // 1.3 h
    const FileCheckReport report = checked(file.db());
    const QList<FileProblem> hours = problemsWith(report, u"delivery"_s, u"hours"_s);
    REQUIRE(hours.size() == 1);
    CHECK(hours.front().rule == Rule::HoursStep);
    CHECK(hours.front().message.contains(u"1.3"_s));
}

TEST_CASE("the file check finds a BSN that fails the eleven-test", "[sqlite-only]")
{
    test::TempDataFile file;
    makeWorld(file.db());
    test::rawSql(file.db(), u"UPDATE clients SET bsn = '123456789'"_s);
    const FileCheckReport report = checked(file.db());
    const QList<FileProblem> bsn = problemsWith(report, u"client"_s, u"bsn"_s);
    REQUIRE(bsn.size() == 1);
    CHECK(bsn.front().rule == Rule::ElevenTest);
    CHECK(bsn.front().record == u"C-0001"_s);
    CHECK_FALSE(bsn.front().message.contains(u"123456789"_s)); // shown masked, as *****6789
    CHECK(bsn.front().message.contains(u"*****6789"_s));
    CHECK(report.summary.problems == 1);
}

TEST_CASE("the file check finds deliveries outside their client's and provider's dates",
          "[sqlite-only]")
{
    test::TempDataFile file;
    makeWorld(file.db());
    // The delivery is on 2025-03-04: an intake a day later and a start a day later.
    test::rawSql(file.db(), u"UPDATE clients SET intake_date = '2025-03-05'"_s);
    test::rawSql(file.db(), u"UPDATE providers SET start_date = '2025-03-05'"_s);
    const FileCheckReport report = checked(file.db());
    const QList<FileProblem> dates = problemsWith(report, u"delivery"_s, u"date"_s);
    REQUIRE(dates.size() == 2);
    CHECK(dates.at(0).rule == Rule::DateOrder);
    CHECK(dates.at(0).message.contains(u"intake"_s));
    CHECK(dates.at(1).message.contains(u"start"_s));

    test::rawSql(file.db(), u"UPDATE clients SET intake_date = '2025-01-01', "
                            u"end_date = '2025-03-03', end_reason = 'moved'"_s);
    test::rawSql(file.db(), u"UPDATE providers SET start_date = '2025-03-04'"_s);
    const FileCheckReport afterEnd = checked(file.db());
    const QList<FileProblem> late = problemsWith(afterEnd, u"delivery"_s, u"date"_s);
    REQUIRE(late.size() == 1);
    CHECK(late.front().message.contains(u"2025-03-03"_s));
}

TEST_CASE("the file check finds two running trajectories and a BSN held twice", "[sqlite-only]")
{
    test::TempDataFile file;
    const World w = makeWorld(file.db());
    Client second = test::validClient(w.basics.noord);
    second.person.familyName = u"Tweede"_s;
    test::storeClient(file.db(), second);
    // Take away the last guards, as a damaged or hand-edited file might have.
    test::rawSql(file.db(), u"DROP INDEX trajectories_one_running"_s);
    test::rawSql(file.db(), u"DROP INDEX clients_by_bsn"_s);
    test::rawSql(file.db(), u"INSERT INTO trajectories (provider_id, type, framework, "
                            u"start_date, status) SELECT provider_id, 'activation', "
                            u"'participatiewet', '2025-02-01', 'running' FROM trajectories"_s);
    test::rawSql(file.db(), u"UPDATE clients SET bsn = '111222333'"_s);

    const FileCheckReport report = checked(file.db());
    const QList<FileProblem> running = problemsWith(report, u"provider"_s, u"status"_s);
    REQUIRE(running.size() == 1);
    CHECK(running.front().rule == Rule::OneRunning);
    CHECK(running.front().record == u"P-0001"_s);
    const QList<FileProblem> bsn = problemsWith(report, u"client"_s, u"bsn"_s);
    REQUIRE(bsn.size() == 2);
    CHECK(bsn.at(0).record == u"C-0001"_s);
    CHECK(bsn.at(0).message.contains(u"C-0002"_s));
    CHECK(bsn.at(1).message.contains(u"C-0001"_s));
    CHECK_FALSE(bsn.at(0).message.contains(u"111222333"_s));
}

TEST_CASE("the file check finds a changed and a removed audit entry", "[sqlite-only]")
{
    test::TempDataFile file;
    makeWorld(file.db());
    SECTION("an entry changed afterwards")
    {
        test::rawSql(file.db(), u"UPDATE audit_log SET who = 'mallory' WHERE id = 3"_s);
        const FileCheckReport report = checked(file.db());
        CHECK(report.summary.firstBrokenAuditEntry == Id(3));
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems.front().kind == FileProblem::Kind::AuditChain);
    }
    SECTION("the first entry deleted")
    {
        test::rawSql(file.db(), u"DELETE FROM audit_log WHERE id = 1"_s);
        CHECK(checked(file.db()).summary.firstBrokenAuditEntry == Id(2));
    }
}

TEST_CASE("the file check finds a reference to a deleted record", "[sqlite-only]")
{
    test::TempDataFile file;
    const World w = makeWorld(file.db());
    test::rawSql(file.db(), u"PRAGMA foreign_keys = OFF"_s);
    test::rawSql(file.db(), u"DELETE FROM service_types WHERE code = 'boodschappen'"_s);
    const FileCheckReport report = checked(file.db());
    CHECK(report.summary.brokenReferences == 2); // the delivery and the request
    bool deliveryFound = false;
    for (const FileProblem &p : report.problems)
        if (p.kind == FileProblem::Kind::ForeignKey && p.entity == u"delivery"_s)
            deliveryFound = p.record.contains(QString::number(w.delivery.id)) &&
                            p.message.contains(u"service_type"_s);
    CHECK(deliveryFound);
}

TEST_CASE("the file check counts every problem but lists no more than its limit", "[sqlite-only]")
{
    test::TempDataFile file;
    makeWorld(file.db());
    test::rawSql(file.db(), u"UPDATE clients SET bsn = '123456789', postcode = '0000 AA'"_s);
    const FileCheckReport report = checked(file.db(), 1);
    CHECK(report.problems.size() == 1);
    CHECK(report.summary.problems == 2);
    CHECK(report.summary.problemsNotListed == 1);
    CHECK_FALSE(report.healthy());
}

TEST_CASE("the file check works on a file opened read-only", "[sqlite-only]")
{
    test::TempDataFile file;
    makeWorld(file.db());
    file.close();
    Result<std::unique_ptr<Database>> db = Database::open(file.path(), Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    const FileCheckReport report = checked(**db);
    CHECK(report.healthy());
}
