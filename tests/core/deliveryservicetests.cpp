#include "rules/violations.h"
#include "seed.h"
#include "services/deliveryservice.h"
#include "services/providerservice.h"
#include "services/requestservice.h"
#include "services/servicetypeservice.h"
#include "servicetesthelpers.h"
#include "storage/auditrepository.h"
#include "storage/workrepositories.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

/// A client (intake 2025-01-01, end 2025-06-30) and a provider (start 2025-02-01).
struct World
{
    test::Basics basics;
    Client client;
    Provider provider;
};

World makeWorld(Database &db)
{
    World w;
    w.basics = test::seedBasics(db);
    Client client = test::validClient(w.basics.centrum);
    client.endDate = QDate(2025, 6, 30);
    client.endReason = ClientEndReason::NotNeeded;
    w.client = test::storeClient(db, client);
    Provider provider = test::validProvider(w.basics.noord);
    provider.startDate = QDate(2025, 2, 1);
    w.provider = test::storeProvider(db, provider);
    return w;
}

Delivery deliveryOn(const World &w, const QDate &date, int quarterHours = 4)
{
    Delivery d;
    d.clientId = w.client.id;
    d.providerId = w.provider.id;
    d.serviceTypeId = w.basics.boodschappen;
    d.date = date;
    d.quarterHours = quarterHours;
    return d;
}

qint64 deliveryCount(Database &db)
{
    return DeliveryRepository(db).count().value();
}

} // namespace

TEST_CASE("a valid delivery is stored with an audit entry naming client, provider and date")
{
    test::TempDataFile file;
    const World w = makeWorld(file.db());
    Delivery d = deliveryOn(w, QDate(2025, 3, 4));
    REQUIRE(DeliveryService(file.db()).save(d).ok());
    CHECK(d.id != 0);
    const QList<AuditEntry> audit = AuditRepository(file.db()).entries().value();
    REQUIRE(!audit.isEmpty());
    CHECK(audit.back().entity == u"delivery"_s);
    CHECK(audit.back().action == u"create"_s);
    CHECK(audit.back().recordCode == u"C-0001 P-0001 2025-03-04"_s);
}

TEST_CASE("delivery hours must be more than 0 and at most 12, in quarters")
{
    test::TempDataFile file;
    const World w = makeWorld(file.db());
    DeliveryService service(file.db());
    const QDate date(2025, 3, 4);

    // quarters: 0 h = 0, 0.25 h = 1, 11.75 h = 47, 12 h = 48, 12.25 h = 49
    CHECK(test::hasViolation(service.check(deliveryOn(w, date, 0)), u"hours"_s, Rule::HoursRange));
    CHECK(test::hasViolation(service.check(deliveryOn(w, date, -4)), u"hours"_s, Rule::HoursRange));
    CHECK(service.check(deliveryOn(w, date, 1)).value().isEmpty());
    CHECK(service.check(deliveryOn(w, date, 47)).value().isEmpty());
    CHECK(service.check(deliveryOn(w, date, 48)).value().isEmpty());
    Delivery tooLong = deliveryOn(w, date, 49);
    const Status refused = service.save(tooLong);
    CHECK(test::hasViolation(refused, u"hours"_s, Rule::HoursRange));
    CHECK(deliveryCount(file.db()) == 0);
}

TEST_CASE("hours typed as text must be whole quarters")
{
    Violations v(u"delivery"_s, {});
    CHECK(v.readQuarterHours(u"hours"_s, u"0.25") == 1);
    CHECK(v.readQuarterHours(u"hours"_s, u"11,75") == 47);
    CHECK(v.readQuarterHours(u"hours"_s, u"12") == 48);
    CHECK(v.readQuarterHours(u"hours"_s, u"12.25") == 49); // a number; the range is the rule's
    CHECK(v.isEmpty());

    CHECK_FALSE(v.readQuarterHours(u"hours"_s, u"1.3").has_value()); // 1.3 / 0.25 = 5.2
    REQUIRE(v.list().size() == 1);
    CHECK(v.list().front().rule == Rule::HoursStep);
    CHECK(v.list().front().field == u"hours"_s);
    CHECK(v.list().front().message.contains(u"1.3"_s));

    CHECK_FALSE(v.readQuarterHours(u"hours"_s, u"twee").has_value());
    CHECK(v.list().back().rule == Rule::Format);
    CHECK_FALSE(v.readQuarterHours(u"hours"_s, u" ").has_value());
    CHECK(v.list().back().rule == Rule::Required);
}

