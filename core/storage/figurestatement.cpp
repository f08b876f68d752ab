#include "storage/figurestatement.h"

#include "common/values.h"
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

QVariant sqlDate(const QDate &date)
{
    return isoDate(date);
}

} // namespace wzsw
