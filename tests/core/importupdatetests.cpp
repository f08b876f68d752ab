// Which record a row is about: by code, or by natural key and occurrence. Importing a file
// again changes nothing; a corrected file updates what it corrects.

#include "importtesthelpers.h"
#include "seed.h"
#include "storage/auditrepository.h"
#include "storage/personrepository.h"
#include "storage/workrepositories.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

const QByteArray clientHeader = "code,given_name,family_name,birth_date,neighbourhood_code,"
                                "target_groups,intake_date,end_date,end_reason,phone\n";

const QByteArray peopleClients =
    clientHeader + "C-0001,Truus,Heijden,1941-03-14,WK085501,elderly,2025-01-01,,,013-111\n"
                   "C-0002,Jan,Jansen,1950-01-01,WK085502,lonely,2025-01-01,,,\n";
const QByteArray peopleProviders =
    "code,given_name,family_name,birth_date,neighbourhood_code,background,start_date\n"
    "P-0001,Mehmet,Yılmaz,1988-07-02,WK085501,welfare_benefit,2025-01-01\n";

const QByteArray deliveryHeader =
    "client_code,provider_code,service_type_code,date,hours,fee,note\n";
// Two identical deliveries on one day, and a third on another day.
const QByteArray threeDeliveries = deliveryHeader + "C-0001,P-0001,boodschappen,2025-02-03,1,,\n"
                                                    "C-0001,P-0001,boodschappen,2025-02-03,1,,\n"
                                                    "C-0002,P-0001,klusjes,2025-02-04,2,,\n";

/// Seeds places and service types, then imports the two clients and the provider.
void importPeople(Database &db)
{
    test::seedBasics(db);
    test::ExchangeFolder folder(
        {{u"clients.csv"_s, peopleClients}, {u"providers.csv"_s, peopleProviders}});
    REQUIRE(test::importFolder(db, folder.path()).ok());
}

} // namespace

TEST_CASE("re-importing a corrected file updates the records with those codes")
{
    test::TempDataFile file;
    importPeople(file.db());
    const Client before = ClientRepository(file.db()).byCode(u"C-0001"_s).value().value();

    test::ExchangeFolder corrected(
        {{u"clients.csv"_s, clientHeader + "C-0001,Truus,Heyden,1941-03-14,WK085501,"
                                           "elderly,2025-01-01,,,013-111\n"}});
    const ImportReport report = test::importFolder(file.db(), corrected.path());
    REQUIRE(report.ok());
    const ImportCounts counts = test::countsOf(report, u"clients.csv"_s);
    CHECK(counts.added == 0);
    CHECK(counts.updated == 1);
    const Client after = ClientRepository(file.db()).byCode(u"C-0001"_s).value().value();
    CHECK(after.id == before.id);
    CHECK(after.person.familyName == u"Heyden"_s);
    CHECK(after.version == before.version + 1);
    CHECK(test::rowCount<Client>(file.db()) == 2);
}

TEST_CASE("a column the file leaves out keeps the stored value of the records it updates")
{
    test::TempDataFile file;
    importPeople(file.db());
    test::ExchangeFolder partial({{u"clients.csv"_s, "code,given_name\nC-0001,Geertruida\n"}});
    REQUIRE(test::importFolder(file.db(), partial.path()).ok());
    const Client truus = ClientRepository(file.db()).byCode(u"C-0001"_s).value().value();
    CHECK(truus.person.givenName == u"Geertruida"_s);
    CHECK(truus.person.familyName == u"Heijden"_s);
    CHECK(truus.person.phone == u"013-111"_s);
    CHECK(truus.targetGroups == QList<TargetGroup>{TargetGroup::Elderly});
}

TEST_CASE("importing the same deliveries twice keeps their number, identical ones included")
{
    test::TempDataFile file;
    importPeople(file.db());
    test::ExchangeFolder folder({{u"deliveries.csv"_s, threeDeliveries}});
    const ImportReport first = test::importFolder(file.db(), folder.path());
    REQUIRE(first.ok());
    CHECK(test::countsOf(first, u"deliveries.csv"_s).added == 3);
    CHECK(test::rowCount<Delivery>(file.db()) == 3);

    const ImportReport second = test::importFolder(file.db(), folder.path());
    REQUIRE(second.ok());
    const ImportCounts counts = test::countsOf(second, u"deliveries.csv"_s);
    CHECK(counts.added == 0);
    CHECK(counts.updated == 0);
    CHECK(counts.unchanged == 3);
    CHECK(test::rowCount<Delivery>(file.db()) == 3);
    for (const Delivery &d : test::allOf<Delivery>(file.db()))
        CHECK(d.version == 1); // not even rewritten
}

