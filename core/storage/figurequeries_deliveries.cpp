// The figures over deliveries: the largest table by far (a million rows in a region file over
// two years). A local data file keeps totals of them (storage/deliverytotals.h), which the
// figures read instead. On the regional server each query is shaped so that the database
// streams one covering index in the order of its GROUP BY (see the delivery indexes in
// schema_deliveryindexes.cpp) and never sorts the deliveries themselves.
#include "common/values.h"
#include "storage/database.h"
#include "storage/deliverytotals.h"
#include "storage/figurequeries.h"
#include "storage/figurestatement.h"
#include "storage/sql.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace wzsw {

// The deliveries in `period` grouped by day and service type: the index by date and type
// streams them in that order, so SQLite groups them in one pass without sorting, and at most
// one row per day and type (about 3,650 a year) comes out. The totals per type and per month,
// and those of a target's period inside the report's, are added up from these rows, which saves
// further passes over the deliveries.
Result<QList<FigureQueries::DayTypeTotals>> FigureQueries::dayTypeTotals(const Period &period) const
{
    if (period.isValid() && m_days && m_days->first.from <= period.from &&
        period.to <= m_days->first.to) {
        QList<DayTypeTotals> inside;
        const QString from = isoDate(period.from);
        const QString to = isoDate(period.to);
        for (const DayTypeTotals &day : std::as_const(m_days->second))
            if (day.date >= from && day.date <= to)
                inside.append(day);
        return inside;
    }
    FigureStatement s(m_scope);
    if (deliverytotals::keptIn(m_db)) {
        s.add(u"SELECT t.date, t.service_type_id, SUM(t.deliveries), SUM(t.quarter_hours), "
              u"SUM(t.fee_cents) FROM delivery_day_totals t WHERE t.date BETWEEN ? AND ?"_s,
              {dateOrNull(period.from), dateOrNull(period.to)});
        s.scoped(u" AND t.neighbourhood_id IN ("_s +
                 FigureStatement::neighbourhoodsOfMunicipality() + u")"_s);
        s.add(u" GROUP BY t.date, t.service_type_id"_s);
    } else {
        s.add(u"SELECT d.date, d.service_type_id, COUNT(*), SUM(d.quarter_hours), "
              u"SUM(d.fee_cents) FROM deliveries d WHERE d.date BETWEEN ? AND ?"_s,
              {dateOrNull(period.from), dateOrNull(period.to)});
        s.scoped(FigureStatement::deliveryInMunicipality());
        s.add(u" GROUP BY d.date, d.service_type_id"_s);
    }
    Result<QSqlQuery> query = s.run(m_db);
    if (!query)
        return query.error();
    QList<DayTypeTotals> rows;
    while (query->next())
        rows.append(DayTypeTotals{textOf(query->value(0)), idOf(query->value(1)),
                                  query->value(2).toLongLong(), query->value(3).toLongLong(),
                                  query->value(4).toLongLong()});
    if (period.isValid())
        m_days = std::make_pair(period, rows);
    return rows;
}

Status FigureQueries::addDeliveries(const Period &period, Measures &m) const
{
    // Every service type by code, zeros included; then the day totals added to their type.
    Result<QSqlQuery> types =
        FigureStatement(m_scope)
            .add(u"SELECT st.id, st.code, st.name_nl, st.name_en FROM service_types st "
                 u"ORDER BY st.code"_s)
            .run(m_db);
    if (!types)
        return types.error();
    QHash<Id, qsizetype> positionOf;
    while (types->next()) {
        positionOf.insert(idOf(types->value(0)), m.deliveriesByType.size());
        TypeFigures type;
        type.code = textOf(types->value(1));
        type.nameNl = textOf(types->value(2));
        type.nameEn = textOf(types->value(3));
        m.deliveriesByType.append(type);
    }
    const Result<QList<DayTypeTotals>> days = dayTypeTotals(period);
    if (!days)
        return days.error();
    for (const DayTypeTotals &day : *days) {
        const auto position = positionOf.constFind(day.serviceTypeId);
        if (position == positionOf.cend())
            continue; // the foreign key makes this impossible
        TypeFigures &type = m.deliveriesByType[*position];
        type.deliveries += day.deliveries;
        type.quarterHours += day.quarterHours;
        type.feesCents += day.feesCents;
        m.deliveries += day.deliveries;
        m.deliveryQuarterHours += day.quarterHours;
        m.feesCents += day.feesCents;
    }
    return {};
}

