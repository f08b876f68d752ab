#include "storage/departmentqueries.h"

#include "storage/database.h"
#include "storage/figurestatement.h"
#include "storage/sql.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

// The identifying columns of person `alias`, or NULLs in their place so that the column
// positions stay the same: four columns (given name, prefix, family name, BSN).
QString identitySelect(const QString &alias, IdentityColumns identity)
{
    const QString names = identity.names
                              ? alias + u".given_name, "_s + alias + u".family_name_prefix, "_s +
                                    alias + u".family_name"_s
                              : u"NULL, NULL, NULL"_s;
    return names + (identity.bsn ? u", "_s + alias + u".bsn"_s : u", NULL"_s);
}

PersonIdentity identityOf(const QSqlQuery &query, int first)
{
    return {textOf(query.value(first)), textOf(query.value(first + 1)),
            textOf(query.value(first + 2)), textOf(query.value(first + 3))};
}

template <typename E> std::optional<E> enumOf(const QVariant &value)
{
    return value.isNull() ? std::nullopt : fromCode<E>(value.toString());
}

} // namespace

Status DepartmentQueries::wmo(const Period &period, IdentityColumns identity,
                              const std::function<bool(const WmoRow &)> &visit) const
{
    const SqlDialect &sql = m_db.dialect();
    // The deliveries are grouped by client and type first, in one pass over the table: the
    // whole project period holds nearly every delivery, and the date index would cost a
    // lookup per delivery (withoutIndex). Only the groups meet the clients, and only they
    // are sorted.
    FigureStatement s(m_scope);
    s.add(u"SELECT c.id, "_s + identitySelect(u"c"_s, identity) +
              u", substr(c.birth_date, 1, 4), n.code, (SELECT "_s +
              sql.joinedList(u"t.target_group"_s) +
              u" FROM client_target_groups t WHERE t.client_id = c.id), c.lives_alone, "
              u"g.service_type_id, g.deliveries, g.quarter_hours FROM (SELECT d.client_id, "
              u"d.service_type_id, COUNT(*) AS deliveries, SUM(d.quarter_hours) AS quarter_hours "
              u"FROM deliveries d WHERE "_s +
              sql.withoutIndex(u"d.date"_s) +
              u" BETWEEN ? AND ? GROUP BY d.client_id, d.service_type_id) g "
              u"JOIN clients c ON c.id = g.client_id "
              u"JOIN neighbourhoods n ON n.id = c.neighbourhood_id WHERE 1 = 1"_s,
          {dateOrNull(period.from), dateOrNull(period.to)});
    s.scoped(u" AND n.municipality_id = ?"_s);
    s.add(u" ORDER BY n.code, substr(c.birth_date, 1, 4), c.id, g.service_type_id"_s);
    Result<QSqlQuery> query = s.run(m_db);
    if (!query)
        return query.error();
    WmoRow row;
    while (query->next()) {
        row.clientId = idOf(query->value(0));
        row.identity = identityOf(*query, 1);
        row.birthYear = query->value(5).toInt();
        row.neighbourhoodCode = textOf(query->value(6));
        row.targetGroupCodes = textOf(query->value(7));
        row.livesAlone = query->value(8).toInt() != 0;
        row.serviceTypeId = idOf(query->value(9));
        row.deliveries = query->value(10).toLongLong();
        row.quarterHours = query->value(11).toLongLong();
        if (!visit(row))
            break;
    }
    return {};
}

