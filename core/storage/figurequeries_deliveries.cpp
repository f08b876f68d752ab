// The figures over deliveries: the largest table by far (a million rows in a region file over
// two years). Each query is shaped so that SQLite streams one covering index in the order of
// its GROUP BY (see the figure indexes in schema_figureindexes.cpp) and never sorts the
// deliveries themselves: sorting a million rows costs several times a full scan.
#include "storage/figurequeries.h"
#include "storage/figurestatement.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;

namespace wzsw {

Status FigureQueries::addDeliveries(const Period &period, Measures &m) const
{
    // Service types outside, their deliveries in the period inside (index by type and date):
    // every type comes out, zeros included, already grouped.
    FigureStatement s(m_scope);
    s.add(u"SELECT st.code, st.name_nl, st.name_en, COUNT(d.id), "
          u"COALESCE(SUM(d.quarter_hours), 0), COALESCE(SUM(d.fee_cents), 0) "
          u"FROM service_types st LEFT JOIN deliveries d ON d.service_type_id = st.id "
          u"AND d.date BETWEEN ? AND ?"_s,
          {dateOrNull(period.from), dateOrNull(period.to)});
    s.scoped(FigureStatement::deliveryInMunicipality());
    // Grouped by the key alone: the names depend on it (PostgreSQL accepts that too).
    s.add(u" GROUP BY st.id ORDER BY st.code"_s);
    Result<QSqlQuery> query = s.run(m_db);
    if (!query)
        return query.error();
    while (query->next()) {
        TypeFigures type;
        type.code = textOf(query->value(0));
        type.nameNl = textOf(query->value(1));
        type.nameEn = textOf(query->value(2));
        type.deliveries = query->value(3).toLongLong();
        type.quarterHours = query->value(4).toLongLong();
        type.feesCents = query->value(5).toLongLong();
        m.deliveries += type.deliveries;
        m.deliveryQuarterHours += type.quarterHours;
        m.feesCents += type.feesCents;
        m.deliveriesByType.append(type);
    }
    return {};
}

Result<QList<NeighbourhoodFigures>> FigureQueries::byNeighbourhood(const Period &period) const
{
    // Neighbourhood -> its clients -> their deliveries in the period (index by client and
    // date). The LEFT JOINs keep every neighbourhood and fix the loop order, so the groups come
    // out one neighbourhood after the other without sorting the deliveries.
    FigureStatement s(m_scope);
    s.add(u"SELECT n.code, n.name, "
          u"(SELECT mu.code FROM municipalities mu WHERE mu.id = n.municipality_id), "
          u"COUNT(DISTINCT d.client_id), COUNT(DISTINCT d.provider_id), COUNT(d.id), "
          u"COALESCE(SUM(d.quarter_hours), 0) FROM neighbourhoods n "
          u"LEFT JOIN clients c ON c.neighbourhood_id = n.id "
          u"LEFT JOIN deliveries d ON d.client_id = c.id AND d.date BETWEEN ? AND ? "
          u"WHERE 1 = 1"_s,
          {dateOrNull(period.from), dateOrNull(period.to)});
    s.scoped(u" AND n.municipality_id = ?"_s);
    s.add(u" GROUP BY n.id ORDER BY n.code"_s);
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

    // The index by (month, client) streams month after month: deliveries and hours come out
    // grouped without sorting. The month condition picks that index; the date range cuts the
    // period's edges.
    FigureStatement totals(m_scope);
    totals.add(u"SELECT substr(d.date, 1, 7), COUNT(*), SUM(d.quarter_hours) FROM deliveries d "
               u"WHERE substr(d.date, 1, 7) BETWEEN ? AND ? AND d.date BETWEEN ? AND ?"_s,
               {rows.constFirst().month, rows.constLast().month, dateOrNull(period.from),
                dateOrNull(period.to)});
    totals.scoped(FigureStatement::deliveryInMunicipality());
    totals.add(u" GROUP BY substr(d.date, 1, 7)"_s);
    Result<QSqlQuery> query = totals.run(m_db);
    if (!query)
        return query.error();
    while (query->next()) {
        for (MonthFigures &row : rows) {
            if (row.month == query->value(0).toString()) {
                row.deliveries = query->value(1).toLongLong();
                row.quarterHours = query->value(2).toLongLong();
            }
        }
    }

    // Distinct clients, one month at a time: within a month the index holds the deliveries
    // client by client, so DISTINCT compares each with the one before instead of collecting
    // them (one grouped query over all months would have to sort the client-months).
    for (MonthFigures &row : rows) {
        const QDate first = QDate::fromString(row.month + u"-01"_s, Qt::ISODate);
        const QDate from = std::max(first, period.from);
        const QDate to = std::min(first.addMonths(1).addDays(-1), period.to);
        FigureStatement clients(m_scope);
        clients.add(u"SELECT COUNT(*) FROM (SELECT DISTINCT d.client_id FROM deliveries d "
                    u"WHERE substr(d.date, 1, 7) = ? AND d.date BETWEEN ? AND ?"_s,
                    {row.month, dateOrNull(from), dateOrNull(to)});
        clients.scoped(FigureStatement::deliveryInMunicipality());
        clients.add(u") g"_s);
        query = clients.run(m_db);
        if (!query)
            return query.error();
        if (query->next())
            row.clientsServed = query->value(0).toLongLong();
    }
    return rows;
}

} // namespace wzsw
