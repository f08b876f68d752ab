// The totals of the deliveries that a local data file keeps for the report figures
// (storage/deliverytotals.h): exact after every kind of write, and the figures read from them
// equal the figures counted from the deliveries themselves.
#include "demo/demogenerator.h"
#include "figures/computereport.h"
#include "seed.h"
#include "services/filechecker.h"
#include "storage/deliverytotals.h"
#include "storage/personrepository.h"
#include "storage/sql.h"
#include "storage/workrepositories.h"
#include "testsupport.h"

#include <QHash>
#include <QSqlRecord>

#include <random>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

QVariantList row(Database &db, const QString &sql, const QVariantList &params = {})
{
    QSqlQuery query = prepare(db, sql);
    bindAll(query, params);
    REQUIRE(exec(query).ok());
    QVariantList values;
    if (query.next())
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.value(i));
    return values;
}

void run(Database &db, const QString &sql, const QVariantList &params = {})
{
    QSqlQuery query = prepare(db, sql);
    bindAll(query, params);
    REQUIRE(exec(query).ok());
}

// The demo's world of `clients` clients (about ten deliveries each), loaded in bulk.
void fillWithDemo(Database &db, int clients)
{
    DemoOptions options;
    options.clients = clients;
    REQUIRE(generateDemo(db, options).ok());
}

void requireAgreement(Database &db)
{
    const Result<QStringList> differences = deliverytotals::differences(db);
    REQUIRE(differences.ok());
    CHECK(differences->isEmpty());
}

// first date, last date, number, quarter hours of one client and provider; empty when none.
QVariantList pair(Database &db, Id client, Id provider)
{
    return row(db,
               u"SELECT first_date, last_date, deliveries, quarter_hours FROM "
               u"delivery_pair_totals WHERE client_id = ? AND provider_id = ?"_s,
               {qlonglong(client), qlonglong(provider)});
}

QVariantList monthClients(Database &db, const QString &month, Id neighbourhood)
{
    return row(db,
               u"SELECT clients FROM delivery_month_clients WHERE month = ? AND "
               u"neighbourhood_id = ?"_s,
               {month, qlonglong(neighbourhood)});
}

QVariantList dayTotals(Database &db, const QString &date, Id type, Id neighbourhood)
{
    return row(db,
               u"SELECT deliveries, quarter_hours, fee_cents FROM delivery_day_totals WHERE "
               u"date = ? AND service_type_id = ? AND neighbourhood_id = ?"_s,
               {date, qlonglong(type), qlonglong(neighbourhood)});
}

} // namespace

