// Who sees what on the regional server, tried with hand-written SQL on each role's own
// connection (storage/rowsecurity.h). The data is the figure world of tests/support/figureseed.cpp,
// stored by the owner; per municipality (GM0855 Tilburg, GM0785 Goirle; regional = no
// municipality):
//   clients      Tilburg C-0001..C-0005 (5)         Goirle C-0006 (1)
//   providers    Tilburg P-0001..P-0006 (6)         Goirle P-0007 (1)
//   deliveries   by the client: Tilburg D1..D8 (8, D5 by Goirle's provider), Goirle DG (1, by P1)
//   trajectories by the provider: Tilburg T1..T6 (6) Goirle TG (1)
//   partners     Tilburg PA-01, Goirle PA-02, regional PA-03
//   agreements   Tilburg A1 A2 A4 A5 A7 A8 A9 (7), Goirle A6 (1), regional A3 (1)
//   targets      Tilburg TA..TF (6), Goirle TG (1), region RT (1)
//   budget lines Tilburg B1 B2 B3 B6 (4), Goirle B5 (1), region B4 (1)
#include "figureseed.h"
#include "serverrole.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

// What a hand-written statement did: rows affected, or the server's SQLSTATE.
struct Outcome
{
    int rows = -1;
    QString state;
};

Outcome run(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        return {-1, query.lastError().nativeErrorCode()};
    return {query.numRowsAffected(), {}};
}

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        FAIL(query.lastError().text().toStdString());
    return query.value(0).toLongLong();
}

qint64 rows(Database &db, const QString &table)
{
    return count(db, u"SELECT count(*) FROM "_s + table);
}

// The id of a record the owner sees, by a condition on its table.
QString idWhere(Database &owner, const QString &table, const QString &condition)
{
    return QString::number(
        count(owner, u"SELECT id FROM "_s + table + u" WHERE "_s + condition + u" LIMIT 1"_s));
}

// One Goirle record per kind, to try to reach from Tilburg.
struct GoirleRecord
{
    QString table;
    QString id;
};

QList<GoirleRecord> goirleRecords(Database &owner)
{
    return {
        {u"clients"_s, idWhere(owner, u"clients"_s, u"code = 'C-0006'"_s)},
        {u"providers"_s, idWhere(owner, u"providers"_s, u"code = 'P-0007'"_s)},
        {u"deliveries"_s, idWhere(owner, u"deliveries"_s,
                                  u"client_id = (SELECT id FROM clients WHERE code = 'C-0006')"_s)},
        {u"trajectories"_s,
         idWhere(owner, u"trajectories"_s,
                 u"provider_id = (SELECT id FROM providers WHERE code = 'P-0007')"_s)},
        {u"agreements"_s, idWhere(owner, u"agreements"_s, u"title = 'Huurders'"_s)},
        {u"targets"_s,
         idWhere(owner, u"targets"_s,
                 u"municipality_id = (SELECT id FROM municipalities WHERE code = 'GM0785')"_s)},
        {u"budget_lines"_s,
         idWhere(owner, u"budget_lines"_s,
                 u"municipality_id = (SELECT id FROM municipalities WHERE code = 'GM0785')"_s)},
    };
}

} // namespace

TEST_CASE("every table with data has row-level security forced on the server", "[postgres-only]")
{
    if (test::testServer().isEmpty())
        return;
    test::TempDataFile file;
    // Every table of the schema but the schema version; one table without would leak.
    CHECK(count(file.db(), u"SELECT count(*) FROM pg_class WHERE relkind = 'r' AND "
                           u"relnamespace = current_schema()::regnamespace AND "
                           u"relname <> 'wzsw_schema' AND NOT (relrowsecurity AND "
                           u"relforcerowsecurity)"_s) == 0);
    CHECK(count(file.db(), u"SELECT count(*) FROM pg_class WHERE relkind = 'r' AND "
                           u"relnamespace = current_schema()::regnamespace AND "
                           u"relname <> 'wzsw_schema' AND NOT EXISTS (SELECT 1 FROM pg_policy "
                           u"WHERE polrelid = pg_class.oid)"_s) == 0);
}

