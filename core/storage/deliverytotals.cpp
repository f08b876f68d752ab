#include "storage/deliverytotals.h"

#include "storage/database.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;

namespace wzsw::deliverytotals {

namespace {

// One table of totals: its columns, and the same totals computed from the deliveries (for
// filling it, and for comparing it). `{clients}` stands for a table of the clients' ids and
// neighbourhoods: `clients` itself, or the narrow copy rebuild() makes.
struct TotalsTable
{
    QString name;
    QString columns;
    QString computed;

    QString computedFrom(const QString &clients) const
    {
        return QString(computed).replace(u"{clients}"_s, clients);
    }
};

const QList<TotalsTable> &tables()
{
    static const QList<TotalsTable> all{
        {u"delivery_day_totals"_s,
         u"date, service_type_id, neighbourhood_id, deliveries, quarter_hours, fee_cents"_s,
         u"SELECT d.date, d.service_type_id, c.neighbourhood_id, COUNT(*), SUM(d.quarter_hours), "
         u"SUM(d.fee_cents) FROM deliveries d JOIN {clients} c ON c.id = d.client_id "
         u"GROUP BY d.date, d.service_type_id, c.neighbourhood_id"_s},
        // Grouped by client and provider only, SQLite streams the index by client and provider
        // without sorting; the neighbourhood is the client's.
        {u"delivery_pair_totals"_s,
         u"client_id, provider_id, neighbourhood_id, first_date, last_date, deliveries, "
         u"quarter_hours"_s,
         u"SELECT d.client_id, d.provider_id, (SELECT c.neighbourhood_id FROM {clients} c "
         u"WHERE c.id = d.client_id), MIN(d.date), MAX(d.date), COUNT(*), SUM(d.quarter_hours) "
         u"FROM deliveries d GROUP BY d.client_id, d.provider_id"_s},
        {u"delivery_month_clients"_s, u"month, neighbourhood_id, clients"_s,
         u"SELECT m.month, m.neighbourhood_id, COUNT(*) FROM (SELECT DISTINCT "
         u"substr(d.date, 1, 7) AS month, d.client_id, c.neighbourhood_id FROM deliveries d "
         u"JOIN {clients} c ON c.id = d.client_id) m GROUP BY m.month, m.neighbourhood_id"_s},
    };
    return all;
}

const QStringList tableStatements{
    uR"(CREATE TABLE delivery_day_totals (
            date TEXT NOT NULL,
            service_type_id INTEGER NOT NULL,
            neighbourhood_id INTEGER NOT NULL,
            deliveries INTEGER NOT NULL,
            quarter_hours INTEGER NOT NULL,
            fee_cents INTEGER NOT NULL,
            PRIMARY KEY (date, service_type_id, neighbourhood_id)) WITHOUT ROWID)"_s,
    uR"(CREATE TABLE delivery_pair_totals (
            client_id INTEGER NOT NULL,
            provider_id INTEGER NOT NULL,
            neighbourhood_id INTEGER NOT NULL,
            first_date TEXT NOT NULL,
            last_date TEXT NOT NULL,
            deliveries INTEGER NOT NULL,
            quarter_hours INTEGER NOT NULL,
            PRIMARY KEY (client_id, provider_id)) WITHOUT ROWID)"_s,
    // The figures per neighbourhood read the pairs in this order, with all they need.
    uR"(CREATE INDEX delivery_pair_totals_by_neighbourhood ON delivery_pair_totals(
            neighbourhood_id, client_id, provider_id, first_date, last_date, deliveries,
            quarter_hours))"_s,
    uR"(CREATE TABLE delivery_month_clients (
            month TEXT NOT NULL,
            neighbourhood_id INTEGER NOT NULL,
            clients INTEGER NOT NULL,
            PRIMARY KEY (month, neighbourhood_id)) WITHOUT ROWID)"_s,
};

const QStringList triggerNames{u"deliveries_totals_on_insert"_s, u"deliveries_totals_on_delete"_s,
                               u"deliveries_totals_on_update"_s, u"clients_totals_on_move"_s};

// The trigger bodies below are written about one delivery row `{row}` (NEW or OLD), filled
// in by forRow(). A total that reaches zero is deleted, so the tables hold exactly the rows the
// totals computed from the deliveries have. Every INSERT ... SELECT here has a WHERE, which
// keeps SQLite from reading ON CONFLICT as a join's ON.

QString forRow(QString sql, const QString &row)
{
    return sql.replace(u"{row}"_s, row);
}

// The totals of delivery `{row}` added; `{sign}` is 1 or -1 (to take them away).
const QString addToDayTotals = uR"(
    INSERT INTO delivery_day_totals (date, service_type_id, neighbourhood_id, deliveries,
        quarter_hours, fee_cents)
    SELECT {row}.date, {row}.service_type_id, c.neighbourhood_id, {sign},
        {sign} * {row}.quarter_hours, {sign} * {row}.fee_cents
    FROM clients c WHERE c.id = {row}.client_id
    ON CONFLICT (date, service_type_id, neighbourhood_id) DO UPDATE SET
        deliveries = deliveries + excluded.deliveries,
        quarter_hours = quarter_hours + excluded.quarter_hours,
        fee_cents = fee_cents + excluded.fee_cents;
    DELETE FROM delivery_day_totals
    WHERE date = {row}.date AND service_type_id = {row}.service_type_id AND deliveries = 0;)"_s;