TEST_CASE("a delivery may fall on the client's intake day but not the day before")
{
    test::TempDataFile file;
    World w = makeWorld(file.db());
    // Let the provider start early so only the client's intake (2025-01-01) matters.
    w.provider.startDate = QDate(2024, 1, 1);
    REQUIRE(ProviderService(file.db()).save(w.provider).ok());
    DeliveryService service(file.db());
    Delivery onIntake = deliveryOn(w, QDate(2025, 1, 1));
    CHECK(service.save(onIntake).ok());
    Delivery dayBefore = deliveryOn(w, QDate(2024, 12, 31));
    const Status refused = service.save(dayBefore);
    CHECK(test::hasViolation(refused, u"date"_s, Rule::DateOrder));
    CHECK(test::messageFor(refused, u"date"_s).contains(u"2025-01-01"_s));
    CHECK(deliveryCount(file.db()) == 1);
}

TEST_CASE("a delivery may fall on the client's end date but not the day after")
{
    test::TempDataFile file;
    const World w = makeWorld(file.db());
    DeliveryService service(file.db());
    Delivery onEnd = deliveryOn(w, QDate(2025, 6, 30));
    CHECK(service.save(onEnd).ok());
    Delivery dayAfter = deliveryOn(w, QDate(2025, 7, 1));
    const Status refused = service.save(dayAfter);
    CHECK(test::hasViolation(refused, u"date"_s, Rule::DateOrder));
    CHECK(test::messageFor(refused, u"date"_s).contains(u"2025-06-30"_s));
    CHECK(deliveryCount(file.db()) == 1);
}

TEST_CASE("a delivery before the provider's start is refused, on the start day it is stored")
{
    test::TempDataFile file;
    const World w = makeWorld(file.db());
    DeliveryService service(file.db());
    Delivery before = deliveryOn(w, QDate(2025, 1, 31)); // after intake, before start 02-01
    const Status refused = service.save(before);
    CHECK(test::hasViolation(refused, u"date"_s, Rule::DateOrder));
    CHECK(test::messageFor(refused, u"date"_s).contains(u"2025-02-01"_s));
    Delivery onStart = deliveryOn(w, QDate(2025, 2, 1));
    CHECK(service.save(onStart).ok());
    CHECK(deliveryCount(file.db()) == 1);
}

TEST_CASE("an empty fee becomes hours times the type's fee, rounded half away from zero")
{
    test::TempDataFile file;
    const World w = makeWorld(file.db());
    ServiceTypeService types(file.db());
    ServiceType odd;
    odd.code = u"oneven"_s;
    odd.nameNl = u"Oneven tarief"_s;
    odd.feePerHourCents = 333;
    REQUIRE(types.save(odd).ok());
    ServiceType tiny;
    tiny.code = u"klein"_s;
    tiny.nameNl = u"Klein tarief"_s;
    tiny.feePerHourCents = 2;
    REQUIRE(types.save(tiny).ok());
    DeliveryService service(file.db());

    // 0.75 h x 3.33 = 2.4975 euro -> 2.50: 3 quarters x 333 cents / 4 = 249.75 -> 250
    Delivery threeQuarters = deliveryOn(w, QDate(2025, 3, 3), 3);
    threeQuarters.serviceTypeId = odd.id;
    REQUIRE(service.save(threeQuarters).ok());
    CHECK(threeQuarters.feeCents == 250);

    // 0.25 h x 0.02 = 0.005 euro: exactly half a cent, rounded away from zero -> 1 cent
    Delivery halfCent = deliveryOn(w, QDate(2025, 3, 3), 1);
    halfCent.serviceTypeId = tiny.id;
    REQUIRE(service.save(halfCent).ok());
    CHECK(halfCent.feeCents == 1);

    // 1.5 h x 5.00 (boodschappen) = 7.50 -> 750
    Delivery shopping = deliveryOn(w, QDate(2025, 3, 3), 6);
    REQUIRE(service.save(shopping).ok());
    CHECK(DeliveryRepository(file.db()).find(shopping.id).value().feeCents == 750);
}

