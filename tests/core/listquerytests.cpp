#include "listseed.h"
#include "storage/lists/listquery.h"
#include "storage/personrepository.h"
#include "storage/workrepositories.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

qint64 countOf(const ListQuery &list, const ListFilter &filter)
{
    const Result<qint64> count = list.count(filter);
    REQUIRE(count.ok());
    return *count;
}

ListFilter search(const QString &text)
{
    ListFilter filter;
    filter.search = text;
    return filter;
}

QString firstCode(const ListQuery &list, const ListSort &sort)
{
    const Result<QList<ListRow>> rows = list.rows({}, sort, 0, 1);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    return rows->front().cells.at(ClientList::Code).toString();
}

} // namespace

TEST_CASE("client list search matches every word in names, postcode and neighbourhood")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    test::seedListClients(file.db(), basics, 300);
    const ListQuery list(file.db(), RecordKind::Client);

    CHECK(countOf(list, {}) == 300);
    // Jansen is family name 0: i % 10 == 0 for i in 0..299 -> 30 clients.
    CHECK(countOf(list, search(u"jansen"_s)) == 30);
    CHECK(countOf(list, search(u"  JANSEN "_s)) == 30);
    // Noord is neighbourhood 1: i % 3 == 1 -> i = 1, 4, ..., 298 -> (298 - 1) / 3 + 1 = 100.
    CHECK(countOf(list, search(u"noord"_s)) == 100);
    // Both: i % 10 == 0 and i % 3 == 1 -> i % 30 == 10 -> i = 10, 40, ..., 280 -> 10.
    CHECK(countOf(list, search(u"jansen noord"_s)) == 10);
    // Postcode 5012 AB: 10 + i % 40 == 12 -> i = 2, 42, ..., 282 -> (282 - 2) / 40 + 1 = 8.
    CHECK(countOf(list, search(u"5012"_s)) == 8);
    // The code of client i = 41 is C-0042, and no other field holds "0042".
    CHECK(countOf(list, search(u"c-0042"_s)) == 1);
}

TEST_CASE("the ids of a filtered list come in the list's order, as its pages hold them")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    test::seedListClients(file.db(), basics, 300);
    const ListQuery list(file.db(), RecordKind::Client);
    const ListFilter jansen = search(u"jansen"_s);
    const ListSort byName{ClientList::Name, Qt::DescendingOrder};

    const Result<QList<Id>> ids = list.ids(jansen, byName, 1000);
    REQUIRE(ids.ok());
    CHECK(ids->size() == 30); // i % 10 == 0 for i in 0..299
    const Result<QList<ListRow>> rows = list.rows(jansen, byName, 0, 1000);
    REQUIRE(rows.ok());
    QList<Id> rowIds;
    for (const ListRow &row : *rows)
        rowIds.append(row.id);
    CHECK(*ids == rowIds);
    const Result<QList<ListRow>> again = list.rowsOf(ids->mid(5, 3));
    REQUIRE(again.ok());
    REQUIRE(again->size() == 3);
    CHECK(again->at(0).id == ids->at(5));

    const Result<QList<Id>> limited = list.ids(jansen, byName, 4);
    REQUIRE(limited.ok());
    CHECK(limited->size() == 4);
}

TEST_CASE("client list search takes wildcard characters literally")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    test::seedListClients(file.db(), basics, 30);
    const ListQuery list(file.db(), RecordKind::Client);

    CHECK(countOf(list, search(u"%"_s)) == 0);
    CHECK(countOf(list, search(u"J_nsen"_s)) == 0);
    CHECK(countOf(list, search(u"Jansen\\"_s)) == 0);
    // Words without wildcards still match as before: Jansen is i % 10 == 0 -> 3 of 30.
    CHECK(countOf(list, search(u"jansen"_s)) == 3);
}

