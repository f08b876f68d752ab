#include "storage/serverlocation.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

TEST_CASE("a location written as a connection string reads back the same, odd password included")
{
    ServerLocation written;
    written.host = u"db.regio.nl"_s;
    written.port = 6432;
    written.database = u"wzsw_regio"_s;
    written.user = u"anna"_s;
    // Every character that means something in a URL or a query.
    written.password = u"p@ss:w/rd%&=#?+ é"_s;
    written.options = u"-csearch_path=regio"_s;

    const QString text = written.toString();
    const Result<ServerLocation> read = ServerLocation::parse(text);

    REQUIRE(read.ok());
    CHECK(read->host == written.host);
    CHECK(read->port == 6432);
    CHECK(read->database == written.database);
    CHECK(read->user == written.user);
    CHECK(read->password == written.password);
    CHECK(read->sslMode == u"require"_s);
    CHECK(read->options == written.options);
    CHECK_FALSE(read->maintenance);
    CHECK(read->displayName() == u"postgresql://anna@db.regio.nl:6432/wzsw_regio"_s);
}

TEST_CASE("loopback is localhost, 127.x.x.x and ::1, nothing that merely looks like them")
{
    CHECK(ServerLocation::isLoopback(u"localhost"_s));
    CHECK(ServerLocation::isLoopback(u"127.0.0.1"_s));
    CHECK(ServerLocation::isLoopback(u"127.4.5.6"_s));
    CHECK(ServerLocation::isLoopback(u"::1"_s));
    CHECK_FALSE(ServerLocation::isLoopback(u"127.0.0.1.example.nl"_s));
    CHECK_FALSE(ServerLocation::isLoopback(u"db.regio.nl"_s));
    CHECK_FALSE(ServerLocation::isLoopback(u"10.0.0.1"_s));
}
