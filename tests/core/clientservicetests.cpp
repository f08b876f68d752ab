#include "seed.h"
#include "services/clientservice.h"
#include "storage/auditrepository.h"
#include "storage/personrepository.h"
#include "storage/sql.h"
#include "storage/workrepositories.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

bool hasViolation(const Status &status, const QString &field, Rule rule)
{
    if (status.ok())
        return false;
    for (const RuleViolation &v : status.error().violations)
        if (v.field == field && v.rule == rule)
            return true;
    return false;
}

qint64 clientCount(Database &db)
{
    return ClientRepository(db).count().value();
}

} // namespace

TEST_CASE("saving a valid new client stores it with the next free code and an audit entry")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    Client client = test::validClient(basics.centrum);
    ClientService service(file.db());
    REQUIRE(service.save(client).ok());
    CHECK(client.code == u"C-0001"_s);
    CHECK(client.id != 0);

    const Client stored = ClientRepository(file.db()).find(client.id).value();
    CHECK(stored.person.fullName() == u"Truus van der Heijden"_s);
    CHECK(stored.targetGroups == QList<TargetGroup>{TargetGroup::Elderly, TargetGroup::Lonely});
    CHECK(stored.person.postcode == u"5038 CL"_s);

    const QList<AuditEntry> audit = AuditRepository(file.db()).entries().value();
    REQUIRE(audit.size() == 1);
    CHECK(audit.front().action == u"create"_s);
    CHECK(audit.front().recordCode == u"C-0001"_s);

    Client second = test::validClient(basics.noord);
    second.person.familyName = u"Jansen"_s;
    second.person.postcode = u"5041 AA"_s;
    REQUIRE(service.save(second).ok());
    CHECK(second.code == u"C-0002"_s);
}

TEST_CASE("saving a client with an invalid BSN names the field and stores nothing")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    Client client = test::validClient(basics.centrum);
    client.person.bsn = u"123456789"_s;
    const Status status = ClientService(file.db()).save(client);
    CHECK(hasViolation(status, u"bsn"_s, Rule::ElevenTest));
    CHECK(status.error().message.contains(u"BSN"_s));
    CHECK(clientCount(file.db()) == 0);
    CHECK(AuditRepository(file.db()).entries().value().isEmpty());
}

TEST_CASE("saving a client reports every broken rule at once")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    Client client = test::validClient(basics.centrum);
    client.person.givenName.clear();
    client.person.postcode = u"5038 SA"_s;
    client.person.birthDate = QDate::currentDate().addDays(1);
    client.endDate = QDate(2024, 12, 31); // before intake, and without an end reason
    const Status status = ClientService(file.db()).save(client);
    CHECK(hasViolation(status, u"given_name"_s, Rule::Required));
    CHECK(hasViolation(status, u"postcode"_s, Rule::Postcode));
    CHECK(hasViolation(status, u"birth_date"_s, Rule::FutureDate));
    CHECK(hasViolation(status, u"end_date"_s, Rule::DateOrder));
    CHECK(hasViolation(status, u"end_reason"_s, Rule::Inconsistent));
    CHECK(clientCount(file.db()) == 0);
}

TEST_CASE("a code or BSN already held by another client is refused")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    ClientService service(file.db());
    Client first = test::validClient(basics.centrum);
    first.person.bsn = u"123456782"_s;
    REQUIRE(service.save(first).ok());

    Client second = test::validClient(basics.noord);
    second.code = first.code;
    second.person.bsn = u"123456782"_s;
    const Status status = service.save(second);
    CHECK(hasViolation(status, u"code"_s, Rule::Unique));
    CHECK(hasViolation(status, u"bsn"_s, Rule::Unique));
    CHECK(clientCount(file.db()) == 1);
}

TEST_CASE("an update names the changed fields in the audit log, never their values")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    ClientService service(file.db());
    Client client = test::validClient(basics.centrum);
    REQUIRE(service.save(client).ok());
    client.person.phone = u"013-5551234"_s;
    client.person.bsn = u"111222333"_s;
    client.targetGroups = {TargetGroup::Elderly};
    REQUIRE(service.save(client).ok());
    CHECK(client.version == 2);

    const QList<AuditEntry> audit = AuditRepository(file.db()).entries().value();
    REQUIRE(audit.size() == 2);
    const QString summary = audit.back().summary;
    CHECK(summary.contains(u"phone"_s));
    CHECK(summary.contains(u"bsn"_s));
    CHECK(summary.contains(u"target_groups"_s));
    CHECK_FALSE(summary.contains(u"111222333"_s));
    CHECK_FALSE(summary.contains(u"5551234"_s));
    CHECK_FALSE(summary.contains(u"postcode"_s));
}

TEST_CASE("an update based on an outdated version is refused as changed meanwhile")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    ClientService service(file.db());
    Client client = test::validClient(basics.centrum);
    REQUIRE(service.save(client).ok());
    Client staleCopy = client;
    client.person.place = u"Berkel-Enschot"_s;
    REQUIRE(service.save(client).ok());
    staleCopy.person.phone = u"06-12345678"_s;
    const Status status = service.save(staleCopy);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == Error::Kind::Conflict);
    CHECK(ClientRepository(file.db()).find(client.id).value().person.phone.isEmpty());
}