TEST_CASE("a leader reads their own municipality's records and the region's partners, targets "
          "and budget only",
          "[postgres-only]")
{
    if (test::testServer().isEmpty())
        return;
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    test::ServerRole tilburgLeader(file, u"wzsw_leader"_s, {u"GM0855"_s});
    test::ServerRole goirleLeader(file, u"wzsw_leader"_s, {u"GM0785"_s});
    test::ServerRole nobody(file, u"wzsw_leader"_s);
    const auto tilburg = tilburgLeader.open();
    const auto goirle = goirleLeader.open();
    const auto none = nobody.open();

    CHECK(rows(*tilburg, u"clients"_s) == 5);
    // Their own six, and P-0007 of Goirle, who delivered to Tilburg's C2 (D5): read only.
    CHECK(rows(*tilburg, u"providers"_s) == 6 + 1);
    CHECK(rows(*tilburg, u"deliveries"_s) == 8);
    CHECK(rows(*tilburg, u"trajectories"_s) == 6);
    CHECK(rows(*tilburg, u"partners"_s) == 2);         // PA-01 and the regional PA-03
    CHECK(rows(*tilburg, u"agreements"_s) == 8);       // 7 own + the regional A3
    CHECK(rows(*tilburg, u"targets"_s) == 6 + 1);      // and the region's RT
    CHECK(rows(*tilburg, u"budget_lines"_s) == 4 + 1); // and the region's B4
    CHECK(count(*tilburg, u"SELECT count(*) FROM clients WHERE code = 'C-0006'"_s) == 0);

    CHECK(rows(*goirle, u"clients"_s) == 1);
    CHECK(rows(*goirle, u"providers"_s) == 1 + 1); // and P-0001, who delivered to C-0006 (DG)
    CHECK(rows(*goirle, u"deliveries"_s) == 1);
    CHECK(rows(*goirle, u"trajectories"_s) == 1);
    CHECK(rows(*goirle, u"partners"_s) == 2);         // PA-02 and PA-03
    CHECK(rows(*goirle, u"agreements"_s) == 2);       // A6 and A3
    CHECK(rows(*goirle, u"targets"_s) == 1 + 1);      // TG and RT
    CHECK(rows(*goirle, u"budget_lines"_s) == 1 + 1); // B5 and B4

    // A leader without a municipality in wzsw_access sees no records of any municipality:
    // the region's own targets and budget only.
    for (const QString &table : {u"clients"_s, u"providers"_s, u"deliveries"_s, u"trajectories"_s})
        CHECK(rows(*none, table) == 0);
    CHECK(rows(*none, u"targets"_s) == 1);
    CHECK(rows(*none, u"budget_lines"_s) == 1);
}

TEST_CASE("a leader cannot update or delete another municipality's records with SQL",
          "[postgres-only]")
{
    if (test::testServer().isEmpty())
        return;
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    test::ServerRole tilburgLeader(file, u"wzsw_leader"_s, {u"GM0855"_s});
    const auto leader = tilburgLeader.open();

    for (const GoirleRecord &record : goirleRecords(file.db())) {
        INFO(record.table.toStdString());
        const QString where = u" WHERE id = "_s + record.id;
        const qint64 versionBefore =
            count(file.db(), u"SELECT version FROM "_s + record.table + where);
        CHECK(run(*leader, u"UPDATE "_s + record.table + u" SET version = version + 1"_s + where)
                  .rows == 0);
        CHECK(run(*leader, u"DELETE FROM "_s + record.table + where).rows == 0);
        // Without a condition the statement reaches the leader's own rows only.
        CHECK(run(*leader, u"UPDATE "_s + record.table + u" SET version = version + 1"_s).rows > 0);
        CHECK(count(file.db(), u"SELECT version FROM "_s + record.table + where) == versionBefore);
    }
    // Moving an own client into a Goirle neighbourhood is refused by the policy's check.
    const QString goirleCentrum = idWhere(file.db(), u"neighbourhoods"_s, u"code = 'WK078501'"_s);
    CHECK(run(*leader, u"UPDATE clients SET neighbourhood_id = "_s + goirleCentrum +
                           u" WHERE code = 'C-0001'"_s)
              .state == u"WZ001"_s);
    CHECK(count(file.db(),
                u"SELECT count(*) FROM clients WHERE neighbourhood_id = "_s + goirleCentrum) == 1);
}

