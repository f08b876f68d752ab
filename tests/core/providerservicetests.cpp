#include "seed.h"
#include "services/deliveryservice.h"
#include "services/providerservice.h"
#include "servicetesthelpers.h"
#include "storage/auditrepository.h"
#include "storage/personrepository.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

qint64 providerCount(Database &db)
{
    return ProviderRepository(db).count().value();
}

} // namespace

TEST_CASE("a valid provider is stored with the next code, its service types and an audit entry")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    Provider provider = test::validProvider(basics.centrum);
    provider.serviceTypeIds = {basics.klusjes, basics.boodschappen, basics.klusjes};
    REQUIRE(ProviderService(file.db()).save(provider).ok());
    CHECK(provider.code == u"P-0001"_s);
    const Provider stored = ProviderRepository(file.db()).find(provider.id).value();
    // Repeats dropped, ids in order: boodschappen was inserted before klusjes.
    CHECK(stored.serviceTypeIds == QList<Id>{basics.boodschappen, basics.klusjes});
    const QList<AuditEntry> audit = AuditRepository(file.db()).entries().value();
    REQUIRE(audit.size() == 1);
    CHECK(audit.front().entity == u"provider"_s);
    CHECK(audit.front().recordCode == u"P-0001"_s);
}

TEST_CASE("a provider's BSN must pass the eleven-test")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    ProviderService service(file.db());
    Provider provider = test::validProvider(basics.centrum);

    // 123456789: 9*1+8*2+7*3+6*4+5*5+4*6+3*7+2*8 = 156, minus 9 = 147 = 11*13 + 4: refused
    provider.person.bsn = u"123456789"_s;
    const Status refused = service.save(provider);
    CHECK(test::hasViolation(refused, u"bsn"_s, Rule::ElevenTest));
    CHECK(test::messageFor(refused, u"bsn"_s).contains(u"BSN"_s));
    // all zeros pass the sum but are no BSN
    provider.person.bsn = u"000000000"_s;
    CHECK(test::hasViolation(service.save(provider), u"bsn"_s, Rule::ElevenTest));
    // eight digits
    provider.person.bsn = u"12345678"_s;
    CHECK(test::hasViolation(service.save(provider), u"bsn"_s, Rule::Format));
    CHECK(providerCount(file.db()) == 0);

    // 111222333: 9+8+7 + 6*2+5*2+4*2 + 3*3+2*3 = 24+30+15 = 69, minus 3 = 66 = 11*6: valid
    provider.person.bsn = u" 111222333 "_s;
    REQUIRE(service.save(provider).ok());
    CHECK(ProviderRepository(file.db()).find(provider.id).value().person.bsn == u"111222333"_s);

    // The same BSN for a second provider is refused, naming the holder.
    Provider second = test::validProvider(basics.noord);
    second.person.familyName = u"Bakker"_s;
    second.person.bsn = u"111222333"_s;
    const Status taken = service.save(second);
    CHECK(test::hasViolation(taken, u"bsn"_s, Rule::Unique));
    CHECK(test::messageFor(taken, u"bsn"_s).contains(u"P-0001"_s));
}

TEST_CASE("a provider's postcode is stored as four digits, a space and two capitals")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    ProviderService service(file.db());
    Provider provider = test::validProvider(basics.centrum);
    provider.person.postcode = u"0123 AB"_s;
    CHECK(test::hasViolation(service.save(provider), u"postcode"_s, Rule::Postcode));
    provider.person.postcode = u"5038 SS"_s; // not issued
    CHECK(test::hasViolation(service.save(provider), u"postcode"_s, Rule::Postcode));
    provider.person.postcode = u"5038  CL"_s; // two spaces
    CHECK(test::hasViolation(service.save(provider), u"postcode"_s, Rule::Postcode));
    provider.person.postcode = u"5038cl"_s;
    REQUIRE(service.save(provider).ok());
    CHECK(provider.person.postcode == u"5038 CL"_s);
    CHECK(ProviderRepository(file.db()).find(provider.id).value().person.postcode == u"5038 CL"_s);
}

