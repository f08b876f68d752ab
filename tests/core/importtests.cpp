// Import of hand-written exchange files: both dialects, Dutch and English labels, quoting.

#include "domain/client.h"
#include "importtesthelpers.h"
#include "storage/auditrepository.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

const QByteArray bom = "\xEF\xBB\xBF";

// The excel-nl dialect as Dutch Excel saves it: BOM, `;`, CRLF, dd-mm-yyyy, decimal comma,
// and labels instead of codes. The neighbourhood columns are in another order than the spec's.
test::Files excelNlSet()
{
    return {
        {u"municipalities.csv"_s, bom + "code;name\r\nGM0855;Tilburg\r\n"},
        {u"neighbourhoods.csv"_s,
         bom + "municipality_code;name;code\r\nGM0855;Centrum;WK085501\r\n"},
        {u"service_types.csv"_s,
         bom + "code;name_nl;name_en;fee_per_hour;active\r\nboodschappen;Boodschappen;Shopping;"
               "5,00;ja\r\n"},
        {u"partners.csv"_s,
         bom + "code;name;kind;municipality_code;contact_person;phone;email\r\n"
               "PA-01;\"Wonen; Breburg\";woningcorporatie;GM0855;Els de Wit;013-1234567;"
               "els@breburg.nl\r\n"},
        {u"clients.csv"_s,
         bom + "code;given_name;family_name_prefix;family_name;birth_date;gender;street;"
               "house_number;postcode;place;neighbourhood_code;phone;email;bsn;target_groups;"
               "lives_alone;referred_by_partner_code;intake_date;end_date;end_reason;"
               "consent_date\r\n"
               "C-0001; Truus ;van der;Heijden;14-03-1941;vrouw;Heuvelring;12a;5038cl;Tilburg;"
               "WK085501;;;111222333;ouderen|eenzaam;ja;PA-01;1-1-2025;;;02-01-2025\r\n"},
        {u"providers.csv"_s,
         bom + "code;given_name;family_name;birth_date;neighbourhood_code;background;"
               "service_type_codes;hours_per_week;start_date\r\n"
               "P-0001;Mehmet;Yılmaz;02-07-1988;WK085501;bijstand (Participatiewet/WWB);"
               "boodschappen;12,5;01-01-2025\r\n"},
        {u"deliveries.csv"_s,
         bom + "client_code;provider_code;service_type_code;date;hours;fee;note\r\n"
               "C-0001;P-0001;boodschappen;03-02-2025;1,5;;\"boodschappen; \"\"AH\"\"\r\n"
               "en apotheek\"\r\n"
               "C-0001;P-0001;boodschappen;10-02-2025;2;3,00;\r\n"},
    };
}

} // namespace

TEST_CASE("import reads the excel-nl dialect with Dutch labels, dates and decimal commas")
{
    test::TempDataFile file;
    test::ExchangeFolder folder(excelNlSet());
    const ImportReport report = test::importFolder(file.db(), folder.path());
    INFO(test::problemLines(report).join(u'\n').toStdString());
    REQUIRE(report.ok());
    CHECK(report.stored);

    const QList<Partner> partners = test::allOf<Partner>(file.db());
    REQUIRE(partners.size() == 1);
    CHECK(partners.front().name == u"Wonen; Breburg"_s);
    CHECK(partners.front().kind == PartnerKind::HousingCorporation);

    const QList<Client> clients = test::allOf<Client>(file.db());
    REQUIRE(clients.size() == 1);
    const Client &truus = clients.front();
    CHECK(truus.person.givenName == u"Truus"_s); // unquoted: surrounding spaces trimmed
    CHECK(truus.person.birthDate == QDate(1941, 3, 14));
    CHECK(truus.person.gender == Gender::Female);
    CHECK(truus.person.postcode == u"5038 CL"_s); // stored form: capitals, one space
    CHECK(truus.person.bsn == u"111222333"_s);
    CHECK(truus.targetGroups == QList<TargetGroup>{TargetGroup::Elderly, TargetGroup::Lonely});
    CHECK(truus.livesAlone);
    CHECK(truus.referredByPartnerId == partners.front().id);
    CHECK(truus.intakeDate == QDate(2025, 1, 1));
    CHECK(truus.consentDate == QDate(2025, 1, 2));

    const QList<Provider> providers = test::allOf<Provider>(file.db());
    REQUIRE(providers.size() == 1);
    CHECK(providers.front().background == Background::WelfareBenefit);
    CHECK(providers.front().hoursPerWeek == 12.5);
    CHECK(providers.front().serviceTypeIds.size() == 1);

    const QList<Delivery> deliveries = test::allOf<Delivery>(file.db());
    REQUIRE(deliveries.size() == 2);
    CHECK(deliveries.at(0).quarterHours == 6); // 1,5 hours
    CHECK(deliveries.at(0).feeCents == 750);   // empty fee: 1.5 h x 5.00 = 7.50
    CHECK(deliveries.at(0).note == u"boodschappen; \"AH\"\r\nen apotheek"_s);
    CHECK(deliveries.at(1).quarterHours == 8); // 2 hours
    CHECK(deliveries.at(1).feeCents == 300);   // given: 3,00
    CHECK(deliveries.at(1).note.isEmpty());
}

