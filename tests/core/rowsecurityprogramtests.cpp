// The program itself (Database::open and the ordinary services) as a local project leader on
// the regional server: it works within the leader's municipality, a write into another one
// comes back as a clear Error, and the audit chain stays whole when leaders who cannot read each
// other's entries append in turn.
#include "exchange/importer.h"
#include "seed.h"
#include "serverrole.h"
#include "services/clientservice.h"
#include "storage/auditrepository.h"
#include "storage/personrepository.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

qint64 clientsInAll(Database &owner)
{
    return ClientRepository(owner).count().value();
}

Client storedInGoirle(Database &owner, const test::Basics &basics)
{
    Client client = test::validClient(basics.goirleCentrum);
    REQUIRE(ClientService(owner).save(client).ok()); // C-0001
    return client;
}

// The basics on the server, Goirle's client C-0001 stored by the owner, and the connection of
// a leader of Tilburg, who cannot see that client.
struct TilburgLeaderBesideGoirle
{
    test::TempDataFile file;
    test::Basics basics = test::seedBasics(file.db());
    Client goirleClient = storedInGoirle(file.db(), basics);
    test::ServerRole role{file, u"wzsw_leader"_s, {u"GM0855"_s}};
    std::unique_ptr<Database> leader = role.open();
};

} // namespace

TEST_CASE("the program works as a leader and numbers codes over the whole region",
          "[postgres-only]")
{
    if (test::testServer().isEmpty())
        return;
    TilburgLeaderBesideGoirle world;
    test::TempDataFile &file = world.file;
    const test::Basics &basics = world.basics;
    const auto &leader = world.leader;

    Client client = test::validClient(basics.centrum);
    REQUIRE(ClientService(*leader).save(client).ok());
    // The leader cannot see C-0001, yet the next code counts it: codes are unique in the region.
    CHECK(client.code == u"C-0002"_s);
    client.person.phone = u"013-1234567"_s;
    REQUIRE(ClientService(*leader).save(client).ok());
    CHECK(ClientRepository(*leader).count().value() == 1);
    CHECK(clientsInAll(file.db()) == 2);
}

TEST_CASE("a leader entering the BSN of another municipality's client is told so at the BSN "
          "field, without the number, and nothing is stored",
          "[postgres-only]")
{
    if (test::testServer().isEmpty())
        return;
    TilburgLeaderBesideGoirle world;
    Client goirle = world.goirleClient;
    goirle.person.bsn = u"123456782"_s;
    REQUIRE(ClientService(world.file.db()).save(goirle).ok());

    Client mine = test::validClient(world.basics.centrum);
    mine.person.bsn = u"123456782"_s;
    const Status saved = ClientService(*world.leader).save(mine);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().kind == Error::Kind::Invalid);
    REQUIRE(saved.error().violations.size() == 1);
    const RuleViolation &violation = saved.error().violations.first();
    CHECK(violation.field == u"bsn"_s);
    CHECK(violation.rule == Rule::Unique);
    CHECK(violation.message.contains(u"another municipality"_s));
    CHECK_FALSE(saved.error().fullText().contains(u"123456782"_s));
    CHECK(clientsInAll(world.file.db()) == 1);
}

TEST_CASE("a leader saving a client in another municipality gets a clear error and nothing is "
          "stored",
          "[postgres-only]")
{
    if (test::testServer().isEmpty())
        return;
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    test::ServerRole tilburgLeader(file, u"wzsw_leader"_s, {u"GM0855"_s});
    const auto leader = tilburgLeader.open();
    const qint64 auditBefore = AuditRepository(file.db()).entries().value().size();

    Client client = test::validClient(basics.goirleCentrum);
    const Status saved = ClientService(*leader).save(client);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().message.contains(u"belongs to another municipality"_s));
    CHECK_FALSE(saved.error().message.contains(u"WZ001"_s));
    CHECK(clientsInAll(file.db()) == 0);
    CHECK(AuditRepository(file.db()).entries().value().size() == auditBefore);

    // Moving an own client there is refused the same way.
    Client own = test::validClient(basics.noord);
    REQUIRE(ClientService(*leader).save(own).ok());
    own.person.neighbourhoodId = basics.goirleCentrum;
    const Status moved = ClientService(*leader).save(own);
    REQUIRE_FALSE(moved.ok());
    CHECK(moved.error().message.contains(u"belongs to another municipality"_s));
    CHECK(ClientRepository(file.db()).find(own.id).value().person.neighbourhoodId == basics.noord);
}

TEST_CASE("two leaders of different municipalities appending in turn leave a whole audit chain",
          "[postgres-only]")
{
    if (test::testServer().isEmpty())
        return;
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    test::ServerRole tilburgRole(file, u"wzsw_leader"_s, {u"GM0855"_s});
    test::ServerRole goirleRole(file, u"wzsw_leader"_s, {u"GM0785"_s});
    const auto tilburg = tilburgRole.open();
    const auto goirle = goirleRole.open();
    const qint64 before = AuditRepository(file.db()).entries().value().size();

    for (int round = 0; round < 3; ++round) {
        Client inTilburg = test::validClient(basics.centrum);
        REQUIRE(ClientService(*tilburg).save(inTilburg).ok());
        Client inGoirle = test::validClient(basics.goirleCentrum);
        REQUIRE(ClientService(*goirle).save(inGoirle).ok());
    }

    // Each leader reads their own three entries, not the other's ...
    CHECK(AuditRepository(*tilburg).entries().value().size() == 3);
    CHECK(AuditRepository(*goirle).entries().value().size() == 3);
    // ... and the owner, who reads all, finds the six chained one after another.
    AuditRepository all(file.db());
    CHECK(all.entries().value().size() == before + 6);
    CHECK_FALSE(all.firstBrokenEntry().value().has_value());
}