TEST_CASE("the delivery totals follow a delivery's insert, change and delete and a client's move",
          "[sqlite-only]")
{
    test::TempDataFile file;
    Database &db = file.db();
    const test::Basics b = test::seedBasics(db);
    Client a = test::validClient(b.centrum);
    a.code = u"C-0001"_s;
    REQUIRE(ClientRepository(db).insert(a).ok());
    Provider p = test::validProvider(b.centrum);
    Provider q = test::validProvider(b.noord);
    p.code = u"P-0001"_s;
    q.code = u"P-0002"_s;
    REQUIRE(ProviderRepository(db).insert(p).ok());
    REQUIRE(ProviderRepository(db).insert(q).ok());
    DeliveryRepository deliveries(db);
    auto deliver = [&](Id provider, Id type, QDate date, int quarters, Cents fee) {
        Delivery delivery;
        delivery.clientId = a.id;
        delivery.providerId = provider;
        delivery.serviceTypeId = type;
        delivery.date = date;
        delivery.quarterHours = quarters;
        delivery.feeCents = fee;
        REQUIRE(deliveries.insert(delivery).ok());
        return delivery.id;
    };
    const Id a1 = deliver(p.id, b.boodschappen, QDate(2025, 3, 5), 4, 500);
    const Id a2 = deliver(p.id, b.boodschappen, QDate(2025, 3, 20), 8, 1000);
    deliver(q.id, b.klusjes, QDate(2025, 4, 1), 2, 250);
    // A with P: 5 and 20 March, 4 + 8 = 12 quarters; A with Q: 1 April, 2 quarters.
    CHECK(pair(db, a.id, p.id) == QVariantList{u"2025-03-05"_s, u"2025-03-20"_s, 2, 12});
    CHECK(pair(db, a.id, q.id) == QVariantList{u"2025-04-01"_s, u"2025-04-01"_s, 1, 2});
    // A lives in Centrum: one client there in March (two deliveries) and one in April.
    CHECK(monthClients(db, u"2025-03"_s, b.centrum) == QVariantList{1});
    CHECK(monthClients(db, u"2025-04"_s, b.centrum) == QVariantList{1});
    CHECK(dayTotals(db, u"2025-03-05"_s, b.boodschappen, b.centrum) == QVariantList{1, 4, 500});
    requireAgreement(db);

    // Without a1, the pair A-P begins on 20 March; the day of a1 has no total left; A is still
    // served in March by a2.
    REQUIRE(execSql(db, u"DELETE FROM deliveries WHERE id = "_s + QString::number(a1)).ok());
    CHECK(pair(db, a.id, p.id) == QVariantList{u"2025-03-20"_s, u"2025-03-20"_s, 1, 8});
    CHECK(dayTotals(db, u"2025-03-05"_s, b.boodschappen, b.centrum).isEmpty());
    CHECK(monthClients(db, u"2025-03"_s, b.centrum) == QVariantList{1});
    requireAgreement(db);

    // a2 moved to 10 April: A has no delivery left in March, and counts once in April.
    run(db, u"UPDATE deliveries SET date = '2025-04-10' WHERE id = ?"_s, {qlonglong(a2)});
    CHECK(monthClients(db, u"2025-03"_s, b.centrum).isEmpty());
    CHECK(monthClients(db, u"2025-04"_s, b.centrum) == QVariantList{1});
    CHECK(pair(db, a.id, p.id) == QVariantList{u"2025-04-10"_s, u"2025-04-10"_s, 1, 8});
    requireAgreement(db);

    // A moves to Noord: April's client and a2's day go along; the pairs stay as they are.
    a = ClientRepository(db).find(a.id).value();
    a.person.neighbourhoodId = b.noord;
    REQUIRE(ClientRepository(db).update(a).ok());
    CHECK(monthClients(db, u"2025-04"_s, b.centrum).isEmpty());
    CHECK(monthClients(db, u"2025-04"_s, b.noord) == QVariantList{1});
    CHECK(dayTotals(db, u"2025-04-10"_s, b.boodschappen, b.noord) == QVariantList{1, 8, 1000});
    CHECK(dayTotals(db, u"2025-04-10"_s, b.boodschappen, b.centrum).isEmpty());
    CHECK(pair(db, a.id, q.id) == QVariantList{u"2025-04-01"_s, u"2025-04-01"_s, 1, 2});
    requireAgreement(db);

    // Another provider, type, hours and fee for a2: the pair A-P is gone, A-Q has two.
    run(db,
        u"UPDATE deliveries SET provider_id = ?, service_type_id = ?, quarter_hours = 6, "
        u"fee_cents = 1125 WHERE id = ?"_s,
        {qlonglong(q.id), qlonglong(b.klusjes), qlonglong(a2)});
    CHECK(pair(db, a.id, p.id).isEmpty());
    CHECK(pair(db, a.id, q.id) == QVariantList{u"2025-04-01"_s, u"2025-04-10"_s, 2, 8});
    CHECK(dayTotals(db, u"2025-04-10"_s, b.klusjes, b.noord) == QVariantList{1, 6, 1125});
    requireAgreement(db);
}