TEST_CASE("import reads the rfc4180 dialect with codes, English labels and quoted line breaks")
{
    test::TempDataFile file;
    test::ExchangeFolder folder({
        {u"municipalities.csv"_s, "code,name\nGM0855,Tilburg\n"},
        {u"neighbourhoods.csv"_s, "code,name,municipality_code\nWK085501,Centrum,GM0855\n"},
        {u"service_types.csv"_s,
         "code,name_nl,name_en,fee_per_hour,active\r\nklusjes,Klusjes,Odd jobs,7.50,1\r\n"
         "tuin,Tuin,\"Garden, front and back\",7.5,no\r\n"},
        {u"clients.csv"_s,
         "code,given_name,family_name,birth_date,gender,neighbourhood_code,target_groups,"
         "lives_alone,intake_date\r\n"
         "C-0007,Jan,Jansen,1950-05-01,male,WK085501,physical disability|elderly,false,"
         "2025-03-01\r\n"},
        {u"providers.csv"_s,
         "code,given_name,family_name,birth_date,neighbourhood_code,background,start_date\n"
         "P-0003,Dóra,Kovács,1990-10-10,WK085501,volunteer,2025-02-01\n"},
        {u"requests.csv"_s,
         "client_code,service_type_code,request_date,description,frequency,status,"
         "provider_code\n"
         "C-0007,klusjes,2025-03-02,\"Lamp ophangen,\nen een \"\"schilderijtje\"\"\",once,"
         "matched,P-0003\n"},
        {u"deliveries.csv"_s, "client_code,provider_code,service_type_code,date,hours,fee,note\r\n"
                              "C-0007,P-0003,klusjes,2025-03-05,0.25,,\r\n"},
    });
    const ImportReport report = test::importFolder(file.db(), folder.path());
    INFO(test::problemLines(report).join(u'\n').toStdString());
    REQUIRE(report.ok());

    const QList<ServiceType> types = test::allOf<ServiceType>(file.db());
    REQUIRE(types.size() == 2);
    CHECK(types.at(1).nameEn == u"Garden, front and back"_s);
    CHECK(types.at(1).feePerHourCents == 750);
    CHECK_FALSE(types.at(1).active);
    const Client jan = test::allOf<Client>(file.db()).front();
    CHECK(jan.person.gender == Gender::Male);
    CHECK(jan.targetGroups ==
          QList<TargetGroup>{TargetGroup::Elderly, TargetGroup::PhysicalDisability});
    CHECK_FALSE(jan.livesAlone);
    const ServiceRequest request = test::allOf<ServiceRequest>(file.db()).front();
    CHECK(request.description == u"Lamp ophangen,\nen een \"schilderijtje\""_s);
    CHECK(request.status == RequestStatus::Matched);
    CHECK(request.providerId == test::allOf<Provider>(file.db()).front().id);
    // 0.25 h x 7.50 = 1.875, rounded half away from zero: 1.88
    CHECK(test::allOf<Delivery>(file.db()).front().feeCents == 188);
}

TEST_CASE("import accepts an enumeration by code, Dutch label and English label, in any case")
{
    test::TempDataFile file;
    test::ExchangeFolder folder({
        {u"municipalities.csv"_s, "code,name\nGM0855,Tilburg\n"},
        {u"partners.csv"_s, "code,name,kind\n"
                            "PA-01,Thebe,home_care\n"
                            "PA-02,Amarant,Verpleeg- of verzorgingshuis\n"
                            "PA-03,ROC Tilburg,EDUCATION (ROC)\n"},
    });
    const ImportReport report = test::importFolder(file.db(), folder.path());
    INFO(test::problemLines(report).join(u'\n').toStdString());
    REQUIRE(report.ok());
    const QList<Partner> partners = test::allOf<Partner>(file.db());
    REQUIRE(partners.size() == 3);
    CHECK(partners.at(0).kind == PartnerKind::HomeCare);
    CHECK(partners.at(1).kind == PartnerKind::CareHome);
    CHECK(partners.at(2).kind == PartnerKind::Education);
}

TEST_CASE("import writes one audit entry with the counts per file and no personal values")
{
    test::TempDataFile file;
    test::ExchangeFolder folder(excelNlSet());
    REQUIRE(test::importFolder(file.db(), folder.path()).ok());
    const QList<AuditEntry> audit = AuditRepository(file.db()).entries().value();
    REQUIRE(audit.size() == 1);
    CHECK(audit.front().action == u"import"_s);
    CHECK(audit.front().summary.contains(u"clients.csv: 1 added, 0 updated, 0 unchanged"_s));
    CHECK(audit.front().summary.contains(u"deliveries.csv: 2 added"_s));
    CHECK_FALSE(audit.front().summary.contains(u"Heijden"_s));
    CHECK_FALSE(audit.front().summary.contains(u"111222333"_s));
}

TEST_CASE("a dry run checks everything, reports the counts and stores nothing")
{
    test::TempDataFile file;
    test::ExchangeFolder folder(excelNlSet());
    const ImportReport report = test::importFolder(file.db(), folder.path(), true);
    REQUIRE(report.ok());
    CHECK_FALSE(report.stored);
    CHECK(test::countsOf(report, u"clients.csv"_s).added == 1);
    CHECK(test::countsOf(report, u"deliveries.csv"_s).added == 2);
    CHECK(test::rowCount<Client>(file.db()) == 0);
    CHECK(test::rowCount<Delivery>(file.db()) == 0);
    CHECK(test::rowCount<Municipality>(file.db()) == 0);
    CHECK(AuditRepository(file.db()).entries().value().isEmpty());
}
