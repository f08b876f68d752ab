#include "storage/matchqueries.h"

#include "domain/person.h"
#include "storage/database.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;

namespace wzsw {

Result<MatchClientPlace> MatchQueries::clientPlace(Id clientId) const
{
    QSqlQuery query = prepare(m_db, u"SELECT c.neighbourhood_id, n.municipality_id FROM clients c "
                                    "LEFT JOIN neighbourhoods n ON n.id = c.neighbourhood_id "
                                    "WHERE c.id = ?"_s);
    query.bindValue(0, qlonglong(clientId));
    if (Status status = exec(query); !status)
        return status.error();
    MatchClientPlace place;
    if (query.next()) {
        place.neighbourhoodId = idOf(query.value(0));
        place.municipalityId = idOf(query.value(1));
    }
    return place;
}

Result<QList<MatchCandidate>> MatchQueries::candidates(const ServiceRequest &request,
                                                       const QDate &day) const
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    const QDate sunday = monday.addDays(6);
    QSqlQuery query = prepare(
        m_db,
        u"SELECT p.id, p.code, p.given_name, p.family_name_prefix, p.family_name, "
        "p.neighbourhood_id, n.municipality_id, p.hours_per_week, "
        "EXISTS (SELECT 1 FROM provider_service_types t WHERE t.provider_id = p.id "
        "        AND t.service_type_id = ?), "
        "(SELECT COALESCE(SUM(d.quarter_hours), 0) FROM deliveries d WHERE d.provider_id = p.id "
        "        AND d.date BETWEEN ? AND ?), "
        "(SELECT COUNT(*) FROM deliveries d WHERE d.provider_id = p.id AND d.client_id = ?), "
        "EXISTS (SELECT 1 FROM trajectories r WHERE r.provider_id = p.id "
        "        AND r.status = 'running') "
        "FROM providers p LEFT JOIN neighbourhoods n ON n.id = p.neighbourhood_id "
        "WHERE p.start_date <= ? AND (p.exit_date IS NULL OR p.exit_date > ?)"_s);
    bindAll(query, {qlonglong(request.serviceTypeId), dateOrNull(monday), dateOrNull(sunday),
                    qlonglong(request.clientId), dateOrNull(day), dateOrNull(day)});
    if (Status status = exec(query); !status)
        return status.error();
    QList<MatchCandidate> result;
    while (query.next()) {
        MatchCandidate c;
        c.providerId = idOf(query.value(0));
        c.code = textOf(query.value(1));
        Person person;
        person.givenName = textOf(query.value(2));
        person.familyNamePrefix = textOf(query.value(3));
        person.familyName = textOf(query.value(4));
        c.name = person.fullName();
        c.neighbourhoodId = idOf(query.value(5));
        c.municipalityId = idOf(query.value(6));
        c.hoursPerWeek = query.value(7).toDouble();
        c.deliversServiceType = query.value(8).toInt() != 0;
        c.quarterHoursThisWeek = query.value(9).toInt();
        c.deliveriesToClient = query.value(10).toInt();
        c.hasRunningTrajectory = query.value(11).toInt() != 0;
        result.append(c);
    }
    return result;
}

} // namespace wzsw