// The deliveries of `period` per client and provider, as a subquery with the columns
// neighbourhood_id (the client's), client_id, provider_id, deliveries and quarter_hours. A row
// may hold 0 deliveries (a pair with deliveries before and after the period only): count a
// client or provider only `WHEN p.deliveries > 0`.
void FigureQueries::addPairsInPeriod(FigureStatement &s, const Period &period) const
{
    const QVariant from = dateOrNull(period.from);
    const QVariant to = dateOrNull(period.to);
    if (deliverytotals::keptIn(m_db)) {
        // A pair whose deliveries all lie inside the period counts whole; only a pair cut by
        // the period's edges is added up from its own deliveries in the period (an index seek:
        // the index by client and provider holds them together, in date order). The pairs come
        // by neighbourhood, with all that is read of them, from their index.
        const QString cut = u"SELECT %1 FROM deliveries d WHERE d.client_id = t.client_id "
                            u"AND d.provider_id = t.provider_id AND d.date BETWEEN ? AND ?"_s;
        const QString inside = u"t.first_date >= ? AND t.last_date <= ?"_s;
        s.add(u"SELECT t.neighbourhood_id AS neighbourhood_id, t.client_id AS client_id, "
              u"t.provider_id AS provider_id, CASE WHEN "_s +
                  inside + u" THEN t.deliveries ELSE ("_s + cut.arg(u"COUNT(*)"_s) +
                  u") END AS deliveries, CASE WHEN "_s + inside +
                  u" THEN t.quarter_hours ELSE ("_s +
                  cut.arg(u"COALESCE(SUM(d.quarter_hours), 0)"_s) +
                  u") END AS quarter_hours FROM delivery_pair_totals t "
                  u"WHERE t.first_date <= ? AND t.last_date >= ?"_s,
              {from, to, from, to, from, to, from, to, to, from});
        s.scoped(u" AND t.neighbourhood_id IN ("_s +
                 FigureStatement::neighbourhoodsOfMunicipality() + u")"_s);
        return;
    }
    // The index by client and provider streams the deliveries in the order of the GROUP BY,
    // so they are grouped in one pass without sorting (the date is only checked: kept off the
    // index by date, which would bring them in date order and cost a sort of them all). A
    // municipality's clients drive the query (no unary +): SQLite walks the index of each of
    // them in id order, which keeps that order and skips the other municipalities.
    s.add(u"SELECT c.neighbourhood_id AS neighbourhood_id, g.client_id AS client_id, "
          u"g.provider_id AS provider_id, g.deliveries AS deliveries, "
          u"g.quarter_hours AS quarter_hours FROM (SELECT d.client_id AS client_id, "
          u"d.provider_id AS provider_id, COUNT(*) AS deliveries, "
          u"SUM(d.quarter_hours) AS quarter_hours FROM deliveries d WHERE "_s +
              m_db.dialect().withoutIndex(u"d.date"_s) + u" BETWEEN ? AND ?"_s,
          {from, to});
    s.scoped(u" AND d.client_id IN ("_s + FigureStatement::clientsOfMunicipality() + u")"_s);
    s.add(u" GROUP BY d.client_id, d.provider_id) g JOIN clients c ON c.id = g.client_id"_s);
}

Result<QList<NeighbourhoodFigures>> FigureQueries::byNeighbourhood(const Period &period) const
{
    // The pairs of the period counted per neighbourhood; the LEFT JOIN keeps every
    // neighbourhood of the scope, zeros included.
    FigureStatement s(m_scope);
    s.add(u"SELECT n.code, n.name, "
          u"(SELECT mu.code FROM municipalities mu WHERE mu.id = n.municipality_id), "
          u"COALESCE(f.clients, 0), COALESCE(f.providers, 0), COALESCE(f.deliveries, 0), "
          u"COALESCE(f.quarter_hours, 0) FROM neighbourhoods n LEFT JOIN ("
          u"SELECT p.neighbourhood_id AS neighbourhood_id, "
          u"COUNT(DISTINCT CASE WHEN p.deliveries > 0 THEN p.client_id END) AS clients, "
          u"COUNT(DISTINCT CASE WHEN p.deliveries > 0 THEN p.provider_id END) AS providers, "
          u"SUM(p.deliveries) AS deliveries, SUM(p.quarter_hours) AS quarter_hours FROM ("_s);
    addPairsInPeriod(s, period);
    s.add(u") p GROUP BY p.neighbourhood_id) f ON f.neighbourhood_id = n.id WHERE 1 = 1"_s);
    s.scoped(u" AND n.municipality_id = ?"_s);
    s.add(u" ORDER BY n.code"_s);
    Result<QSqlQuery> query = s.run(m_db);
    if (!query)
        return query.error();
    QList<NeighbourhoodFigures> rows;
    while (query->next()) {
        NeighbourhoodFigures row;
        row.code = textOf(query->value(0));
        row.name = textOf(query->value(1));
        row.municipalityCode = textOf(query->value(2));
        row.clientsServed = query->value(3).toLongLong();
        row.providersActive = query->value(4).toLongLong();
        row.deliveries = query->value(5).toLongLong();
        row.quarterHours = query->value(6).toLongLong();
        rows.append(row);
    }
    return rows;
}