TEST_CASE("the delivery totals stay equal to the totals counted again after random writes",
          "[sqlite-only]")
{
    test::TempDataFile file;
    Database &db = file.db();
    fillWithDemo(db, 60);
    // The demo loads in bulk, with the triggers suspended and the totals added up afterwards.
    requireAgreement(db);

    const QVariantList counts =
        row(db, u"SELECT MAX(id), (SELECT MAX(id) FROM providers), (SELECT MAX(id) FROM "
                u"service_types), (SELECT MAX(id) FROM neighbourhoods) FROM clients"_s);
    const qlonglong clients = counts.at(0).toLongLong();
    const qlonglong providers = counts.at(1).toLongLong();
    const qlonglong types = counts.at(2).toLongLong();
    const qlonglong neighbourhoods = counts.at(3).toLongLong();
    std::mt19937 random(20261124);
    auto between = [&random](qlonglong low, qlonglong high) {
        return qlonglong(std::uniform_int_distribution<qlonglong>(low, high)(random));
    };
    auto someDate = [&]() {
        return QDate(2025, 1, 1).addDays(between(0, 729)).toString(Qt::ISODate);
    };
    // A delivery picked at random (the first from a random id on), so deletes leave no gaps
    // that would make later picks miss.
    const QString someDelivery = u"(SELECT MIN(id) FROM deliveries WHERE id >= ?)"_s;
    for (int step = 0; step < 400; ++step) {
        switch (between(0, 5)) {
        case 0:
            run(db,
                u"INSERT INTO deliveries (client_id, provider_id, service_type_id, date, "
                u"quarter_hours, fee_cents) VALUES (?, ?, ?, ?, ?, ?)"_s,
                {between(1, clients), between(1, providers), between(1, types), someDate(),
                 between(1, 48), between(0, 5000)});
            break;
        case 1:
            run(db, u"DELETE FROM deliveries WHERE id = "_s + someDelivery, {between(1, 4000)});
            break;
        case 2:
            run(db, u"UPDATE deliveries SET date = ? WHERE id = "_s + someDelivery,
                {someDate(), between(1, 4000)});
            break;
        case 3:
            run(db,
                u"UPDATE deliveries SET client_id = ?, provider_id = ? WHERE id = "_s +
                    someDelivery,
                {between(1, clients), between(1, providers), between(1, 4000)});
            break;
        case 4:
            run(db,
                u"UPDATE deliveries SET quarter_hours = ?, fee_cents = ?, service_type_id = ? "
                u"WHERE id = "_s +
                    someDelivery,
                {between(1, 48), between(0, 5000), between(1, types), between(1, 4000)});
            break;
        default:
            run(db, u"UPDATE clients SET neighbourhood_id = ? WHERE id = ?"_s,
                {between(1, neighbourhoods), between(1, clients)});
        }
        if (step % 50 == 49)
            requireAgreement(db);
    }

    // The comparison finds a total that no longer agrees, names its table, and the file check
    // reports it.
    run(db, u"UPDATE delivery_pair_totals SET deliveries = deliveries + 1 "
            u"WHERE client_id = (SELECT MIN(client_id) FROM delivery_pair_totals)"_s);
    const Result<QStringList> differences = deliverytotals::differences(db);
    REQUIRE(differences.ok());
    CHECK(*differences == QStringList{u"delivery_pair_totals"_s});
    const Result<FileCheckReport> check = FileChecker(db, QDate(2026, 11, 24)).run();
    REQUIRE(check.ok());
    const auto totalsProblem = std::find_if(
        check->problems.cbegin(), check->problems.cend(), [](const FileProblem &problem) {
            return problem.kind == FileProblem::Kind::Integrity &&
                   problem.record == u"delivery_pair_totals"_s;
        });
    REQUIRE(totalsProblem != check->problems.cend());
    CHECK(totalsProblem->message.contains(u"wrong figures"_s));
}