TEST_CASE("a provider's service types, neighbourhood and course are checked")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    ProviderService service(file.db());
    Provider provider = test::validProvider(basics.centrum);
    provider.serviceTypeIds = {basics.klusjes, 777};
    provider.person.neighbourhoodId = 778;
    provider.course.enrolledDate = QDate(2025, 2, 1);
    provider.course.level = 5;
    const Status refused = service.save(provider);
    CHECK(test::hasViolation(refused, u"service_type_codes"_s, Rule::UnknownCode));
    CHECK(test::hasViolation(refused, u"neighbourhood_code"_s, Rule::UnknownCode));
    CHECK(test::hasViolation(refused, u"course_level"_s, Rule::OutOfRange));

    provider.serviceTypeIds = {basics.klusjes};
    provider.person.neighbourhoodId = basics.centrum;
    provider.course.level = 4;
    provider.course.certifiedDate = QDate(2025, 1, 31); // before enrolment
    CHECK(test::hasViolation(service.save(provider), u"course_certified_date"_s, Rule::DateOrder));
    provider.course.certifiedDate = QDate(2025, 12, 1);
    CHECK(service.save(provider).ok());
}

TEST_CASE("a provider's start may not move past a recorded delivery")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    const Client client = test::storeClient(file.db(), test::validClient(basics.centrum));
    Provider provider = test::storeProvider(file.db(), test::validProvider(basics.noord));
    Delivery delivery;
    delivery.clientId = client.id;
    delivery.providerId = provider.id;
    delivery.serviceTypeId = basics.klusjes;
    delivery.date = QDate(2025, 3, 10);
    delivery.quarterHours = 4;
    REQUIRE(DeliveryService(file.db()).save(delivery).ok());

    ProviderService service(file.db());
    provider.startDate = QDate(2025, 3, 11);
    const Status refused = service.save(provider);
    CHECK(test::hasViolation(refused, u"start_date"_s, Rule::DateOrder));
    provider.startDate = QDate(2025, 3, 10); // the delivery's own day is still fine
    CHECK(service.save(provider).ok());
}

TEST_CASE("deleting a provider with deliveries is refused; without, it is deleted")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    const Client client = test::storeClient(file.db(), test::validClient(basics.centrum));
    const Provider busy = test::storeProvider(file.db(), test::validProvider(basics.noord));
    Provider idle = test::validProvider(basics.noord);
    idle.person.familyName = u"Stil"_s;
    idle = test::storeProvider(file.db(), idle);
    Delivery delivery;
    delivery.clientId = client.id;
    delivery.providerId = busy.id;
    delivery.serviceTypeId = basics.klusjes;
    delivery.date = QDate(2025, 3, 10);
    delivery.quarterHours = 2;
    REQUIRE(DeliveryService(file.db()).save(delivery).ok());

    ProviderService service(file.db());
    const Status refused = service.remove(busy.id);
    CHECK(test::hasViolation(refused, u"code"_s, Rule::InUse));
    CHECK(refused.error().message.contains(busy.code));
    REQUIRE(service.remove(idle.id).ok());
    CHECK(providerCount(file.db()) == 1);
}

TEST_CASE("a change of service types is named in the audit log")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    Provider provider = test::storeProvider(file.db(), test::validProvider(basics.centrum));
    provider.serviceTypeIds = {basics.klusjes};
    REQUIRE(ProviderService(file.db()).save(provider).ok());
    const QList<AuditEntry> audit = AuditRepository(file.db()).entries().value();
    CHECK(audit.back().summary == u"changed: service_type_codes"_s);
}

TEST_CASE("ladder assessments take levels 1 to 6 and can be changed and removed")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    const Provider provider = test::storeProvider(file.db(), test::validProvider(basics.centrum));
    ProviderService service(file.db());
    LadderAssessment a;
    a.providerId = provider.id;
    a.date = QDate(2025, 2, 1);
    for (int level : {0, 7, -1}) {
        a.level = level;
        CHECK(test::hasViolation(service.save(a), u"level"_s, Rule::OutOfRange));
    }
    a.level = 1;
    REQUIRE(service.save(a).ok());
    a.level = 6;
    REQUIRE(service.save(a).ok());
    CHECK(ProviderRepository(file.db()).assessmentsOf(provider.id).value().front().level == 6);

    LadderAssessment orphan = a;
    orphan.id = 0;
    orphan.providerId = 4711;
    CHECK(test::hasViolation(service.save(orphan), u"provider_code"_s, Rule::UnknownCode));

    REQUIRE(service.removeAssessment(a.id).ok());
    CHECK(ProviderRepository(file.db()).assessmentsOf(provider.id).value().isEmpty());
    const QList<AuditEntry> audit = AuditRepository(file.db()).entries().value();
    CHECK(audit.back().action == u"delete"_s);
    CHECK(audit.back().recordCode == u"P-0001 2025-02-01"_s);
}