Result<QList<MonthFigures>> FigureQueries::byMonth(const Period &period) const
{
    QList<MonthFigures> rows;
    if (!period.isValid())
        return rows;
    for (QDate first(period.from.year(), period.from.month(), 1); first <= period.to;
         first = first.addMonths(1))
        rows.append(MonthFigures{first.toString(u"yyyy-MM"_s)});

    // Deliveries and hours per month from the day totals (one pass over the deliveries).
    const Result<QList<DayTypeTotals>> days = dayTypeTotals(period);
    if (!days)
        return days.error();
    QHash<QString, qsizetype> positionOf;
    for (qsizetype i = 0; i < rows.size(); ++i)
        positionOf.insert(rows.at(i).month, i);
    for (const DayTypeTotals &day : *days) {
        if (const auto position = positionOf.constFind(day.date.left(7));
            position != positionOf.cend()) {
            rows[*position].deliveries += day.deliveries;
            rows[*position].quarterHours += day.quarterHours;
        }
    }

    if (deliverytotals::keptIn(m_db))
        return clientsPerMonthFromTotals(period, rows);
    // Distinct clients, one month at a time: within a month the index by (month, client) holds
    // the deliveries client by client, so DISTINCT compares each with the one before instead of
    // collecting them (one grouped query over all months would have to sort the client-months).
    // Only a month cut by the period's edges needs the dates, which the index does not hold.
    for (MonthFigures &row : rows) {
        const QDate first = QDate::fromString(row.month + u"-01"_s, Qt::ISODate);
        const QDate last = first.addMonths(1).addDays(-1);
        FigureStatement clients(m_scope);
        clients.add(u"SELECT COUNT(*) FROM (SELECT DISTINCT d.client_id FROM deliveries d "
                    u"WHERE substr(d.date, 1, 7) = ?"_s,
                    {row.month});
        if (first < period.from || last > period.to)
            clients.add(u" AND d.date BETWEEN ? AND ?"_s, {dateOrNull(std::max(first, period.from)),
                                                           dateOrNull(std::min(last, period.to))});
        clients.scoped(FigureStatement::deliveryInMunicipality());
        clients.add(u") g"_s);
        Result<QSqlQuery> query = clients.run(m_db);
        if (!query)
            return query.error();
        if (query->next())
            row.clientsServed = query->value(0).toLongLong();
    }
    return rows;
}

// A whole month's distinct clients are kept per neighbourhood (a client lives in one), so the
// scope's months are sums. A month cut by the period's edges (at most the first and the last)
// counts the distinct clients of its days in the period from the index by date, which holds
// the client.
Result<QList<MonthFigures>> FigureQueries::clientsPerMonthFromTotals(const Period &period,
                                                                     QList<MonthFigures> rows) const
{
    FigureStatement whole(m_scope);
    whole.add(u"SELECT m.month, SUM(m.clients) FROM delivery_month_clients m "
              u"WHERE m.month BETWEEN ? AND ?"_s,
              {rows.constFirst().month, rows.constLast().month});
    whole.scoped(u" AND m.neighbourhood_id IN ("_s +
                 FigureStatement::neighbourhoodsOfMunicipality() + u")"_s);
    whole.add(u" GROUP BY m.month"_s);
    Result<QSqlQuery> query = whole.run(m_db);
    if (!query)
        return query.error();
    QHash<QString, qint64> clientsIn;
    while (query->next())
        clientsIn.insert(textOf(query->value(0)), query->value(1).toLongLong());

    for (MonthFigures &row : rows) {
        const QDate first = QDate::fromString(row.month + u"-01"_s, Qt::ISODate);
        const QDate last = first.addMonths(1).addDays(-1);
        if (first >= period.from && last <= period.to) {
            row.clientsServed = clientsIn.value(row.month);
            continue;
        }
        FigureStatement cut(m_scope);
        cut.add(u"SELECT COUNT(DISTINCT d.client_id) FROM deliveries d "
                u"WHERE d.date BETWEEN ? AND ?"_s,
                {dateOrNull(std::max(first, period.from)), dateOrNull(std::min(last, period.to))});
        cut.scoped(FigureStatement::deliveryInMunicipality());
        query = cut.run(m_db);
        if (!query)
            return query.error();
        if (query->next())
            row.clientsServed = query->value(0).toLongLong();
    }
    return rows;
}

} // namespace wzsw