TEST_CASE("a fee that is given is kept, also 0, and a negative fee is refused")
{
    test::TempDataFile file;
    const World w = makeWorld(file.db());
    DeliveryService service(file.db());
    Delivery free = deliveryOn(w, QDate(2025, 3, 3));
    free.feeCents = 0;
    REQUIRE(service.save(free).ok());
    CHECK(DeliveryRepository(file.db()).find(free.id).value().feeCents == 0);

    Delivery negative = deliveryOn(w, QDate(2025, 3, 3));
    negative.feeCents = -100;
    CHECK(test::hasViolation(service.save(negative), u"fee"_s, Rule::OutOfRange));
}

TEST_CASE("a delivery names a client, provider and service type that exist")
{
    test::TempDataFile file;
    const World w = makeWorld(file.db());
    DeliveryService service(file.db());
    Delivery d = deliveryOn(w, QDate(2025, 3, 3));
    d.clientId = 9999;
    d.providerId = 9998;
    d.serviceTypeId = 9997;
    const Status refused = service.save(d);
    CHECK(test::hasViolation(refused, u"client_code"_s, Rule::UnknownCode));
    CHECK(test::hasViolation(refused, u"provider_code"_s, Rule::UnknownCode));
    CHECK(test::hasViolation(refused, u"service_type_code"_s, Rule::UnknownCode));

    Delivery none;
    const Status empty = service.save(none);
    CHECK(test::hasViolation(empty, u"client_code"_s, Rule::Required));
    CHECK(test::hasViolation(empty, u"date"_s, Rule::Required));
    CHECK(test::hasViolation(empty, u"hours"_s, Rule::HoursRange));
    CHECK(deliveryCount(file.db()) == 0);
}

TEST_CASE("a delivery may answer a request of its own client only")
{
    test::TempDataFile file;
    const World w = makeWorld(file.db());
    Client other = test::validClient(w.basics.noord);
    other.person.familyName = u"Anders"_s;
    other.person.postcode = u"5041 AA"_s;
    other = test::storeClient(file.db(), other);

    RequestService requests(file.db());
    ServiceRequest own;
    own.clientId = w.client.id;
    own.serviceTypeId = w.basics.boodschappen;
    own.requestDate = QDate(2025, 2, 1);
    REQUIRE(requests.save(own).ok());
    ServiceRequest foreign = own;
    foreign.id = 0;
    foreign.clientId = other.id;
    REQUIRE(requests.save(foreign).ok());

    DeliveryService service(file.db());
    Delivery answersOwn = deliveryOn(w, QDate(2025, 3, 3));
    answersOwn.requestId = own.id;
    CHECK(service.save(answersOwn).ok());
    Delivery answersForeign = deliveryOn(w, QDate(2025, 3, 3));
    answersForeign.requestId = foreign.id;
    CHECK(test::hasViolation(service.save(answersForeign), u"request"_s, Rule::Inconsistent));
    Delivery answersNothing = deliveryOn(w, QDate(2025, 3, 3));
    answersNothing.requestId = 4242;
    CHECK(test::hasViolation(service.save(answersNothing), u"request"_s, Rule::UnknownCode));
    CHECK(deliveryCount(file.db()) == 1);
}

TEST_CASE("changing a delivery keeps its rules and deleting it leaves an audit entry")
{
    test::TempDataFile file;
    const World w = makeWorld(file.db());
    DeliveryService service(file.db());
    Delivery d = deliveryOn(w, QDate(2025, 3, 3));
    REQUIRE(service.save(d).ok());
    Delivery changed = d;
    changed.quarterHours = 60;
    CHECK(test::hasViolation(service.save(changed), u"hours"_s, Rule::HoursRange));
    CHECK(DeliveryRepository(file.db()).find(d.id).value().quarterHours == 4);

    d.note = u"tas naar boven gedragen"_s;
    REQUIRE(service.save(d).ok());
    REQUIRE(service.remove(d.id).ok());
    CHECK(deliveryCount(file.db()) == 0);
    const QList<AuditEntry> audit = AuditRepository(file.db()).entries().value();
    CHECK(audit.back().action == u"delete"_s);
    CHECK(audit.at(audit.size() - 2).summary == u"changed: note"_s);
}

