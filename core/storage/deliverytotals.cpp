#include "storage/deliverytotals.h"

#include "storage/database.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;

namespace wzsw::deliverytotals {

namespace {

// One table of totals: its columns, and the same totals computed from the deliveries (for
// filling it, and for comparing it).
struct TotalsTable
{
    QString name;
    QString columns;
    QString computed;
};

const QList<TotalsTable> &tables()
{
    static const QList<TotalsTable> all{
        {u"delivery_day_totals"_s,
         u"date, service_type_id, neighbourhood_id, deliveries, quarter_hours, fee_cents"_s,
         u"SELECT d.date, d.service_type_id, c.neighbourhood_id, COUNT(*), SUM(d.quarter_hours), "
         u"SUM(d.fee_cents) FROM deliveries d JOIN clients c ON c.id = d.client_id "
         u"GROUP BY d.date, d.service_type_id, c.neighbourhood_id"_s},
        {u"delivery_pair_totals"_s,
         u"client_id, provider_id, first_date, last_date, deliveries, quarter_hours"_s,
         u"SELECT d.client_id, d.provider_id, MIN(d.date), MAX(d.date), COUNT(*), "
         u"SUM(d.quarter_hours) FROM deliveries d GROUP BY d.client_id, d.provider_id"_s},
        {u"delivery_month_clients"_s, u"month, neighbourhood_id, clients"_s,
         u"SELECT m.month, m.neighbourhood_id, COUNT(*) FROM (SELECT DISTINCT "
         u"substr(d.date, 1, 7) AS month, d.client_id, c.neighbourhood_id FROM deliveries d "
         u"JOIN clients c ON c.id = d.client_id) m GROUP BY m.month, m.neighbourhood_id"_s},
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
            first_date TEXT NOT NULL,
            last_date TEXT NOT NULL,
            deliveries INTEGER NOT NULL,
            quarter_hours INTEGER NOT NULL,
            PRIMARY KEY (client_id, provider_id)) WITHOUT ROWID)"_s,
    uR"(CREATE TABLE delivery_month_clients (
            month TEXT NOT NULL,
            neighbourhood_id INTEGER NOT NULL,
            clients INTEGER NOT NULL,
            PRIMARY KEY (month, neighbourhood_id)) WITHOUT ROWID)"_s,
};

const QStringList triggerNames{u"deliveries_totals_on_insert"_s, u"deliveries_totals_on_delete"_s,
                               u"deliveries_totals_on_update"_s, u"clients_totals_on_move"_s};

// The statements below are trigger bodies about one delivery row `r` (NEW or OLD). A total
// that reaches zero is deleted, so the tables hold exactly what the computed totals hold.

// Adds the day totals that `select` yields (date, type, neighbourhood, number, quarter hours,
// fees; negative to take away). The WHERE that every `select` here has keeps SQLite from
// reading ON CONFLICT as a join's ON.
QString addToDays(const QString &select)
{
    return u"INSERT INTO delivery_day_totals (date, service_type_id, neighbourhood_id, "
           u"deliveries, quarter_hours, fee_cents) "_s +
           select +
           u" ON CONFLICT (date, service_type_id, neighbourhood_id) DO UPDATE SET "
           u"deliveries = deliveries + excluded.deliveries, "
           u"quarter_hours = quarter_hours + excluded.quarter_hours, "
           u"fee_cents = fee_cents + excluded.fee_cents;"_s;
}

// Adds the clients per month and neighbourhood that `select` yields (month, neighbourhood, +1
// or -1).
QString addToMonths(const QString &select)
{
    return u"INSERT INTO delivery_month_clients (month, neighbourhood_id, clients) "_s + select +
           u" ON CONFLICT (month, neighbourhood_id) DO UPDATE SET "
           u"clients = clients + excluded.clients;"_s;
}

// Whether `r`'s client has another delivery in `r`'s month than the row `r` is about (in an
// update that row already holds the new values, so it never counts for the old ones).
QString otherDeliveryInMonth(const QString &r)
{
    return u"EXISTS (SELECT 1 FROM deliveries o WHERE o.client_id = "_s + r +
           u".client_id AND substr(o.date, 1, 7) = substr("_s + r + u".date, 1, 7) AND o.id <> "_s +
           r + u".id)"_s;
}

// `r`'s pair's earliest (MIN) or latest (MAX) date among its other deliveries, or `column`
// when it has none left.
QString pairDateWithout(const QString &r, const QString &aggregate, const QString &column)
{
    return u"COALESCE((SELECT "_s + aggregate +
           u"(o.date) FROM deliveries o WHERE o.client_id = "_s + r +
           u".client_id AND o.provider_id = "_s + r + u".provider_id AND o.id <> "_s + r +
           u".id), "_s + column + u")"_s;
}

