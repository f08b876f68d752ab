#include "exchange/servermigration.h"
#include "seed.h"
#include "storage/personrepository.h"
#include "storage/workrepositories.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

ContactNote note(Id clientId, Id providerId, const QString &date, const QString &text)
{
    ContactNote n;
    n.clientId = clientId;
    n.providerId = providerId;
    n.date = QDate::fromString(date, Qt::ISODate);
    n.author = u"projectleider"_s;
    n.text = text;
    return n;
}

} // namespace

TEST_CASE("moving a file to the server copies its contact notes to the same people, once")
{
    if (test::testServer().isEmpty())
        return; // the move needs the regional server
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> created = Database::create(dir.filePath(u"t.wzsw"_s));
    REQUIRE(created.ok());
    Database &file = **created;
    const test::Basics basics = test::seedBasics(file);
    Client client = test::validClient(basics.centrum);
    client.code = u"C-0001"_s;
    REQUIRE(ClientRepository(file).insert(client).ok());
    Provider provider = test::validProvider(basics.noord);
    provider.code = u"P-0001"_s;
    REQUIRE(ProviderRepository(file).insert(provider).ok());
    NoteRepository notes(file);
    // Two equal notes on one day are two notes, and both travel.
    for (ContactNote n : {note(client.id, 0, u"2025-03-03"_s, u"Belde over de boodschappen"_s),
                          note(client.id, 0, u"2025-03-03"_s, u"Belde over de boodschappen"_s),
                          note(0, provider.id, u"2025-04-01"_s, u"Startgesprek"_s)})
        REQUIRE(notes.insert(n).ok());

    test::TempDataFile server; // a fresh schema on the test server
    test::seedBasics(server.db());

    const Result<MigrationReport> first = ServerMigration::run(file, server.db());
    REQUIRE(first.ok());
    REQUIRE(first->import.ok());
    CHECK(first->notes.added == 3);
    CHECK(first->notes.unchanged == 0);

    const Id serverClient = ClientRepository(server.db()).idOfCode(client.code).value();
    const Id serverProvider = ProviderRepository(server.db()).idOfCode(provider.code).value();
    REQUIRE(serverClient != 0);
    REQUIRE(serverProvider != 0);
    const QList<ContactNote> ofClient = NoteRepository(server.db()).ofClient(serverClient).value();
    REQUIRE(ofClient.size() == 2);
    CHECK(ofClient.at(0).text == u"Belde over de boodschappen"_s);
    CHECK(ofClient.at(1).text == u"Belde over de boodschappen"_s);
    CHECK(ofClient.at(0).author == u"projectleider"_s);
    const QList<ContactNote> ofProvider =
        NoteRepository(server.db()).ofProvider(serverProvider).value();
    REQUIRE(ofProvider.size() == 1);
    CHECK(ofProvider.at(0).date == QDate(2025, 4, 1));

    // Moving the same file again finds all three on the server and copies none.
    const Result<MigrationReport> again = ServerMigration::run(file, server.db());
    REQUIRE(again.ok());
    CHECK(again->notes.added == 0);
    CHECK(again->notes.unchanged == 3);
    CHECK(NoteRepository(server.db()).count().value() == 3);
}
