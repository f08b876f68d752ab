#include "seed.h"
#include "services/deliveryservice.h"
#include "services/requestservice.h"
#include "servicetesthelpers.h"
#include "storage/workrepositories.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

ServiceRequest requestOf(const Client &client, Id serviceType)
{
    ServiceRequest r;
    r.clientId = client.id;
    r.serviceTypeId = serviceType;
    r.requestDate = QDate(2025, 2, 1);
    r.frequency = RequestFrequency::Weekly;
    return r;
}

} // namespace

TEST_CASE("matching a request stores status matched together with the provider")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    const Client client = test::storeClient(file.db(), test::validClient(basics.centrum));
    const Provider provider = test::storeProvider(file.db(), test::validProvider(basics.noord));
    RequestService service(file.db());
    ServiceRequest request = requestOf(client, basics.boodschappen);
    REQUIRE(service.save(request).ok());
    CHECK(request.status == RequestStatus::Open);

    REQUIRE(service.match(request, provider.id).ok());
    CHECK(request.status == RequestStatus::Matched);
    const ServiceRequest stored = RequestRepository(file.db()).find(request.id).value();
    CHECK(stored.status == RequestStatus::Matched);
    CHECK(stored.providerId == provider.id);
}

TEST_CASE("a matched request without a provider, or with an unknown one, is refused")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    const Client client = test::storeClient(file.db(), test::validClient(basics.centrum));
    RequestService service(file.db());
    ServiceRequest request = requestOf(client, basics.boodschappen);
    request.status = RequestStatus::Matched;
    CHECK(test::hasViolation(service.save(request), u"provider_code"_s, Rule::Required));

    request.status = RequestStatus::Open;
    REQUIRE(service.save(request).ok());
    const Status unknown = service.match(request, 3131);
    CHECK(test::hasViolation(unknown, u"provider_code"_s, Rule::UnknownCode));
    CHECK(request.status == RequestStatus::Open); // unchanged when refused
    CHECK(RequestRepository(file.db()).find(request.id).value().status == RequestStatus::Open);
}

TEST_CASE("a request needs an existing client, service type and a request date")
{
    test::TempDataFile file;
    test::seedBasics(file.db());
    RequestService service(file.db());
    ServiceRequest request;
    const Status empty = service.save(request);
    CHECK(test::hasViolation(empty, u"client_code"_s, Rule::Required));
    CHECK(test::hasViolation(empty, u"service_type_code"_s, Rule::Required));
    CHECK(test::hasViolation(empty, u"request_date"_s, Rule::Required));
    request.clientId = 12;
    request.serviceTypeId = 9090;
    request.requestDate = QDate(2025, 2, 1);
    const Status unknown = service.save(request);
    CHECK(test::hasViolation(unknown, u"client_code"_s, Rule::UnknownCode));
    CHECK(test::hasViolation(unknown, u"service_type_code"_s, Rule::UnknownCode));
    CHECK(RequestRepository(file.db()).count().value() == 0);
}

TEST_CASE("a request answered by deliveries cannot move to another client")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    const Client client = test::storeClient(file.db(), test::validClient(basics.centrum));
    Client other = test::validClient(basics.noord);
    other.person.familyName = u"Anders"_s;
    other = test::storeClient(file.db(), other);
    const Provider provider = test::storeProvider(file.db(), test::validProvider(basics.noord));
    RequestService service(file.db());
    ServiceRequest request = requestOf(client, basics.boodschappen);
    REQUIRE(service.save(request).ok());
    Delivery delivery;
    delivery.clientId = client.id;
    delivery.providerId = provider.id;
    delivery.serviceTypeId = basics.boodschappen;
    delivery.date = QDate(2025, 2, 3);
    delivery.quarterHours = 4;
    delivery.requestId = request.id;
    REQUIRE(DeliveryService(file.db()).save(delivery).ok());

    request.clientId = other.id;
    CHECK(test::hasViolation(service.save(request), u"client_code"_s, Rule::Inconsistent));

    // Deleting the request keeps the delivery, without the link.
    REQUIRE(service.remove(request.id).ok());
    CHECK(DeliveryRepository(file.db()).find(delivery.id).value().requestId == 0);
}