namespace {

// The figures of one neighbourhood or month as counted here, straight from the deliveries.
struct Counted
{
    qint64 clients = 0;
    qint64 providers = 0;
    qint64 deliveries = 0;
    qint64 quarterHours = 0;
    qint64 fees = 0;
};

// Per `key` (an SQL expression over d, c, n), the deliveries of `from` .. `to` in
// `municipality` (empty: all), counted without the totals or the program's figure queries.
QHash<QString, Counted> countedBy(Database &db, const QString &key, const QDate &from,
                                  const QDate &to, const QString &municipality)
{
    QSqlQuery query = prepare(
        db,
        u"SELECT "_s + key +
            u", COUNT(DISTINCT d.client_id), COUNT(DISTINCT d.provider_id), COUNT(*), "
            u"SUM(d.quarter_hours), SUM(d.fee_cents) FROM deliveries d "
            u"JOIN clients c ON c.id = d.client_id "
            u"JOIN neighbourhoods n ON n.id = c.neighbourhood_id "
            u"JOIN municipalities m ON m.id = n.municipality_id "
            u"WHERE d.date BETWEEN ? AND ? AND (COALESCE(?, '') = '' OR m.code = ?) GROUP BY 1"_s);
    bindAll(query,
            {from.toString(Qt::ISODate), to.toString(Qt::ISODate), municipality, municipality});
    REQUIRE(exec(query).ok());
    QHash<QString, Counted> counted;
    while (query.next())
        counted.insert(query.value(0).toString(),
                       {query.value(1).toLongLong(), query.value(2).toLongLong(),
                        query.value(3).toLongLong(), query.value(4).toLongLong(),
                        query.value(5).toLongLong()});
    return counted;
}

} // namespace

TEST_CASE("figures read from the delivery totals equal those counted from the deliveries, "
          "for periods that cut months and pairs",
          "[sqlite-only]")
{
    test::TempDataFile file;
    Database &db = file.db();
    fillWithDemo(db, 200);
    // Some clients move, so that the totals per neighbourhood have been moved too.
    run(db, u"UPDATE clients SET neighbourhood_id = (SELECT MIN(id) FROM neighbourhoods) "
            u"WHERE id % 17 = 0"_s);

    const QList<std::pair<QDate, QDate>> periods{
        {QDate(2025, 1, 15), QDate(2025, 3, 10)}, {QDate(2025, 2, 1), QDate(2025, 2, 28)},
        {QDate(2024, 12, 20), QDate(2026, 1, 5)}, {QDate(2025, 6, 30), QDate(2025, 6, 30)},
        {QDate(2025, 5, 17), QDate(2026, 11, 2)}, {QDate(2025, 1, 1), QDate(2026, 12, 31)},
    };
    for (const auto &[from, to] : periods) {
        for (const QString &municipality : {QString(), u"GM0855"_s}) {
            INFO(QString(from.toString(Qt::ISODate) + u" .. "_s + to.toString(Qt::ISODate) +
                         u" "_s + municipality)
                     .toStdString());
            ReportRequest request;
            request.from = from;
            request.to = to;
            request.municipalityCode = municipality;
            const Result<ReportData> report = computeReport(db, request);
            REQUIRE(report.ok());

            const Counted all = countedBy(db, u"'all'"_s, from, to, municipality).value(u"all"_s);
            CHECK(report->measures.deliveries == all.deliveries);
            CHECK(report->measures.deliveryQuarterHours == all.quarterHours);
            CHECK(report->measures.feesCents == all.fees);
            CHECK(report->measures.clientsServed == all.clients);
            CHECK(report->measures.providersActive == all.providers);

            const QHash<QString, Counted> perNeighbourhood =
                countedBy(db, u"n.code"_s, from, to, municipality);
            for (const NeighbourhoodFigures &figures : report->byNeighbourhood) {
                const Counted counted = perNeighbourhood.value(figures.code);
                CHECK(figures.clientsServed == counted.clients);
                CHECK(figures.providersActive == counted.providers);
                CHECK(figures.deliveries == counted.deliveries);
                CHECK(figures.quarterHours == counted.quarterHours);
            }

            const QHash<QString, Counted> perMonth =
                countedBy(db, u"substr(d.date, 1, 7)"_s, from, to, municipality);
            for (const MonthFigures &figures : report->byMonth) {
                const Counted counted = perMonth.value(figures.month);
                CHECK(figures.clientsServed == counted.clients);
                CHECK(figures.deliveries == counted.deliveries);
                CHECK(figures.quarterHours == counted.quarterHours);
            }
        }
    }
}