TEST_CASE("a third identical delivery in the file is added; a changed one updates its match")
{
    test::TempDataFile file;
    importPeople(file.db());
    test::ExchangeFolder folder({{u"deliveries.csv"_s, threeDeliveries}});
    REQUIRE(test::importFolder(file.db(), folder.path()).ok());
    const QList<Delivery> stored = test::allOf<Delivery>(file.db());

    // The first C-0001 delivery of 3 February stays, the second now took 1.5 hours (fee left
    // empty: 1.5 x 5.00 = 7.50), and a third one of the same day is new.
    test::ExchangeFolder changed(
        {{u"deliveries.csv"_s, deliveryHeader + "C-0001,P-0001,boodschappen,2025-02-03,1,,\n"
                                                "C-0001,P-0001,boodschappen,2025-02-03,1.5,,\n"
                                                "C-0001,P-0001,boodschappen,2025-02-03,1,,\n"}});
    const ImportReport report = test::importFolder(file.db(), changed.path());
    REQUIRE(report.ok());
    const ImportCounts counts = test::countsOf(report, u"deliveries.csv"_s);
    CHECK(counts.unchanged == 1);
    CHECK(counts.updated == 1);
    CHECK(counts.added == 1);
    CHECK(test::rowCount<Delivery>(file.db()) == 4); // 3 stored + 1 added
    const Delivery second = DeliveryRepository(file.db()).find(stored.at(1).id).value();
    CHECK(second.quarterHours == 6);
    CHECK(second.feeCents == 750);
}

TEST_CASE("a file may start a provider's new running trajectory before it completes the old")
{
    test::TempDataFile file;
    importPeople(file.db());
    const QByteArray header = "provider_code,type,framework,start_date,actual_end_date,status\n";
    test::ExchangeFolder first(
        {{u"trajectories.csv"_s,
          header + "P-0001,orientation,participatiewet,2025-01-01,,running\n"}});
    REQUIRE(test::importFolder(file.db(), first.path()).ok());

    test::ExchangeFolder next(
        {{u"trajectories.csv"_s,
          header + "P-0001,activation,participatiewet,2025-04-01,,running\n"
                   "P-0001,orientation,participatiewet,2025-01-01,2025-03-31,completed\n"}});
    const ImportReport report = test::importFolder(file.db(), next.path());
    INFO(test::problemLines(report).join(u'\n').toStdString());
    REQUIRE(report.ok());
    const QList<Trajectory> trajectories = test::allOf<Trajectory>(file.db());
    REQUIRE(trajectories.size() == 2);
    CHECK(trajectories.at(0).status == TrajectoryStatus::Completed);
    CHECK(trajectories.at(1).status == TrajectoryStatus::Running);
}

TEST_CASE("import refuses a second running trajectory for a provider, in the file or stored")
{
    test::TempDataFile file;
    importPeople(file.db());
    const QByteArray header = "provider_code,type,framework,start_date,status\n";
    test::ExchangeFolder twoInFile(
        {{u"trajectories.csv"_s, header + "P-0001,orientation,wsw,2025-01-01,running\n"
                                          "P-0001,activation,wsw,2025-02-01,running\n"}});
    const ImportReport both = test::importFolder(file.db(), twoInFile.path());
    CHECK(test::problemPlaces(both) == QStringList{u"trajectories.csv:3: status"_s});
    CHECK(test::problemLines(both).front().contains(u"line 2"_s));

    test::ExchangeFolder one(
        {{u"trajectories.csv"_s, header + "P-0001,orientation,wsw,2025-01-01,running\n"}});
    REQUIRE(test::importFolder(file.db(), one.path()).ok());
    test::ExchangeFolder another(
        {{u"trajectories.csv"_s, header + "P-0001,placement,wsw,2025-06-01,running\n"}});
    const ImportReport stored = test::importFolder(file.db(), another.path());
    CHECK(test::problemPlaces(stored) == QStringList{u"trajectories.csv:2: status"_s});
    CHECK(test::rowCount<Trajectory>(file.db()) == 1);
}

TEST_CASE("import refuses new client dates that stored deliveries would fall outside")
{
    test::TempDataFile file;
    importPeople(file.db());
    test::ExchangeFolder deliveries({{u"deliveries.csv"_s, threeDeliveries}});
    REQUIRE(test::importFolder(file.db(), deliveries.path()).ok());

    // C-0001 has two deliveries on 2025-02-03; ending the client on 2025-01-31 leaves them out.
    test::ExchangeFolder ended(
        {{u"clients.csv"_s, clientHeader + "C-0001,Truus,Heijden,1941-03-14,WK085501,"
                                           "elderly,2025-01-01,2025-01-31,moved,013-111\n"}});
    const ImportReport report = test::importFolder(file.db(), ended.path());
    CHECK(test::problemPlaces(report) == QStringList{u"clients.csv:2: end_date"_s});
    CHECK(test::problemLines(report).front().contains(u"2"_s));
    CHECK_FALSE(ClientRepository(file.db()).byCode(u"C-0001"_s).value()->endDate.isValid());
}

TEST_CASE("deliveries are checked against client dates changed earlier in the same import")
{
    test::TempDataFile file;
    importPeople(file.db());
    test::ExchangeFolder folder(
        {{u"clients.csv"_s, clientHeader + "C-0002,Jan,Jansen,1950-01-01,WK085502,lonely,"
                                           "2025-03-01,,,\n"},
         {u"deliveries.csv"_s, deliveryHeader + "C-0002,P-0001,klusjes,2025-02-04,2,,\n"}});
    const ImportReport report = test::importFolder(file.db(), folder.path());
    CHECK(test::problemPlaces(report) == QStringList{u"deliveries.csv:2: date"_s});
    CHECK(test::problemLines(report).front().contains(u"2025-03-01"_s));
}