TEST_CASE("client list filters by status, municipality and neighbourhood")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    test::seedListClients(file.db(), basics, 300);
    const ListQuery list(file.db(), RecordKind::Client);

    ListFilter filter;
    filter.choice = u"ended"_s; // i % 5 == 4 -> 300 / 5 = 60
    CHECK(countOf(list, filter) == 60);
    filter.choice = u"active"_s; // 300 - 60
    CHECK(countOf(list, filter) == 240);

    filter = {};
    filter.municipalityId = basics.goirle; // i % 3 == 2 -> 100
    CHECK(countOf(list, filter) == 100);
    filter.municipalityId = basics.tilburg; // i % 3 in {0, 1} -> 200
    CHECK(countOf(list, filter) == 200);
    filter.neighbourhoodId = basics.noord; // and i % 3 == 1 -> 100
    CHECK(countOf(list, filter) == 100);
    filter.choice = u"ended"_s; // i % 15 == 4 (i % 3 == 1 and i % 5 == 4) -> i = 4, 19, ... -> 20
    CHECK(countOf(list, filter) == 20);
}

TEST_CASE("client list sorts by name with ties in record order")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    test::seedListClients(file.db(), basics, 300);
    const ListQuery list(file.db(), RecordKind::Client);

    // First: family name Bakker (i % 10 == 2), given name Anna (i % 7 == 0): i = 42 -> C-0043.
    CHECK(firstCode(list, {ClientList::Name, Qt::AscendingOrder}) == u"C-0043"_s);
    // Last: Vries (i % 10 == 1), Gerrit (i % 7 == 6): i % 70 == 41 -> 41, 111, 181, 251; the
    // highest id comes first in descending order: i = 251 -> C-0252.
    CHECK(firstCode(list, {ClientList::Name, Qt::DescendingOrder}) == u"C-0252"_s);

    const Result<QList<ListRow>> rows =
        list.rows({}, {ClientList::Name, Qt::DescendingOrder}, 0, 1);
    REQUIRE(rows.ok());
    CHECK(rows->front().cells.at(ClientList::Name).toString() == u"Vries, Gerrit de"_s);
    CHECK(rows->front().cells.at(ClientList::IntakeDate).toDate() == QDate(2025, 1, 1));

    // Through a join: Centrum < Goirle-Centrum < Noord; Centrum first is i = 0, Noord last
    // is the highest i with i % 3 == 1: 298 -> C-0299.
    CHECK(firstCode(list, {ClientList::Neighbourhood, Qt::AscendingOrder}) == u"C-0001"_s);
    CHECK(firstCode(list, {ClientList::Neighbourhood, Qt::DescendingOrder}) == u"C-0299"_s);
}

TEST_CASE("list pages read from the end hold the same rows as pages read from the start")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    test::seedListClients(file.db(), basics, 100);
    const ListQuery list(file.db(), RecordKind::Client);
    const ListSort sort{ClientList::Name, Qt::AscendingOrder};

    QList<Id> forward;
    QList<Id> mixed;
    for (qint64 offset = 0; offset < 100; offset += 7) {
        const Result<QList<ListRow>> plain = list.rows({}, sort, offset, 7);
        const Result<QList<ListRow>> fromEnd = list.rows({}, sort, offset, 7, 100);
        REQUIRE(plain.ok());
        REQUIRE(fromEnd.ok());
        for (const ListRow &row : *plain)
            forward.append(row.id);
        for (const ListRow &row : *fromEnd)
            mixed.append(row.id);
    }
    CHECK(forward.size() == 100);
    CHECK(mixed == forward);
}

