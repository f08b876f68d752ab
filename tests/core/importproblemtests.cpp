// An import is all or nothing: every problem in every file is listed with its file, line and
// column, and nothing is stored when there is one.

#include "importtesthelpers.h"
#include "seed.h"
#include "storage/auditrepository.h"
#include "storage/personrepository.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

/// Tilburg with two neighbourhoods, the default service types and provider P-0001 (start
/// 2025-01-01), so the files below can refer to them.
void seedWithProvider(Database &db)
{
    const test::Basics basics = test::seedBasics(db);
    Provider provider = test::validProvider(basics.centrum);
    provider.code = u"P-0001"_s;
    REQUIRE(ProviderRepository(db).insert(provider).ok());
}

const QByteArray clientHeader =
    "code,given_name,family_name,birth_date,postcode,neighbourhood_code,bsn,target_groups,"
    "intake_date,street\n";

} // namespace

TEST_CASE("an import with problems in several files stores nothing and lists every one of them")
{
    test::TempDataFile file;
    seedWithProvider(file.db());
    test::ExchangeFolder folder({
        {u"clients.csv"_s,
         clientHeader +
             // line 2: fine
             "C-0001,Truus,Heijden,1941-03-14,5038 CL,WK085501,,elderly,2025-02-01,Heuvelring\n"
             // line 3: BSN fails the eleven-test
             "C-0002,Jan,Jansen,1950-01-01,5041 AB,WK085501,123456789,lonely,2025-01-01,Ring\n"
             // lines 4-5: one row, a line break inside the quoted street; fine
             "C-0003,Piet,Pieters,1945-02-02,5042 AC,WK085502,,elderly,2025-01-01,\"Lange\n"
             "straat\"\n"
             // line 6: SA is not issued
             "C-0004,Kees,Klaassen,1939-09-09,5038 SA,WK085501,,elderly,2025-01-01,Laan\n"},
        // line 1: a column the format does not know
        {u"providers.csv"_s, "code,given_name,favourite_colour\nP-0002,Ans,blue\n"},
        {u"deliveries.csv"_s,
         "client_code,provider_code,service_type_code,date,hours\n"
         // line 2: 1.3 hours is not a multiple of a quarter
         "C-0001,P-0001,boodschappen,2025-02-03,1.3\n"
         // line 3: no such client
         "C-9999,P-0001,boodschappen,2025-02-03,1\n"
         // line 4: before C-0001's intake (2025-02-01), after P-0001's start (2025-01-01)
         "C-0001,P-0001,boodschappen,2025-01-31,1\n"
         // line 5: fine
         "C-0003,P-0001,klusjes,2025-02-04,2\n"},
    });
    const ImportReport report = test::importFolder(file.db(), folder.path());
    CHECK_FALSE(report.ok());
    CHECK_FALSE(report.stored);
    // Files in dependency order (clients, providers, deliveries), rows in file order.
    CHECK(test::problemPlaces(report) == QStringList{
                                             u"clients.csv:3: bsn"_s,
                                             u"clients.csv:6: postcode"_s,
                                             u"providers.csv:1: favourite_colour"_s,
                                             u"deliveries.csv:2: hours"_s,
                                             u"deliveries.csv:3: client_code"_s,
                                             u"deliveries.csv:4: date"_s,
                                         });
    CHECK(report.problems.total() == 6);
    const QStringList lines = test::problemLines(report);
    CHECK(lines.at(0).startsWith(u"clients.csv:3: bsn: "_s));
    CHECK(lines.at(0).contains(u"eleven-test"_s));
    CHECK(lines.at(4).contains(u"C-9999"_s));

    CHECK(test::rowCount<Client>(file.db()) == 0);
    CHECK(test::rowCount<Delivery>(file.db()) == 0);
    CHECK(test::rowCount<Provider>(file.db()) == 1); // the seeded one, untouched
    CHECK(AuditRepository(file.db()).entries().value().isEmpty());
}

TEST_CASE("import keeps the first problems up to the limit and counts the rest")
{
    test::TempDataFile file;
    seedWithProvider(file.db());
    QByteArray deliveries = "client_code,provider_code,service_type_code,date,hours\n";
    for (int i = 0; i < 25; ++i)
        deliveries += "C-9999,P-0001,boodschappen,2025-02-03,1\n";
    test::ExchangeFolder folder({{u"deliveries.csv"_s, deliveries}});
    ImportOptions options;
    options.problemLimit = 10;
    const ImportReport report = Importer(file.db()).run({folder.path()}, options).value();
    CHECK(report.problems.total() == 25);
    CHECK(report.problems.kept().size() == 10);
    const QStringList lines = test::problemLines(report);
    REQUIRE(lines.size() == 11);
    CHECK(lines.at(9).startsWith(u"deliveries.csv:11: client_code"_s)); // rows start on line 2
    CHECK(lines.at(10).contains(u"15"_s));                              // 25 - 10 more
}

