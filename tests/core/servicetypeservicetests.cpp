#include "seed.h"
#include "services/deliveryservice.h"
#include "services/requestservice.h"
#include "services/servicetypeservice.h"
#include "servicetesthelpers.h"
#include "storage/servicetyperepository.h"
#include "storage/workrepositories.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

ServiceType typeCalled(const QString &code, Cents fee)
{
    ServiceType t;
    t.code = code;
    t.nameNl = u"Ramen lappen"_s;
    t.nameEn = u"Window cleaning"_s;
    t.feePerHourCents = fee;
    return t;
}

} // namespace

TEST_CASE("a service type has a unique code, a Dutch name and a fee of at least 0")
{
    test::TempDataFile file;
    test::seedBasics(file.db());
    ServiceTypeService service(file.db());
    ServiceType negative = typeCalled(u"ramen"_s, -1);
    CHECK(test::hasViolation(service.save(negative), u"fee_per_hour"_s, Rule::OutOfRange));
    ServiceType taken = typeCalled(u"klusjes"_s, 500);
    CHECK(test::hasViolation(service.save(taken), u"code"_s, Rule::Unique));
    ServiceType nameless = typeCalled(u"ramen"_s, 500);
    nameless.nameNl.clear();
    CHECK(test::hasViolation(service.save(nameless), u"name_nl"_s, Rule::Required));
    ServiceType free = typeCalled(u"ramen"_s, 0);
    CHECK(service.save(free).ok());
}

TEST_CASE("a service type in use cannot be deleted but can be deactivated")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    const Client client = test::storeClient(file.db(), test::validClient(basics.centrum));
    Provider provider = test::validProvider(basics.noord);
    provider.serviceTypeIds = {basics.boodschappen};
    provider = test::storeProvider(file.db(), provider);
    ServiceTypeService service(file.db());
    ServiceTypeRepository types(file.db());

    // Used by a provider's skills only.
    const Status bySkill = service.remove(basics.boodschappen);
    CHECK(test::hasViolation(bySkill, u"code"_s, Rule::InUse));
    CHECK(bySkill.error().message.contains(u"deactivate"_s));

    // Used by a request and a delivery.
    ServiceRequest request;
    request.clientId = client.id;
    request.serviceTypeId = basics.klusjes;
    request.requestDate = QDate(2025, 2, 1);
    REQUIRE(RequestService(file.db()).save(request).ok());
    Delivery delivery;
    delivery.clientId = client.id;
    delivery.providerId = provider.id;
    delivery.serviceTypeId = basics.klusjes;
    delivery.date = QDate(2025, 2, 3);
    delivery.quarterHours = 4;
    REQUIRE(DeliveryService(file.db()).save(delivery).ok());
    const Status byDeliveries = service.remove(basics.klusjes);
    CHECK(test::hasViolation(byDeliveries, u"code"_s, Rule::InUse));
    CHECK(byDeliveries.error().message.contains(u"1 delivery"_s));
    CHECK(byDeliveries.error().message.contains(u"1 request"_s));

    ServiceType klusjes = types.find(basics.klusjes).value();
    klusjes.active = false;
    REQUIRE(service.save(klusjes).ok());
    CHECK_FALSE(types.find(basics.klusjes).value().active);

    const ServiceType unused = types.byCode(u"tuin"_s).value().value();
    REQUIRE(service.remove(unused.id).ok());
    CHECK_FALSE(types.byCode(u"tuin"_s).value().has_value());
}

TEST_CASE("a new fee applies to new deliveries and leaves recorded fees alone")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    const Client client = test::storeClient(file.db(), test::validClient(basics.centrum));
    const Provider provider = test::storeProvider(file.db(), test::validProvider(basics.noord));
    DeliveryService deliveries(file.db());
    Delivery before;
    before.clientId = client.id;
    before.providerId = provider.id;
    before.serviceTypeId = basics.klusjes;
    before.date = QDate(2025, 2, 3);
    before.quarterHours = 4; // 1 h x 7.50 = 750
    REQUIRE(deliveries.save(before).ok());
    CHECK(before.feeCents == 750);

    ServiceType klusjes = ServiceTypeRepository(file.db()).find(basics.klusjes).value();
    klusjes.feePerHourCents = 800;
    REQUIRE(ServiceTypeService(file.db()).save(klusjes).ok());
    Delivery after = before;
    after.id = 0;
    after.feeCents.reset();
    REQUIRE(deliveries.save(after).ok());
    CHECK(after.feeCents == 800); // 1 h x 8.00
    CHECK(DeliveryRepository(file.db()).find(before.id).value().feeCents == 750);
}
