#include "seed.h"
#include "storage/bulkinserter.h"
#include "storage/bulkload.h"
#include "storage/personrepository.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

QStringList indexesOf(Database &db, const QString &table)
{
    QSqlQuery query = prepare(db, db.dialect().droppableIndexes());
    query.bindValue(0, table);
    REQUIRE(exec(query).ok());
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

Client clientNumbered(Id neighbourhood, int number)
{
    Client client = test::validClient(neighbourhood);
    client.code = u"C-"_s + QString::number(number).rightJustified(4, u'0');
    client.person.postcode = u"5038 A%1"_s.arg(QChar(u'A' + number));
    return client;
}

} // namespace

TEST_CASE("bulk inserting records stores them and their child rows like a single insert")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    WriteTransaction tx(file.db());
    REQUIRE(tx.ok());
    BulkInserter<Client> inserter(file.db());
    QList<Client> clients;
    for (int number = 1; number <= 3; ++number) {
        Client client = clientNumbered(basics.centrum, number);
        REQUIRE(inserter.insert(client).ok());
        CHECK(client.version == 1);
        clients.append(client);
    }
    REQUIRE(tx.commit().ok());
    CHECK(inserter.count() == 3);
    CHECK(clients.at(0).id < clients.at(1).id);
    CHECK(clients.at(1).id < clients.at(2).id);

    const Client stored = ClientRepository(file.db()).find(clients.at(1).id).value();
    CHECK(stored.code == u"C-0002"_s);
    CHECK(stored.targetGroups == QList<TargetGroup>{TargetGroup::Elderly, TargetGroup::Lonely});
    CHECK(stored.person.birthDate == QDate(1941, 3, 14));
}

TEST_CASE("bulk inserting a record that breaks a rule of the data file reports it")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    BulkInserter<Client> inserter(file.db());
    Client first = clientNumbered(basics.centrum, 1);
    REQUIRE(inserter.insert(first).ok());
    Client sameCode = clientNumbered(basics.noord, 1);
    const Status status = inserter.insert(sameCode);
    REQUIRE(!status.ok());
    CHECK(status.error().kind == Error::Kind::Invalid);
    CHECK(inserter.count() == 1);
}

TEST_CASE("loading with indexes suspended makes the same indexes again afterwards")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    const QStringList before = indexesOf(file.db(), u"clients"_s);
    REQUIRE(before.contains(u"clients_by_bsn"_s));
    WriteTransaction tx(file.db());
    REQUIRE(tx.ok());
    bool dropped = false;
    const Status status = withIndexesSuspended(file.db(), {u"clients"_s}, [&]() -> Status {
        dropped = indexesOf(file.db(), u"clients"_s).isEmpty();
        Client client = clientNumbered(basics.centrum, 1);
        return BulkInserter<Client>(file.db()).insert(client);
    });
    REQUIRE(status.ok());
    REQUIRE(tx.commit().ok());
    // Dropped on a local file only: on the regional server the table holds what other roles
    // see, and the indexes stay (bulkload.h).
    CHECK(dropped == !file.db().isServer());
    CHECK(indexesOf(file.db(), u"clients"_s) == before);
}

TEST_CASE("a load that breaks a unique index fails and the rollback restores the indexes")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    const QStringList before = indexesOf(file.db(), u"clients"_s);
    {
        WriteTransaction tx(file.db());
        REQUIRE(tx.ok());
        const Status status = withIndexesSuspended(file.db(), {u"clients"_s}, [&]() -> Status {
            BulkInserter<Client> inserter(file.db());
            for (int number = 1; number <= 2; ++number) {
                Client client = clientNumbered(basics.centrum, number);
                client.person.bsn = u"111222333"_s; // the same BSN twice
                if (Status inserted = inserter.insert(client); !inserted)
                    return inserted;
            }
            return {};
        });
        CHECK(!status.ok());
    } // rolled back
    CHECK(indexesOf(file.db(), u"clients"_s) == before);
    CHECK(ClientRepository(file.db()).count().value() == 0);
}

TEST_CASE("dates are stored as ISO text, also outside four-digit years")
{
    CHECK(dateOrNull(QDate(2025, 3, 7)).toString() == u"2025-03-07"_s);
    CHECK(dateOrNull(QDate(987, 12, 31)).toString() == u"0987-12-31"_s);
    CHECK(dateOrNull(QDate()).isNull());
    CHECK(dateOf(dateOrNull(QDate(2026, 12, 31))) == QDate(2026, 12, 31));
}