TEST_CASE("two leaders of one municipality read each other's audit entries", "[postgres-only]")
{
    if (test::testServer().isEmpty())
        return;
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    test::ServerRole first(file, u"wzsw_leader"_s, {u"GM0855"_s});
    test::ServerRole second(file, u"wzsw_leader"_s, {u"GM0855"_s});
    const auto one = first.open();
    const auto other = second.open();
    Client client = test::validClient(basics.centrum);
    REQUIRE(ClientService(*one).save(client).ok());
    CHECK(AuditRepository(*other).entries().value().size() == 1);
}

TEST_CASE("a leader's audit entry waits for another leader's open transaction instead of forking "
          "the chain",
          "[postgres-only]")
{
    if (test::testServer().isEmpty())
        return;
    test::TempDataFile file;
    test::seedBasics(file.db());
    test::ServerRole tilburgRole(file, u"wzsw_leader"_s, {u"GM0855"_s});
    test::ServerRole goirleRole(file, u"wzsw_leader"_s, {u"GM0785"_s});
    const auto tilburg = tilburgRole.open();
    const auto goirle = goirleRole.open();

    WriteTransaction first(*tilburg);
    AuditEntry fromTilburg = AuditEntry::by(u"export"_s, u"file"_s);
    REQUIRE(AuditRepository(*tilburg).append(fromTilburg).ok());
    {
        // Tilburg holds the log until it commits: Goirle waits (lock_timeout, 5 s) and gives up
        // rather than chain onto the same previous entry.
        WriteTransaction second(*goirle);
        AuditEntry fromGoirle = AuditEntry::by(u"export"_s, u"file"_s);
        const Status waited = AuditRepository(*goirle).append(fromGoirle);
        REQUIRE_FALSE(waited.ok());
        CHECK(waited.error().kind == Error::Kind::Conflict);
    }
    REQUIRE(first.commit().ok());
    WriteTransaction again(*goirle);
    AuditEntry fromGoirle = AuditEntry::by(u"export"_s, u"file"_s);
    REQUIRE(AuditRepository(*goirle).append(fromGoirle).ok());
    REQUIRE(again.commit().ok());
    CHECK(fromGoirle.previousHash == fromTilburg.hash);
    CHECK_FALSE(AuditRepository(file.db()).firstBrokenEntry().value().has_value());
}

TEST_CASE("a leader imports into a table that looks empty to them, and its indexes stay",
          "[postgres-only]")
{
    if (test::testServer().isEmpty())
        return;
    TilburgLeaderBesideGoirle world;
    test::TempDataFile &file = world.file;
    const auto &leader = world.leader;
    REQUIRE(ClientRepository(*leader).count().value() == 0); // Goirle's client is out of sight
    const auto indexesOfClients = [&file] {
        QSqlQuery query(file.db().connection());
        REQUIRE(query.exec(u"SELECT count(*) FROM pg_indexes WHERE schemaname = "
                           u"current_schema() AND tablename = 'clients'"_s));
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    };
    const qint64 indexesBefore = indexesOfClients();

    QTemporaryDir dir;
    QFile csv(dir.filePath(u"clients.csv"_s));
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("code,given_name,family_name,birth_date,neighbourhood_code,target_groups,"
              "intake_date\n"
              "C-0002,Jan,Smit,1945-11-02,WK085501,elderly,2025-02-01\n");
    csv.close();
    // A table that starts empty is loaded with its indexes dropped on a local file; on the
    // server the leader may not drop them, and must not: the table holds Goirle's rows.
    const Result<ImportReport> report = Importer(*leader).run({csv.fileName()});
    REQUIRE(report.ok());
    INFO(report->problems.lines().join(u'\n').toStdString());
    REQUIRE(report->stored);
    CHECK(report->files.at(0).counts.added == 1);
    CHECK(clientsInAll(file.db()) == 2);
    CHECK(indexesOfClients() == indexesBefore);
}

TEST_CASE("a leader opening a regional database older than the program is sent to its "
          "administrator, and nothing is changed",
          "[postgres-only]")
{
    if (test::testServer().isEmpty())
        return;
    test::TempDataFile file;
    test::seedBasics(file.db());
    test::ServerRole tilburgLeader(file, u"wzsw_leader"_s, {u"GM0855"_s});
    const int current = file.db().schemaVersion();
    QSqlQuery query(file.db().connection());
    REQUIRE(query.exec(u"UPDATE wzsw_schema SET version = "_s + QString::number(current - 1)));

    const Result<std::unique_ptr<Database>> opened = Database::open(tilburgLeader.path());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == Error::Kind::TooNew);
    CHECK(opened.error().message.contains(u"maintenance=1"_s));
    CHECK(file.db().schemaVersion() == current - 1);
}