// The client of `{row}` counted once more (`{sign}` 1) or once less (-1) in `{row}`'s month,
// when `{row}` is their only delivery that month. In an update, the row `{row}` is about
// already holds the new values, so it never counts as another delivery for the old ones.
const QString addToMonthClients = uR"(
    INSERT INTO delivery_month_clients (month, neighbourhood_id, clients)
    SELECT substr({row}.date, 1, 7), c.neighbourhood_id, {sign}
    FROM clients c WHERE c.id = {row}.client_id AND NOT EXISTS (
        SELECT 1 FROM deliveries o WHERE o.client_id = {row}.client_id
        AND substr(o.date, 1, 7) = substr({row}.date, 1, 7) AND o.id <> {row}.id)
    ON CONFLICT (month, neighbourhood_id) DO UPDATE SET clients = clients + excluded.clients;
    DELETE FROM delivery_month_clients
    WHERE month = substr({row}.date, 1, 7) AND clients = 0;)"_s;

const QString addToPairTotals = uR"(
    INSERT INTO delivery_pair_totals (client_id, provider_id, neighbourhood_id, first_date,
        last_date, deliveries, quarter_hours)
    SELECT {row}.client_id, {row}.provider_id, c.neighbourhood_id, {row}.date, {row}.date, 1,
        {row}.quarter_hours
    FROM clients c WHERE c.id = {row}.client_id
    ON CONFLICT (client_id, provider_id) DO UPDATE SET
        first_date = MIN(first_date, excluded.first_date),
        last_date = MAX(last_date, excluded.last_date),
        deliveries = deliveries + 1,
        quarter_hours = quarter_hours + excluded.quarter_hours;)"_s;

// Without `{row}`, a pair's first or last date is looked up again among its other deliveries
// (the index by client and provider holds them in date order), when it was `{row}`'s.
const QString takeFromPairTotals = uR"(
    UPDATE delivery_pair_totals SET
        deliveries = deliveries - 1,
        quarter_hours = quarter_hours - {row}.quarter_hours,
        first_date = CASE WHEN first_date = {row}.date THEN COALESCE((
            SELECT MIN(o.date) FROM deliveries o WHERE o.client_id = {row}.client_id
            AND o.provider_id = {row}.provider_id AND o.id <> {row}.id), first_date)
            ELSE first_date END,
        last_date = CASE WHEN last_date = {row}.date THEN COALESCE((
            SELECT MAX(o.date) FROM deliveries o WHERE o.client_id = {row}.client_id
            AND o.provider_id = {row}.provider_id AND o.id <> {row}.id), last_date)
            ELSE last_date END
    WHERE client_id = {row}.client_id AND provider_id = {row}.provider_id;
    DELETE FROM delivery_pair_totals
    WHERE client_id = {row}.client_id AND provider_id = {row}.provider_id AND deliveries = 0;)"_s;

QString addDelivery(const QString &row)
{
    return forRow(QString(addToDayTotals).replace(u"{sign}"_s, u"1"_s) +
                      QString(addToMonthClients).replace(u"{sign}"_s, u"1"_s) + addToPairTotals,
                  row);
}

QString removeDelivery(const QString &row)
{
    return forRow(QString(addToDayTotals).replace(u"{sign}"_s, u"-1"_s) +
                      QString(addToMonthClients).replace(u"{sign}"_s, u"-1"_s) + takeFromPairTotals,
                  row);
}

// A client moved to another neighbourhood takes their day totals, months and pairs along.
const QString moveClient = uR"(
    INSERT INTO delivery_day_totals (date, service_type_id, neighbourhood_id, deliveries,
        quarter_hours, fee_cents)
    SELECT d.date, d.service_type_id, OLD.neighbourhood_id, -COUNT(*), -SUM(d.quarter_hours),
        -SUM(d.fee_cents)
    FROM deliveries d WHERE d.client_id = NEW.id GROUP BY d.date, d.service_type_id
    ON CONFLICT (date, service_type_id, neighbourhood_id) DO UPDATE SET
        deliveries = deliveries + excluded.deliveries,
        quarter_hours = quarter_hours + excluded.quarter_hours,
        fee_cents = fee_cents + excluded.fee_cents;
    INSERT INTO delivery_day_totals (date, service_type_id, neighbourhood_id, deliveries,
        quarter_hours, fee_cents)
    SELECT d.date, d.service_type_id, NEW.neighbourhood_id, COUNT(*), SUM(d.quarter_hours),
        SUM(d.fee_cents)
    FROM deliveries d WHERE d.client_id = NEW.id GROUP BY d.date, d.service_type_id
    ON CONFLICT (date, service_type_id, neighbourhood_id) DO UPDATE SET
        deliveries = deliveries + excluded.deliveries,
        quarter_hours = quarter_hours + excluded.quarter_hours,
        fee_cents = fee_cents + excluded.fee_cents;
    DELETE FROM delivery_day_totals
    WHERE neighbourhood_id = OLD.neighbourhood_id AND deliveries = 0
    AND date IN (SELECT d.date FROM deliveries d WHERE d.client_id = NEW.id);
    INSERT INTO delivery_month_clients (month, neighbourhood_id, clients)
    SELECT DISTINCT substr(d.date, 1, 7), OLD.neighbourhood_id, -1
    FROM deliveries d WHERE d.client_id = NEW.id
    ON CONFLICT (month, neighbourhood_id) DO UPDATE SET clients = clients + excluded.clients;
    INSERT INTO delivery_month_clients (month, neighbourhood_id, clients)
    SELECT DISTINCT substr(d.date, 1, 7), NEW.neighbourhood_id, 1
    FROM deliveries d WHERE d.client_id = NEW.id
    ON CONFLICT (month, neighbourhood_id) DO UPDATE SET clients = clients + excluded.clients;
    DELETE FROM delivery_month_clients WHERE neighbourhood_id = OLD.neighbourhood_id AND clients = 0;
    UPDATE delivery_pair_totals SET neighbourhood_id = NEW.neighbourhood_id
    WHERE client_id = NEW.id;)"_s;