TEST_CASE("delivery list shows hours and fee as numbers and people by name")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    Client client = test::validClient(basics.centrum);
    client.code = u"C-0001"_s;
    REQUIRE(ClientRepository(file.db()).insert(client).ok());
    Provider provider = test::validProvider(basics.noord);
    provider.code = u"P-0001"_s;
    REQUIRE(ProviderRepository(file.db()).insert(provider).ok());
    Delivery delivery;
    delivery.clientId = client.id;
    delivery.providerId = provider.id;
    delivery.serviceTypeId = basics.klusjes;
    delivery.date = QDate(2025, 2, 3);
    delivery.quarterHours = 6; // 1.5 h
    delivery.feeCents = 1125;  // 1.5 x 7.50
    REQUIRE(DeliveryRepository(file.db()).insert(delivery).ok());

    const ListQuery list(file.db(), RecordKind::Delivery);
    const Result<QList<ListRow>> rows = list.rows({}, list.defaultSort(), 0, 10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    const QVariantList &cells = rows->front().cells;
    CHECK(cells.at(DeliveryList::Date).toDate() == QDate(2025, 2, 3));
    CHECK(cells.at(DeliveryList::Client).toString() == u"Heijden, Truus van der"_s);
    CHECK(cells.at(DeliveryList::Provider).toString() == u"Yılmaz, Mehmet"_s);
    CHECK(cells.at(DeliveryList::Hours).toInt() == 6);
    CHECK(cells.at(DeliveryList::Fee).toLongLong() == 1125);
    // Searching by the provider's neighbourhood finds the delivery through the provider.
    CHECK(countOf(list, search(u"noord"_s)) == 1);
    CHECK(countOf(list, search(u"goirle"_s)) == 0);
}

TEST_CASE("delivery list sorted by client puts each client's deliveries together by date")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    ClientRepository clients(file.db());
    Client zwart = test::validClient(basics.centrum);
    zwart.code = u"C-0001"_s;
    zwart.person.familyNamePrefix.clear();
    zwart.person.familyName = u"Zwart"_s;
    REQUIRE(clients.insert(zwart).ok());
    Client aalders = test::validClient(basics.centrum);
    aalders.code = u"C-0002"_s;
    aalders.person.familyNamePrefix.clear();
    aalders.person.familyName = u"Aalders"_s;
    REQUIRE(clients.insert(aalders).ok());
    Provider provider = test::validProvider(basics.noord);
    provider.code = u"P-0001"_s;
    REQUIRE(ProviderRepository(file.db()).insert(provider).ok());
    DeliveryRepository deliveries(file.db());
    const auto deliver = [&](const Client &client, const QDate &date) {
        Delivery d;
        d.clientId = client.id;
        d.providerId = provider.id;
        d.serviceTypeId = basics.boodschappen;
        d.date = date;
        d.quarterHours = 4;
        d.feeCents = 500;
        REQUIRE(deliveries.insert(d).ok());
        return d.id;
    };
    const Id zwartFeb = deliver(zwart, QDate(2025, 2, 1));
    const Id aaldersMar = deliver(aalders, QDate(2025, 3, 1));
    const Id aaldersFeb = deliver(aalders, QDate(2025, 2, 1));
    const Id zwartJan = deliver(zwart, QDate(2025, 1, 1));

    const ListQuery list(file.db(), RecordKind::Delivery);
    CHECK(list.sortIsIndexed(DeliveryList::Client));
    const auto order = [&](Qt::SortOrder direction) {
        const Result<QList<ListRow>> rows =
            list.rows({}, {DeliveryList::Client, direction}, 0, 10, 4);
        REQUIRE(rows.ok());
        QList<Id> ids;
        for (const ListRow &row : *rows)
            ids.append(row.id);
        return ids;
    };
    // Aalders before Zwart; each client's deliveries oldest first.
    CHECK(order(Qt::AscendingOrder) == QList<Id>{aaldersFeb, aaldersMar, zwartJan, zwartFeb});
    CHECK(order(Qt::DescendingOrder) == QList<Id>{zwartFeb, zwartJan, aaldersMar, aaldersFeb});
    // Read as ids for a filtered list, the order is the same.
    const Result<QList<Id>> ids = list.ids({}, {DeliveryList::Client, Qt::AscendingOrder}, 10);
    REQUIRE(ids.ok());
    CHECK(*ids == QList<Id>{aaldersFeb, aaldersMar, zwartJan, zwartFeb});
}