QString addDelivery(const QString &r)
{
    return addToDays(u"SELECT "_s + r + u".date, "_s + r +
                     u".service_type_id, c.neighbourhood_id, "
                     u"1, "_s +
                     r + u".quarter_hours, "_s + r +
                     u".fee_cents FROM clients c "
                     u"WHERE c.id = "_s +
                     r + u".client_id"_s) +
           addToMonths(u"SELECT substr("_s + r +
                       u".date, 1, 7), c.neighbourhood_id, 1 "
                       u"FROM clients c WHERE c.id = "_s +
                       r + u".client_id AND NOT "_s + otherDeliveryInMonth(r)) +
           u"INSERT INTO delivery_pair_totals (client_id, provider_id, first_date, last_date, "
           u"deliveries, quarter_hours) VALUES ("_s +
           r + u".client_id, "_s + r + u".provider_id, "_s + r + u".date, "_s + r +
           u".date, 1, "_s + r +
           u".quarter_hours) ON CONFLICT (client_id, provider_id) DO UPDATE SET "
           u"first_date = MIN(first_date, excluded.first_date), "
           u"last_date = MAX(last_date, excluded.last_date), deliveries = deliveries + 1, "
           u"quarter_hours = quarter_hours + excluded.quarter_hours;"_s;
}

QString removeDelivery(const QString &r)
{
    const QString pair =
        u"client_id = "_s + r + u".client_id AND provider_id = "_s + r + u".provider_id"_s;
    return addToDays(u"SELECT "_s + r + u".date, "_s + r +
                     u".service_type_id, c.neighbourhood_id, "
                     u"-1, -"_s +
                     r + u".quarter_hours, -"_s + r +
                     u".fee_cents FROM clients c "
                     u"WHERE c.id = "_s +
                     r + u".client_id"_s) +
           u"DELETE FROM delivery_day_totals WHERE date = "_s + r +
           u".date AND service_type_id = "_s + r + u".service_type_id AND deliveries = 0;"_s +
           addToMonths(u"SELECT substr("_s + r +
                       u".date, 1, 7), c.neighbourhood_id, -1 "
                       u"FROM clients c WHERE c.id = "_s +
                       r + u".client_id AND NOT "_s + otherDeliveryInMonth(r)) +
           u"DELETE FROM delivery_month_clients WHERE month = substr("_s + r +
           u".date, 1, 7) AND clients = 0;"_s +
           u"UPDATE delivery_pair_totals SET deliveries = deliveries - 1, "
           u"quarter_hours = quarter_hours - "_s +
           r +
           u".quarter_hours, "
           u"first_date = CASE WHEN first_date = "_s +
           r + u".date THEN "_s + pairDateWithout(r, u"MIN"_s, u"first_date"_s) +
           u" ELSE first_date END, "
           u"last_date = CASE WHEN last_date = "_s +
           r + u".date THEN "_s + pairDateWithout(r, u"MAX"_s, u"last_date"_s) +
           u" ELSE last_date END WHERE "_s + pair + u";"_s +
           u"DELETE FROM delivery_pair_totals WHERE "_s + pair + u" AND deliveries = 0;"_s;
}

// A client moved to another neighbourhood takes their day totals and months along.
QString moveClient()
{
    const QString days = u"FROM deliveries d WHERE d.client_id = NEW.id "
                         u"GROUP BY d.date, d.service_type_id"_s;
    const QString months = u"FROM deliveries d WHERE d.client_id = NEW.id"_s;
    return addToDays(u"SELECT d.date, d.service_type_id, OLD.neighbourhood_id, -COUNT(*), "
                     u"-SUM(d.quarter_hours), -SUM(d.fee_cents) "_s +
                     days) +
           addToDays(u"SELECT d.date, d.service_type_id, NEW.neighbourhood_id, COUNT(*), "
                     u"SUM(d.quarter_hours), SUM(d.fee_cents) "_s +
                     days) +
           u"DELETE FROM delivery_day_totals WHERE neighbourhood_id = OLD.neighbourhood_id AND "
           u"deliveries = 0 AND date IN (SELECT d.date FROM deliveries d "
           u"WHERE d.client_id = NEW.id);"_s +
           addToMonths(u"SELECT DISTINCT substr(d.date, 1, 7), OLD.neighbourhood_id, -1 "_s +
                       months) +
           addToMonths(u"SELECT DISTINCT substr(d.date, 1, 7), NEW.neighbourhood_id, 1 "_s +
                       months) +
           u"DELETE FROM delivery_month_clients WHERE neighbourhood_id = OLD.neighbourhood_id "
           u"AND clients = 0;"_s;
}

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
            moveClient() + u" END"_s,
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
    QStringList fill;
    for (const TotalsTable &table : tables()) {
        fill.append(u"DELETE FROM "_s + table.name);
        fill.append(u"INSERT INTO "_s + table.name + u" ("_s + table.columns + u") "_s +
                    table.computed);
    }
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
        const QStringList bothWays{table.computed + u" EXCEPT "_s + kept,
                                   kept + u" EXCEPT "_s + table.computed};
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