TEST_CASE("a leader cannot insert records into another municipality with SQL", "[postgres-only]")
{
    if (test::testServer().isEmpty())
        return;
    test::TempDataFile file;
    const test::FigureWorld world = test::seedFigureWorld(file.db());
    test::ServerRole tilburgLeader(file, u"wzsw_leader"_s, {u"GM0855"_s});
    const auto leader = tilburgLeader.open();
    Database &owner = file.db();
    const QString goirle = QString::number(world.basics.goirle);
    const QString tilburg = QString::number(world.basics.tilburg);
    const QString goirleCentrum = QString::number(world.basics.goirleCentrum);
    const QString goirleClient = idWhere(owner, u"clients"_s, u"code = 'C-0006'"_s);
    const QString goirleProvider = idWhere(owner, u"providers"_s, u"code = 'P-0007'"_s);
    const QString tilburgProvider = idWhere(owner, u"providers"_s, u"code = 'P-0001'"_s);
    const QString goirlePartner = idWhere(owner, u"partners"_s, u"code = 'PA-02'"_s);
    const QString type = QString::number(world.basics.boodschappen);

    const QStringList foreign{
        u"INSERT INTO clients (code, given_name, family_name, birth_date, neighbourhood_id, "
        u"intake_date) VALUES ('C-0100', 'A', 'B', '1950-01-01', "_s +
            goirleCentrum + u", '2025-01-01')"_s,
        u"INSERT INTO providers (code, given_name, family_name, birth_date, neighbourhood_id, "
        u"background, start_date) VALUES ('P-0100', 'A', 'B', '1990-01-01', "_s +
            goirleCentrum + u", 'other', '2025-01-01')"_s,
        u"INSERT INTO deliveries (client_id, provider_id, service_type_id, date, quarter_hours, "
        u"fee_cents) VALUES ("_s +
            goirleClient + u", "_s + tilburgProvider + u", "_s + type +
            u", '2025-03-01', 4, 500)"_s,
        u"INSERT INTO trajectories (provider_id, type, framework, start_date, status) VALUES ("_s +
            goirleProvider + u", 'orientation', 'participation_act', '2025-03-01', 'planned')"_s,
        u"INSERT INTO agreements (partner_id, title, start_date, status) VALUES ("_s +
            goirlePartner + u", 'Stiekem', '2025-01-01', 'draft')"_s,
        u"INSERT INTO targets (municipality_id, from_date, to_date, measure, value) VALUES ("_s +
            goirle + u", '2025-01-01', '2025-12-31', 'deliveries', 5)"_s,
        // The region's targets are the coordinator's.
        u"INSERT INTO targets (municipality_id, from_date, to_date, measure, value) VALUES "
        u"(NULL, '2025-01-01', '2025-12-31', 'deliveries', 5)"_s,
        u"INSERT INTO budget_lines (municipality_id, from_date, to_date, kind, category) VALUES ("_s +
            goirle + u", '2025-01-01', '2025-12-31', 'cost', 'training')"_s,
    };
    for (const QString &statement : foreign) {
        INFO(statement.toStdString());
        CHECK(run(*leader, statement).state == u"WZ001"_s);
    }
    // Nothing of the above reached the data: 6 clients, 7 providers, 9 deliveries, 7
    // trajectories, 9 agreements, 8 targets, 6 budget lines, as seeded.
    CHECK(rows(owner, u"clients"_s) == 6);
    CHECK(rows(owner, u"providers"_s) == 7);
    CHECK(rows(owner, u"deliveries"_s) == 9);
    CHECK(rows(owner, u"trajectories"_s) == 7);
    CHECK(rows(owner, u"agreements"_s) == 9);
    CHECK(rows(owner, u"targets"_s) == 8);
    CHECK(rows(owner, u"budget_lines"_s) == 6);

    // The same statements for Tilburg go through, and the leader changes and removes their own.
    CHECK(run(*leader, u"INSERT INTO targets (municipality_id, from_date, to_date, measure, value) "
                       u"VALUES ("_s +
                           tilburg + u", '2027-01-01', '2027-12-31', 'deliveries', 5)"_s)
              .rows == 1);
    CHECK(run(*leader, u"UPDATE targets SET value = 6 WHERE from_date = '2027-01-01'"_s).rows == 1);
    CHECK(run(*leader, u"UPDATE clients SET phone = '013-1234567' WHERE code = 'C-0001'"_s).rows ==
          1);
    CHECK(run(*leader, u"DELETE FROM targets WHERE from_date = '2027-01-01'"_s).rows == 1);
    CHECK(count(owner, u"SELECT count(*) FROM clients WHERE phone = '013-1234567'"_s) == 1);
}