TEST_CASE("import refuses a file whose name is not one of the exchange format")
{
    test::TempDataFile file;
    test::ExchangeFolder folder({
        {u"municipalities.csv"_s, "code,name\nGM0855,Tilburg\n"},
        {u"notes.csv"_s, "client_code,date,text\nC-0001,2025-01-01,secret\n"},
    });
    const ImportReport report = test::importFolder(file.db(), folder.path());
    CHECK(test::problemPlaces(report) == QStringList{u"notes.csv:0: "_s});
    CHECK(test::problemLines(report).front().contains(u"clients.csv"_s)); // lists the names
    CHECK(test::rowCount<Municipality>(file.db()) == 0);
}

TEST_CASE("import refuses a file without the columns that say which record a row is about")
{
    test::TempDataFile file;
    seedWithProvider(file.db());
    test::ExchangeFolder folder({
        {u"deliveries.csv"_s, "client_code,provider_code,hours\nC-0001,P-0001,1\n"},
        {u"clients.csv"_s, "given_name,family_name\nTruus,Heijden\n"},
    });
    const ImportReport report = test::importFolder(file.db(), folder.path());
    CHECK(test::problemPlaces(report) == QStringList{
                                             u"clients.csv:1: code"_s,
                                             u"deliveries.csv:1: service_type_code"_s,
                                             u"deliveries.csv:1: date"_s,
                                         });
}

TEST_CASE("import reports a code that appears twice in one file at its second row")
{
    test::TempDataFile file;
    test::ExchangeFolder folder({
        {u"municipalities.csv"_s, "code,name\nGM0855,Tilburg\nGM0785,Goirle\nGM0855,Tilbörg\n"},
    });
    const ImportReport report = test::importFolder(file.db(), folder.path());
    CHECK(test::problemPlaces(report) == QStringList{u"municipalities.csv:4: code"_s});
    CHECK(test::problemLines(report).front().contains(u"line 2"_s));
}

TEST_CASE("import reports a row with more or fewer cells than its header")
{
    test::TempDataFile file;
    test::ExchangeFolder folder({
        {u"municipalities.csv"_s, "code,name\nGM0855,Tilburg,extra\nGM0785\n"},
    });
    const ImportReport report = test::importFolder(file.db(), folder.path());
    CHECK(test::problemPlaces(report) ==
          QStringList{u"municipalities.csv:2: "_s, u"municipalities.csv:3: "_s});
}

TEST_CASE("import names the allowed codes when an enumeration value is unknown")
{
    test::TempDataFile file;
    test::ExchangeFolder folder({
        {u"partners.csv"_s, "code,name,kind\nPA-01,Thebe,zorgboer\nPA-02,Amarant,\n"},
    });
    const ImportReport report = test::importFolder(file.db(), folder.path());
    REQUIRE(test::problemPlaces(report) ==
            QStringList{u"partners.csv:2: kind"_s, u"partners.csv:3: kind"_s});
    const QStringList lines = test::problemLines(report);
    CHECK(lines.at(0).contains(u"zorgboer"_s));
    CHECK(lines.at(0).contains(u"home_care"_s));
    CHECK(lines.at(1).contains(u"required"_s)); // an empty cell where a value is needed
}

TEST_CASE("import reports a BSN that another client in the file already holds")
{
    test::TempDataFile file;
    test::seedBasics(file.db());
    test::ExchangeFolder folder({
        {u"clients.csv"_s, clientHeader +
                               "C-0001,Truus,Heijden,1941-03-14,,WK085501,111222333,elderly,"
                               "2025-01-01,\n"
                               "C-0002,Jan,Jansen,1950-01-01,,WK085501,111222333,elderly,"
                               "2025-01-01,\n"},
    });
    const ImportReport report = test::importFolder(file.db(), folder.path());
    CHECK(test::problemPlaces(report) == QStringList{u"clients.csv:3: bsn"_s});
    CHECK(test::problemLines(report).front().contains(u"C-0001"_s));
}

TEST_CASE("import ignores unnamed empty columns a spreadsheet adds, but not a value in them")
{
    test::TempDataFile file;
    test::ExchangeFolder folder({
        {u"municipalities.csv"_s, "code;name;;\r\nGM0855;Tilburg;;\r\nGM0785;Goirle;;x\r\n"},
    });
    const ImportReport report = test::importFolder(file.db(), folder.path());
    CHECK(test::problemPlaces(report) == QStringList{u"municipalities.csv:3: "_s});
    CHECK(test::problemLines(report).front().contains(u"column 4"_s));

    test::ExchangeFolder clean({
        {u"municipalities.csv"_s, "code;name;;\r\nGM0855;Tilburg;;\r\n"},
    });
    CHECK(test::importFolder(file.db(), clean.path()).ok());
    CHECK(test::rowCount<Municipality>(file.db()) == 1);
}