TEST_CASE("a week of three valid deliveries is stored in one action with their default fees")
{
    test::TempDataFile file;
    const World w = makeWorld(file.db());
    const qsizetype auditBefore = AuditRepository(file.db()).entries().value().size();
    QList<Delivery> week = {deliveryOn(w, QDate(2025, 3, 3), 6),
                            deliveryOn(w, QDate(2025, 3, 4), 8),
                            deliveryOn(w, QDate(2025, 3, 5), 1)};
    week[1].serviceTypeId = w.basics.klusjes;

    REQUIRE(DeliveryService(file.db()).saveAll(week).ok());

    CHECK(deliveryCount(file.db()) == 3);
    // 1.5 h x 5.00 = 7.50; 2 h x 7.50 (klusjes) = 15.00; 0.25 h x 5.00 = 1.25
    CHECK(DeliveryRepository(file.db()).find(week[0].id).value().feeCents == 750);
    CHECK(DeliveryRepository(file.db()).find(week[1].id).value().feeCents == 1500);
    CHECK(DeliveryRepository(file.db()).find(week[2].id).value().feeCents == 125);
    CHECK(week[2].feeCents == 125);
    const QList<AuditEntry> audit = AuditRepository(file.db()).entries().value();
    REQUIRE(audit.size() == auditBefore + 3);
    CHECK(audit.back().action == u"create"_s);
    CHECK(audit.back().recordCode == u"C-0001 P-0001 2025-03-05"_s);
}

TEST_CASE("a week with one broken row stores nothing and the message names the row and field")
{
    test::TempDataFile file;
    const World w = makeWorld(file.db());
    const qsizetype auditBefore = AuditRepository(file.db()).entries().value().size();
    // Row 2 has 0 hours: not more than 0.
    QList<Delivery> week = {deliveryOn(w, QDate(2025, 3, 3), 6),
                            deliveryOn(w, QDate(2025, 3, 4), 0),
                            deliveryOn(w, QDate(2025, 3, 5), 1)};

    const Status refused = DeliveryService(file.db()).saveAll(week);

    REQUIRE(!refused.ok());
    CHECK(refused.error().kind == Error::Kind::Invalid);
    REQUIRE(refused.error().violations.size() == 1);
    CHECK(refused.error().violations.front().field == u"hours"_s);
    CHECK(refused.error().violations.front().rule == Rule::HoursRange);
    CHECK(refused.error().message.startsWith(u"Row 2: Hours"_s));
    CHECK(deliveryCount(file.db()) == 0);
    CHECK(AuditRepository(file.db()).entries().value().size() == auditBefore);
    CHECK(week[0].id == 0);
}

TEST_CASE("removing a stored week takes all its deliveries back and storing it again under the "
          "same ids restores them")
{
    test::TempDataFile file;
    const World w = makeWorld(file.db());
    DeliveryService service(file.db());
    QList<Delivery> week = {deliveryOn(w, QDate(2025, 3, 3)), deliveryOn(w, QDate(2025, 3, 4))};
    REQUIRE(service.saveAll(week).ok());
    const QList<Id> ids = {week[0].id, week[1].id};

    REQUIRE(service.removeAll(ids).ok());
    CHECK(deliveryCount(file.db()) == 0);
    CHECK(AuditRepository(file.db()).entries().value().back().action == u"delete"_s);

    QList<Delivery> again = week;
    for (Delivery &d : again)
        d.version = 0;
    REQUIRE(service.saveAll(again).ok());
    CHECK(deliveryCount(file.db()) == 2);
    CHECK(again[0].id == ids[0]);
    CHECK(DeliveryRepository(file.db()).find(ids[1]).value().date == QDate(2025, 3, 4));
    // A second removal of what is gone already removes nothing of the rest.
    REQUIRE(service.removeAll({ids[0]}).ok());
    CHECK(!service.removeAll(ids).ok());
    CHECK(deliveryCount(file.db()) == 1);
}