Status
DepartmentQueries::participation(const Period &period, IdentityColumns identity,
                                 const std::function<bool(const ParticipationRow &)> &visit) const
{
    const QVariant from = dateOrNull(period.from);
    const QVariant to = dateOrNull(period.to);
    FigureStatement s(m_scope);
    s.add(u"SELECT p.id, "_s + identitySelect(u"p"_s, identity) +
              u", substr(p.birth_date, 1, 4), n.code, p.background, t.type, t.framework, "
              u"t.start_date, t.planned_end_date, t.actual_end_date, t.status, "_s +
              FigureStatement::ladderLevel(false) + u", "_s + FigureStatement::ladderLevel(true) +
              u", (SELECT COALESCE(SUM(d.quarter_hours), 0) FROM deliveries d "
              u"WHERE d.provider_id = p.id AND d.date BETWEEN ? AND ?), "
              u"p.course_enrolled_date, p.course_level, p.course_certified_date, "
              u"p.course_dropped_date, p.exit_date, p.exit_reason FROM providers p "
              u"JOIN neighbourhoods n ON n.id = p.neighbourhood_id "_s,
          {to, to, from, to});
    // The trajectory of the row: of those overlapping the period, the one started last.
    s.add(u"JOIN trajectories t ON t.id = (SELECT t2.id FROM trajectories t2 "
          u"WHERE t2.provider_id = p.id AND t2.start_date <= ? AND "
          u"(t2.actual_end_date IS NULL OR t2.actual_end_date >= ?) "
          u"ORDER BY t2.start_date DESC, t2.id DESC LIMIT 1) WHERE 1 = 1"_s,
          {to, from});
    s.scoped(u" AND n.municipality_id = ?"_s);
    s.add(u" ORDER BY n.code, substr(p.birth_date, 1, 4), p.id"_s);
    Result<QSqlQuery> query = s.run(m_db);
    if (!query)
        return query.error();
    while (query->next()) {
        ParticipationRow row;
        row.providerId = idOf(query->value(0));
        row.identity = identityOf(*query, 1);
        row.birthYear = query->value(5).toInt();
        row.neighbourhoodCode = textOf(query->value(6));
        row.background = enumOf<Background>(query->value(7));
        row.trajectoryType = enumOf<TrajectoryType>(query->value(8));
        row.framework = enumOf<Framework>(query->value(9));
        row.start = dateOf(query->value(10));
        row.plannedEnd = dateOf(query->value(11));
        row.actualEnd = dateOf(query->value(12));
        row.status = enumOf<TrajectoryStatus>(query->value(13));
        row.ladderFirst = query->value(14).toInt();
        row.ladderLatest = query->value(15).toInt();
        row.quarterHours = query->value(16).toLongLong();
        row.courseEnrolled = dateOf(query->value(17));
        row.courseLevel = query->value(18).toInt();
        row.courseCertified = dateOf(query->value(19));
        row.courseDropped = dateOf(query->value(20));
        row.exitDate = dateOf(query->value(21));
        row.exitReason = enumOf<ExitReason>(query->value(22));
        if (!visit(row))
            break;
    }
    return {};
}

Status
DepartmentQueries::agreements(const Period &period,
                              const std::function<bool(const AgreementExportRow &)> &visit) const
{
    FigureStatement s(m_scope);
    s.add(u"SELECT pa.name, pa.kind, a.title, (SELECT "_s +
              m_db.dialect().joinedList(u"sc.scope"_s) +
              u" FROM agreement_scopes sc WHERE sc.agreement_id = a.id), a.start_date, "
              u"a.end_date, a.status, a.review_date, CASE WHEN a.status = ? AND "_s +
              FigureStatement::agreementExpiring() +
              u" THEN 1 ELSE 0 END FROM agreements a JOIN partners pa ON pa.id = a.partner_id"_s,
          QVariantList{toCode(AgreementStatus::Signed)} +
              FigureStatement::agreementExpiringParams(period));
    s.add(u" WHERE a.start_date <= ? AND (a.end_date IS NULL OR a.end_date >= ?)"_s,
          {dateOrNull(period.to), dateOrNull(period.from)});
    s.scoped(u" AND (pa.municipality_id IS NULL OR pa.municipality_id = ?)"_s);
    s.add(u" ORDER BY pa.name, a.title, a.id"_s);
    Result<QSqlQuery> query = s.run(m_db);
    if (!query)
        return query.error();
    while (query->next()) {
        AgreementExportRow row;
        row.partnerName = textOf(query->value(0));
        row.partnerKind = enumOf<PartnerKind>(query->value(1));
        row.title = textOf(query->value(2));
        for (const QString &code : textOf(query->value(3)).split(u'|', Qt::SkipEmptyParts))
            if (const std::optional<AgreementScope> scope = fromCode<AgreementScope>(code))
                row.scopes.append(*scope);
        std::sort(row.scopes.begin(), row.scopes.end());
        row.start = dateOf(query->value(4));
        row.end = dateOf(query->value(5));
        row.status = enumOf<AgreementStatus>(query->value(6));
        row.reviewDate = dateOf(query->value(7));
        row.expiring = query->value(8).toInt() != 0;
        if (!visit(row))
            break;
    }
    return {};
}

} // namespace wzsw