TEST_CASE("the coordinator reads every municipality and writes no personal record",
          "[postgres-only]")
{
    if (test::testServer().isEmpty())
        return;
    test::TempDataFile file;
    const test::FigureWorld world = test::seedFigureWorld(file.db());
    test::ServerRole coordinatorRole(file, u"wzsw_coordinator"_s);
    const auto coordinator = coordinatorRole.open();

    CHECK(rows(*coordinator, u"clients"_s) == 6);
    CHECK(rows(*coordinator, u"providers"_s) == 7);
    CHECK(rows(*coordinator, u"deliveries"_s) == 9);
    CHECK(rows(*coordinator, u"trajectories"_s) == 7);
    CHECK(rows(*coordinator, u"agreements"_s) == 9);
    CHECK(rows(*coordinator, u"targets"_s) == 8);
    CHECK(rows(*coordinator, u"budget_lines"_s) == 6);

    CHECK(run(*coordinator, u"UPDATE clients SET phone = '013-1234567'"_s).state == u"42501"_s);
    CHECK(run(*coordinator, u"DELETE FROM deliveries"_s).state == u"42501"_s);
    CHECK(
        run(*coordinator,
            u"INSERT INTO targets (municipality_id, from_date, to_date, measure, value) VALUES ("_s +
                QString::number(world.basics.goirle) +
                u", '2027-01-01', '2027-12-31', 'deliveries', 5)"_s)
            .rows == 1);
}

TEST_CASE("the steering group reads figures and issued reports but no personal record",
          "[postgres-only]")
{
    if (test::testServer().isEmpty())
        return;
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    REQUIRE(run(file.db(), u"INSERT INTO reports (kind, scope, from_date, to_date, issued_at, "
                           u"issued_by, figures) VALUES ('final', 'GM0855', '2025-01-01', "
                           u"'2025-06-30', '2025-07-02T10:00:00Z', 'A', '{}'), ('final', "
                           u"'GM0785', '2025-01-01', '2025-06-30', NULL, NULL, NULL)"_s)
                .rows == 2);
    test::ServerRole steeringRole(file, u"wzsw_steering"_s);
    const auto steering = steeringRole.open(Database::Mode::ReadOnly);

    for (const QString &table :
         {u"clients"_s, u"providers"_s, u"deliveries"_s, u"contact_notes"_s, u"trajectories"_s,
          u"partners"_s, u"audit_log"_s, u"file_settings"_s}) {
        INFO(table.toStdString());
        CHECK(run(*steering, u"SELECT * FROM "_s + table).state == u"42501"_s); // permission denied
    }
    CHECK(rows(*steering, u"reports"_s) == 1); // the issued one, not the draft
    CHECK(rows(*steering, u"targets"_s) == 8);
    CHECK(rows(*steering, u"budget_lines"_s) == 6);
    CHECK(rows(*steering, u"municipalities"_s) == 2);
    CHECK(run(*steering, u"UPDATE targets SET value = 0"_s).state != QString());
}

TEST_CASE("a local data file gets no roles, access table or policies", "[sqlite-only]")
{
    test::TempDataFile file;
    // Step 8 is the server's alone; the file is at the latest version all the same.
    CHECK(file.db().schemaVersion() == Database::currentSchemaVersion());
    CHECK(count(file.db(), u"SELECT count(*) FROM sqlite_master WHERE name = 'wzsw_access'"_s) ==
          0);
}