TEST_CASE("a delete based on an outdated version is refused as changed meanwhile, and on the "
          "current version it goes through")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    ClientService service(file.db());
    Client client = test::validClient(basics.centrum);
    REQUIRE(service.save(client).ok());
    const int seenVersion = client.version;
    client.person.place = u"Berkel-Enschot"_s; // someone else's change meanwhile
    REQUIRE(service.save(client).ok());

    const Status stale = service.remove(client.id, seenVersion);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().kind == Error::Kind::Conflict);
    CHECK(ClientRepository(file.db()).find(client.id).ok());

    REQUIRE(service.remove(client.id, client.version).ok());
    CHECK_FALSE(ClientRepository(file.db()).findIfExists(client.id).value().has_value());
}

TEST_CASE("deleting a client with deliveries is refused; without deliveries it is deleted")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    ClientService service(file.db());
    Client client = test::validClient(basics.centrum);
    REQUIRE(service.save(client).ok());
    Client other = test::validClient(basics.noord);
    other.person.familyName = u"Smits"_s;
    other.person.postcode.clear();
    REQUIRE(service.save(other).ok());

    Provider provider = test::validProvider(basics.centrum);
    provider.code = u"P-0001"_s;
    REQUIRE(ProviderRepository(file.db()).insert(provider).ok());
    Delivery delivery;
    delivery.clientId = client.id;
    delivery.providerId = provider.id;
    delivery.serviceTypeId = basics.boodschappen;
    delivery.date = QDate(2025, 2, 3);
    delivery.quarterHours = 4;
    delivery.feeCents = 500;
    REQUIRE(DeliveryRepository(file.db()).insert(delivery).ok());

    const Status refused = service.remove(client.id);
    CHECK(hasViolation(refused, u"code"_s, Rule::InUse));
    CHECK(clientCount(file.db()) == 2);
    REQUIRE(service.remove(other.id).ok());
    CHECK(clientCount(file.db()) == 1);
}

TEST_CASE("moving a client's end date before a recorded delivery is refused")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    ClientService service(file.db());
    Client client = test::validClient(basics.centrum);
    REQUIRE(service.save(client).ok());
    Provider provider = test::validProvider(basics.centrum);
    provider.code = u"P-0001"_s;
    REQUIRE(ProviderRepository(file.db()).insert(provider).ok());
    Delivery delivery;
    delivery.clientId = client.id;
    delivery.providerId = provider.id;
    delivery.serviceTypeId = basics.klusjes;
    delivery.date = QDate(2025, 3, 10);
    delivery.quarterHours = 8;
    delivery.feeCents = 1500;
    REQUIRE(DeliveryRepository(file.db()).insert(delivery).ok());

    client.endDate = QDate(2025, 3, 9);
    client.endReason = ClientEndReason::Moved;
    CHECK(hasViolation(service.save(client), u"end_date"_s, Rule::DateOrder));
    client.endDate = QDate(2025, 3, 10); // the last day may hold a delivery
    CHECK(service.save(client).ok());
}

TEST_CASE("possible duplicates are found by BSN, by birth date and family name, and by address")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    ClientService service(file.db());
    Client stored = test::validClient(basics.centrum);
    stored.person.bsn = u"123456782"_s;
    REQUIRE(service.save(stored).ok());

    Client sameBsn = test::validClient(basics.noord);
    sameBsn.person.familyName = u"Anders"_s;
    sameBsn.person.birthDate = QDate(1950, 1, 1);
    sameBsn.person.postcode = u"5011 AA"_s;
    sameBsn.person.bsn = u"123456782"_s;
    QList<DuplicateCandidate> found = service.possibleDuplicates(sameBsn).value();
    REQUIRE(found.size() == 1);
    CHECK(found.front().reasons == QList<DuplicateReason>{DuplicateReason::SameBsn});

    Client sameBirth = test::validClient(basics.noord);
    sameBirth.person.familyName = u"HEIJDEN"_s; // case differs
    sameBirth.person.postcode = u"5011 AA"_s;
    found = service.possibleDuplicates(sameBirth).value();
    REQUIRE(found.size() == 1);
    CHECK(found.front().reasons ==
          QList<DuplicateReason>{DuplicateReason::SameBirthDateAndFamilyName});

    Client sameAddress = test::validClient(basics.noord);
    sameAddress.person.familyName = u"Buurman"_s;
    sameAddress.person.birthDate = QDate(1960, 5, 5);
    sameAddress.person.houseNumber = u"12A"_s;
    found = service.possibleDuplicates(sameAddress).value();
    REQUIRE(found.size() == 1);
    CHECK(found.front().reasons == QList<DuplicateReason>{DuplicateReason::SameAddress});
    CHECK(found.front().code == stored.code);

    Client stranger = test::validClient(basics.noord);
    stranger.person.familyName = u"Vreemd"_s;
    stranger.person.postcode = u"5011 AA"_s;
    CHECK(service.possibleDuplicates(stranger).value().isEmpty());
    CHECK(service.possibleDuplicates(stored).value().isEmpty()); // itself does not count
}
