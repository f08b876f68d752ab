#include "storage/figurestatement.h"

#include "domain/partner.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;

namespace wzsw {

Result<QSqlQuery> FigureStatement::run(const Database &db) const
{
    QSqlQuery query = prepare(db, m_sql);
    bindAll(query, m_params);
    if (Status status = exec(query); !status)
        return status.error();
    return query;
}

QString FigureStatement::clientsOfMunicipality()
{
    return u"SELECT sc.id FROM clients sc JOIN neighbourhoods sn ON sn.id = sc.neighbourhood_id "
           u"WHERE sn.municipality_id = ?"_s;
}

QString FigureStatement::providersOfMunicipality()
{
    return u"SELECT sp.id FROM providers sp JOIN neighbourhoods sn ON sn.id = sp.neighbourhood_id "
           u"WHERE sn.municipality_id = ?"_s;
}

QString FigureStatement::neighbourhoodsOfMunicipality()
{
    return u"SELECT sn.id FROM neighbourhoods sn WHERE sn.municipality_id = ?"_s;
}

QString FigureStatement::deliveryInMunicipality()
{
    // The unary + keeps SQLite from driving the query by the list of clients: the figure
    // queries stream an index in the order of their GROUP BY and only check each delivery
    // against the list, which is cheaper than sorting what the list would bring.
    return u" AND +d.client_id IN ("_s + clientsOfMunicipality() + u")"_s;
}

QString FigureStatement::ladderLevel(bool latest)
{
    return latest ? u"(SELECT a.level FROM ladder_assessments a WHERE a.provider_id = p.id "
                    u"AND a.date <= ? ORDER BY a.date DESC, a.id DESC LIMIT 1)"_s
                  : u"(SELECT a.level FROM ladder_assessments a WHERE a.provider_id = p.id "
                    u"AND a.date <= ? ORDER BY a.date, a.id LIMIT 1)"_s;
}

QString FigureStatement::agreementExpiring()
{
    return u"((a.end_date > ? AND a.end_date <= ?) OR (a.review_date > ? AND a.review_date <= ?))"_s;
}

QVariantList FigureStatement::agreementExpiringParams(const Period &period)
{
    const QVariant to = dateOrNull(period.to);
    const QVariant warnUntil = dateOrNull(period.to.addDays(agreementWarningDays));
    return {to, warnUntil, to, warnUntil};
}

} // namespace wzsw
