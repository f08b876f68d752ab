#include "seed.h"
#include "services/partnerservice.h"
#include "services/trajectoryservice.h"
#include "servicetesthelpers.h"
#include "storage/partnerrepository.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

Partner partnerNamed(const QString &code, const QString &name)
{
    Partner p;
    p.code = code;
    p.name = name;
    p.kind = PartnerKind::HomeCare;
    return p;
}

Agreement agreementWith(const Partner &partner)
{
    Agreement a;
    a.partnerId = partner.id;
    a.title = u"Doorverwijzing cliënten"_s;
    a.scopes = {AgreementScope::ServiceDelivery, AgreementScope::ClientReferral};
    a.startDate = QDate(2025, 1, 1);
    a.endDate = QDate(2026, 12, 31);
    a.status = AgreementStatus::Signed;
    a.signedDate = QDate(2024, 12, 15);
    return a;
}

} // namespace

TEST_CASE("partner codes are unique and the municipality, when named, exists")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    PartnerService service(file.db());
    Partner home = partnerNamed(u"PA-01"_s, u"Thuiszorg West-Brabant"_s);
    home.municipalityId = basics.tilburg;
    REQUIRE(service.save(home).ok());
    Partner regional = partnerNamed(u"PA-02"_s, u"ROC Tilburg"_s); // no municipality: regional
    REQUIRE(service.save(regional).ok());

    Partner copy = partnerNamed(u"PA-01"_s, u"Andere organisatie"_s);
    copy.municipalityId = 8080;
    copy.email = u"geen-adres"_s;
    const Status refused = service.save(copy);
    CHECK(test::hasViolation(refused, u"code"_s, Rule::Unique));
    CHECK(test::hasViolation(refused, u"municipality_code"_s, Rule::UnknownCode));
    CHECK(test::hasViolation(refused, u"email"_s, Rule::Format));
    CHECK(PartnerRepository(file.db()).partners().count().value() == 2);

    // Saving a partner again under its own code is no clash.
    home.phone = u"013-1234567"_s;
    CHECK(service.save(home).ok());
}

TEST_CASE("an agreement needs an existing partner, a title, a scope and dates in order")
{
    test::TempDataFile file;
    test::seedBasics(file.db());
    PartnerService service(file.db());
    Partner partner = partnerNamed(u"PA-01"_s, u"Woonstichting"_s);
    REQUIRE(service.save(partner).ok());

    Agreement agreement = agreementWith(partner);
    agreement.title.clear();
    agreement.scopes.clear();
    agreement.endDate = QDate(2024, 12, 31);
    const Status refused = service.save(agreement);
    CHECK(test::hasViolation(refused, u"title"_s, Rule::Required));
    CHECK(test::hasViolation(refused, u"scope"_s, Rule::Required));
    CHECK(test::hasViolation(refused, u"end_date"_s, Rule::DateOrder));

    agreement = agreementWith(partner);
    agreement.partnerId = 99;
    CHECK(test::hasViolation(service.save(agreement), u"partner_code"_s, Rule::UnknownCode));

    agreement = agreementWith(partner);
    REQUIRE(service.save(agreement).ok());
    const Agreement stored = PartnerRepository(file.db()).agreementsOf(partner.id).value().front();
    CHECK(stored.scopes ==
          QList<AgreementScope>{AgreementScope::ClientReferral, AgreementScope::ServiceDelivery});
}

TEST_CASE("a partner still referred to cannot be deleted; its agreement can")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    PartnerService service(file.db());
    Partner partner = partnerNamed(u"PA-01"_s, u"Welzijn Tilburg"_s);
    REQUIRE(service.save(partner).ok());
    Agreement agreement = agreementWith(partner);
    REQUIRE(service.save(agreement).ok());
    Client client = test::validClient(basics.centrum);
    client.referredByPartnerId = partner.id;
    client = test::storeClient(file.db(), client);

    const Status refused = service.remove(partner.id);
    CHECK(test::hasViolation(refused, u"code"_s, Rule::InUse));
    CHECK(refused.error().message.contains(u"PA-01"_s));
    CHECK(refused.error().message.contains(u"1 agreement"_s));
    CHECK(refused.error().message.contains(u"1 client"_s));

    REQUIRE(service.removeAgreement(agreement.id).ok());
    CHECK(PartnerRepository(file.db()).agreementsOf(partner.id).value().isEmpty());
    CHECK_FALSE(service.remove(partner.id).ok()); // the client still refers to it

    Partner unused = partnerNamed(u"PA-02"_s, u"Ongebruikt"_s);
    REQUIRE(service.save(unused).ok());
    CHECK(service.remove(unused.id).ok());
}