QStringList triggerStatements()
{
    return {
        u"CREATE TRIGGER deliveries_totals_on_insert AFTER INSERT ON deliveries BEGIN "_s +
            addDelivery(u"NEW"_s) + u" END"_s,
        u"CREATE TRIGGER deliveries_totals_on_delete AFTER DELETE ON deliveries BEGIN "_s +
            removeDelivery(u"OLD"_s) + u" END"_s,
        // A change of the note or the request changes no total.
        u"CREATE TRIGGER deliveries_totals_on_update AFTER UPDATE OF client_id, provider_id, "
        u"service_type_id, date, quarter_hours, fee_cents ON deliveries BEGIN "_s +
            removeDelivery(u"OLD"_s) + addDelivery(u"NEW"_s) + u" END"_s,
        u"CREATE TRIGGER clients_totals_on_move AFTER UPDATE OF neighbourhood_id ON clients "
        u"WHEN OLD.neighbourhood_id IS NOT NEW.neighbourhood_id BEGIN "_s +
            moveClient + u" END"_s,
    };
}

Status execAll(Database &db, const QStringList &statements)
{
    for (const QString &statement : statements)
        if (Status status = execSql(db, statement); !status)
            return status;
    return {};
}

} // namespace

bool keptIn(const Database &db)
{
    return !db.isServer();
}

Status create(Database &db)
{
    if (!keptIn(db))
        return {};
    if (Status status = execAll(db, tableStatements); !status)
        return status;
    return rebuild(db);
}

Status suspend(Database &db)
{
    if (!keptIn(db))
        return {};
    QStringList drops;
    for (const QString &name : triggerNames)
        drops.append(u"DROP TRIGGER IF EXISTS "_s + name);
    return execAll(db, drops);
}

Status rebuild(Database &db)
{
    if (!keptIn(db))
        return {};
    if (Status status = suspend(db); !status)
        return status;
    // A million lookups of a client's neighbourhood cost a third less in a narrow copy of
    // the two columns than among the clients' wide rows (measured on the large demo file).
    const QString neighbourhoods = u"temp.totals_client_neighbourhoods"_s;
    QStringList fill{
        u"DROP TABLE IF EXISTS "_s + neighbourhoods,
        u"CREATE TABLE "_s + neighbourhoods +
            u" (id INTEGER PRIMARY KEY, neighbourhood_id INTEGER NOT NULL)"_s,
        u"INSERT INTO "_s + neighbourhoods + u" SELECT id, neighbourhood_id FROM clients"_s,
    };
    for (const TotalsTable &table : tables()) {
        fill.append(u"DELETE FROM "_s + table.name);
        fill.append(u"INSERT INTO "_s + table.name + u" ("_s + table.columns + u") "_s +
                    table.computedFrom(neighbourhoods));
    }
    fill.append(u"DROP TABLE "_s + neighbourhoods);
    if (Status status = execAll(db, fill); !status)
        return status;
    return execAll(db, triggerStatements());
}

Result<QStringList> differences(const Database &db)
{
    QStringList found;
    if (!keptIn(db))
        return found;
    for (const TotalsTable &table : tables()) {
        const QString kept = u"SELECT "_s + table.columns + u" FROM "_s + table.name;
        const QString computed = table.computedFrom(u"clients"_s);
        const QStringList bothWays{computed + u" EXCEPT "_s + kept,
                                   kept + u" EXCEPT "_s + computed};
        for (const QString &difference : bothWays) {
            const Result<QVariant> rows =
                scalar(db, u"SELECT COUNT(*) FROM ("_s + difference + u") x"_s);
            if (!rows)
                return rows.error();
            if (rows->toLongLong() > 0) {
                found.append(table.name);
                break;
            }
        }
    }
    return found;
}

} // namespace wzsw::deliverytotals
