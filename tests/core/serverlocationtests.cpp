#include "storage/serverlocation.h"
#include "testsupport.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace wzsw;

TEST_CASE("a connection string gives host, port, database, user and password, TLS by default")
{
    const Result<ServerLocation> server =
        ServerLocation::parse(u"postgresql://anna:geheim@db.regio.nl:6432/wzsw_regio"_s);
    REQUIRE(server.ok());
    CHECK(server->host == u"db.regio.nl"_s);
    CHECK(server->port == 6432);
    CHECK(server->database == u"wzsw_regio"_s);
    CHECK(server->user == u"anna"_s);
    CHECK(server->password == u"geheim"_s);
    CHECK(server->sslMode == u"require"_s);
    CHECK_FALSE(server->maintenance);
    CHECK(server->displayName() == u"postgresql://anna@db.regio.nl:6432/wzsw_regio"_s);
}

TEST_CASE("an unencrypted connection is refused to another machine and allowed on loopback")
{
    const Result<ServerLocation> remote =
        ServerLocation::parse(u"postgresql://anna:geheim@db.regio.nl/wzsw?sslmode=disable"_s);
    REQUIRE_FALSE(remote.ok());
    CHECK(remote.error().message.contains(u"encrypted"_s));
    // A host name that merely starts like a loopback address is another machine.
    CHECK_FALSE(
        ServerLocation::parse(u"postgresql://anna@127.0.0.1.example.nl/wzsw?sslmode=disable"_s)
            .ok());
    CHECK(ServerLocation::parse(u"postgresql://anna@127.0.0.1:5433/wzsw?sslmode=disable"_s).ok());
    CHECK(ServerLocation::parse(u"postgresql://anna@[::1]/wzsw?sslmode=prefer"_s).ok());
}

TEST_CASE("a wrong connection string is refused without showing its password")
{
    const Result<ServerLocation> noDatabase =
        ServerLocation::parse(u"postgresql://anna:geheim@db.regio.nl"_s);
    REQUIRE_FALSE(noDatabase.ok());
    CHECK_FALSE(noDatabase.error().message.contains(u"geheim"_s));
    const Result<ServerLocation> unknown =
        ServerLocation::parse(u"postgresql://anna:geheim@db.regio.nl/wzsw?sslmod=require"_s);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(u"sslmod"_s));
    CHECK_FALSE(ServerLocation::isServer(u"/home/anna/tilburg.wzsw"_s));
    CHECK(ServerLocation::isServer(u"postgres://anna@db/wzsw"_s));
}

TEST_CASE("the program refuses to work as the owner of the tables without maintenance=1")
{
    // Only meaningful against the test server, whose role owns the tables it creates.
    if (test::testServer().isEmpty())
        return;
    test::TempDataFile file;
    QUrl url(file.path());
    QUrlQuery query(url);
    query.removeAllQueryItems(u"maintenance"_s);
    url.setQuery(query);
    file.close();
    const Result<std::unique_ptr<Database>> opened =
        Database::open(url.toString(QUrl::FullyEncoded));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(u"owner of the tables"_s));
    CHECK(file.reopen().isServer());
}
