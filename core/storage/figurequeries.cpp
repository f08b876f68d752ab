// The figures about people, trajectories, the ladder, agreements, the budget and targets. The
// delivery figures live in figurequeries_deliveries.cpp.
#include "storage/figurequeries.h"

#include "storage/deliverytotals.h"
#include "storage/figurestatement.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

// "x BETWEEN ? AND ?" counted as 0/1, so several counts come out of one pass over a table.
QString countWhen(const QString &condition)
{
    return u"COALESCE(SUM(CASE WHEN "_s + condition + u" THEN 1 ELSE 0 END), 0)"_s;
}

} // namespace

Result<Measures> FigureQueries::measures(const Period &period, bool countDistinct) const
{
    Measures m;
    if (countDistinct)
        for (const auto add :
             {&FigureQueries::addClientsServed, &FigureQueries::addProvidersActive})
            if (Status status = (this->*add)(period, m); !status)
                return status.error();
    for (const auto add :
         {&FigureQueries::addClients, &FigureQueries::addProviders, &FigureQueries::addDeliveries,
          &FigureQueries::addTrajectories, &FigureQueries::addLadder, &FigureQueries::addAgreements,
          &FigureQueries::addBudget}) {
        if (Status status = (this->*add)(period, m); !status)
            return status.error();
    }
    return m;
}

Status FigureQueries::addClients(const Period &period, Measures &m) const
{
    const QVariant from = dateOrNull(period.from);
    const QVariant to = dateOrNull(period.to);
    FigureStatement counts(m_scope);
    counts.add(u"SELECT "_s + countWhen(u"c.intake_date BETWEEN ? AND ?"_s) + u", "_s +
                   countWhen(u"c.intake_date <= ? AND (c.end_date IS NULL OR c.end_date > ?)"_s) +
                   u" FROM clients c WHERE 1 = 1"_s,
               {from, to, to, to});
    counts.scoped(u" AND c.neighbourhood_id IN ("_s +
                  FigureStatement::neighbourhoodsOfMunicipality() + u")"_s);
    Result<QSqlQuery> query = counts.run(m_db);
    if (!query)
        return query.error();
    if (query->next()) {
        m.clientsNew = query->value(0).toLongLong();
        m.clientsActiveAtEnd = query->value(1).toLongLong();
    }
    return {};
}

Status FigureQueries::addClientsServed(const Period &period, Measures &m) const
{
    const QVariant from = dateOrNull(period.from);
    const QVariant to = dateOrNull(period.to);
    FigureStatement served(m_scope);
    if (deliverytotals::keptIn(m_db)) {
        // From the totals of each client and provider.
        served.add(u"SELECT COUNT(DISTINCT CASE WHEN p.deliveries > 0 THEN p.client_id END) "
                   u"FROM ("_s);
        addPairsInPeriod(served, period);
        served.add(u") p"_s);
    } else {
        // One index seek per client on deliveries (client, date): cheaper than collecting the
        // distinct client ids of a million deliveries.
        served.add(u"SELECT COUNT(*) FROM clients c WHERE EXISTS (SELECT 1 FROM deliveries d "
                   u"WHERE d.client_id = c.id AND d.date BETWEEN ? AND ?)"_s,
                   {from, to});
        served.scoped(u" AND c.neighbourhood_id IN ("_s +
                      FigureStatement::neighbourhoodsOfMunicipality() + u")"_s);
    }
    Result<QSqlQuery> query = served.run(m_db);
    if (!query)
        return query.error();
    if (query->next())
        m.clientsServed = query->value(0).toLongLong();
    return {};
}

Status FigureQueries::addProviders(const Period &period, Measures &m) const
{
    const QVariant from = dateOrNull(period.from);
    const QVariant to = dateOrNull(period.to);
    const QString providerInScope = u" AND p.neighbourhood_id IN ("_s +
                                    FigureStatement::neighbourhoodsOfMunicipality() + u")"_s;

    FigureStatement counts(m_scope);
    counts.add(u"SELECT "_s + countWhen(u"p.start_date BETWEEN ? AND ?"_s) + u", "_s +
                   countWhen(u"p.course_enrolled_date BETWEEN ? AND ?"_s) + u", "_s +
                   countWhen(u"p.course_certified_date BETWEEN ? AND ?"_s) +
                   u" FROM providers p WHERE 1 = 1"_s,
               {from, to, from, to, from, to});
    counts.scoped(providerInScope);
    Result<QSqlQuery> query = counts.run(m_db);
    if (!query)
        return query.error();
    if (query->next()) {
        m.providersNew = query->value(0).toLongLong();
        m.courseEnrolled = query->value(1).toLongLong();
        m.courseCertified = query->value(2).toLongLong();
    }

    FigureStatement outflow(m_scope);
    outflow.add(u"SELECT p.exit_reason, COUNT(*) FROM providers p "
                u"WHERE p.exit_date BETWEEN ? AND ? AND p.exit_reason IS NOT NULL"_s,
                {from, to});
    outflow.scoped(providerInScope);
    outflow.add(u" GROUP BY p.exit_reason"_s);
    query = outflow.run(m_db);
    if (!query)
        return query.error();
    while (query->next())
        if (const auto reason = fromCode<ExitReason>(query->value(0).toString()))
            m.outflow[*reason] += query->value(1).toLongLong();

    return {};
}

Status FigureQueries::addProvidersActive(const Period &period, Measures &m) const
{
    const Result<qint64> active = providersActive(period);
    if (!active)
        return active.error();
    m.providersActive = *active;
    return {};
}

Result<qint64> FigureQueries::providersActive(const Period &period) const
{
    // Active in the scope = delivered to a client of the scope; the provider's own
    // municipality does not matter (reports.md: the client's municipality decides).
    FigureStatement active(m_scope);
    active.add(u"SELECT COUNT(*) FROM providers p WHERE EXISTS (SELECT 1 FROM deliveries d "
               u"WHERE d.provider_id = p.id AND d.date BETWEEN ? AND ?"_s,
               {dateOrNull(period.from), dateOrNull(period.to)});
    active.scoped(FigureStatement::deliveryInMunicipality());
    active.add(u")"_s);
    Result<QSqlQuery> query = active.run(m_db);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Status FigureQueries::addTrajectories(const Period &period, Measures &m) const
{
    const QVariant from = dateOrNull(period.from);
    const QVariant to = dateOrNull(period.to);
    const QVariant planned = toCode(TrajectoryStatus::Planned);
    const QVariant completed = toCode(TrajectoryStatus::Completed);
    const QVariant brokenOff = toCode(TrajectoryStatus::BrokenOff);
    FigureStatement s(m_scope);
    s.add(u"SELECT t.type, "_s + countWhen(u"t.status <> ? AND t.start_date BETWEEN ? AND ?"_s) +
              u", "_s + countWhen(u"t.status = ? AND t.actual_end_date BETWEEN ? AND ?"_s) +
              u", "_s + countWhen(u"t.status = ? AND t.actual_end_date BETWEEN ? AND ?"_s) +
              u", "_s +
              countWhen(u"t.status <> ? AND t.start_date <= ? AND "
                        u"(t.actual_end_date IS NULL OR t.actual_end_date > ?)"_s) +
              u" FROM trajectories t WHERE 1 = 1"_s,
          {planned, from, to, completed, from, to, brokenOff, from, to, planned, to, to});
    s.scoped(u" AND t.provider_id IN ("_s + FigureStatement::providersOfMunicipality() + u")"_s);
    s.add(u" GROUP BY t.type"_s);
    Result<QSqlQuery> query = s.run(m_db);
    if (!query)
        return query.error();
    while (query->next()) {
        const std::optional<TrajectoryType> type =
            fromCode<TrajectoryType>(query->value(0).toString());
        if (!type)
            continue;
        m.trajectoriesStarted[*type] = query->value(1).toLongLong();
        m.trajectoriesCompleted[*type] = query->value(2).toLongLong();
        m.trajectoriesBrokenOff[*type] = query->value(3).toLongLong();
        m.trajectoriesRunningAtEnd[*type] = query->value(4).toLongLong();
    }
    return {};
}

Status FigureQueries::addLadder(const Period &period, Measures &m) const
{
    const QVariant from = dateOrNull(period.from);
    const QVariant to = dateOrNull(period.to);
    // Each provider in scope with their earliest and latest level dated <= to, counted per
    // (first, latest) pair: at most 36 rows, from which every ladder measure follows. The levels
    // are MATERIALIZED once per provider: a subquery SQLite flattens into the outer query would
    // repeat both lookups for the WHERE, the GROUP BY and the result (six per provider).
    FigureStatement s(m_scope);
    s.add(u"WITH f AS MATERIALIZED (SELECT "_s + FigureStatement::ladderLevel(false) +
              u" AS first_level, "_s + FigureStatement::ladderLevel(true) +
              u" AS latest_level FROM providers p WHERE p.start_date <= ? AND "
              u"(p.exit_date IS NULL OR p.exit_date >= ?)"_s,
          {to, to, to, from});
    s.scoped(u" AND p.neighbourhood_id IN ("_s + FigureStatement::neighbourhoodsOfMunicipality() +
             u")"_s);
    s.add(u") SELECT f.first_level, f.latest_level, COUNT(*) FROM f "
          u"WHERE f.first_level IS NOT NULL GROUP BY f.first_level, f.latest_level"_s);
    Result<QSqlQuery> query = s.run(m_db);
    if (!query)
        return query.error();
    while (query->next()) {
        const int first = query->value(0).toInt();
        const int latest = query->value(1).toInt();
        const qint64 providers = query->value(2).toLongLong();
        if (first < 1 || first > 6 || latest < 1 || latest > 6)
            continue; // the schema allows 1..6 only
        m.ladderAssessed += providers;
        m.ladderFirst[std::size_t(first - 1)] += providers;
        m.ladderLatest[std::size_t(latest - 1)] += providers;
        if (latest > first)
            m.ladderUp += providers;
    }
    return {};
}

namespace {

// The active agreements of reports.md, with their expiring flag as column `expiring`.
FigureStatement activeAgreements(FigureScope scope, const QString &select, const Period &period)
{
    FigureStatement s(scope);
    s.add(u"SELECT "_s + select +
              u" FROM (SELECT pa.name AS partner_name, a.id, a.title, a.status, a.start_date, "
              u"a.end_date, a.review_date, CASE WHEN "_s +
              FigureStatement::agreementExpiring() +
              u" THEN 1 ELSE 0 END AS expiring FROM agreements a "
              u"JOIN partners pa ON pa.id = a.partner_id"_s,
          FigureStatement::agreementExpiringParams(period));
    s.add(
        u" WHERE a.status = ? AND a.start_date <= ? AND (a.end_date IS NULL OR a.end_date >= ?)"_s,
        {toCode(AgreementStatus::Signed), dateOrNull(period.to), dateOrNull(period.from)});
    s.scoped(u" AND (pa.municipality_id IS NULL OR pa.municipality_id = ?)"_s);
    s.add(u") ag"_s);
    return s;
}

} // namespace

Status FigureQueries::addAgreements(const Period &period, Measures &m) const
{
    Result<QSqlQuery> query =
        activeAgreements(m_scope, u"COUNT(*), COALESCE(SUM(ag.expiring), 0)"_s, period).run(m_db);
    if (!query)
        return query.error();
    if (query->next()) {
        m.agreementsActive = query->value(0).toLongLong();
        m.agreementsExpiring = query->value(1).toLongLong();
    }
    return {};
}

Result<QList<AgreementRow>> FigureQueries::agreements(const Period &period) const
{
    FigureStatement s = activeAgreements(
        m_scope,
        u"ag.partner_name, ag.title, ag.status, ag.start_date, ag.end_date, ag.review_date, "
        u"ag.expiring"_s,
        period);
    s.add(u" ORDER BY ag.partner_name, ag.title, ag.id"_s);
    Result<QSqlQuery> query = s.run(m_db);
    if (!query)
        return query.error();
    QList<AgreementRow> rows;
    while (query->next()) {
        AgreementRow row;
        row.partnerName = textOf(query->value(0));
        row.title = textOf(query->value(1));
        row.status =
            fromCode<AgreementStatus>(query->value(2).toString()).value_or(AgreementStatus::Signed);
        row.startDate = dateOf(query->value(3));
        row.endDate = dateOf(query->value(4));
        row.reviewDate = dateOf(query->value(5));
        row.expiring = query->value(6).toInt() != 0;
        rows.append(row);
    }
    return rows;
}

Status FigureQueries::addBudget(const Period &period, Measures &m) const
{
    FigureStatement s(m_scope);
    s.add(u"SELECT b.kind, COALESCE(SUM(b.planned_cents), 0), COALESCE(SUM(b.realised_cents), 0) "
          u"FROM budget_lines b WHERE b.from_date >= ? AND b.to_date <= ?"_s,
          {dateOrNull(period.from), dateOrNull(period.to)});
    s.scoped(u" AND b.municipality_id = ?"_s);
    s.add(u" GROUP BY b.kind"_s);
    Result<QSqlQuery> query = s.run(m_db);
    if (!query)
        return query.error();
    while (query->next()) {
        if (const auto kind = fromCode<BudgetKind>(query->value(0).toString())) {
            m.budget[std::size_t(*kind)].plannedCents = query->value(1).toLongLong();
            m.budget[std::size_t(*kind)].realisedCents = query->value(2).toLongLong();
        }
    }
    return {};
}

Result<QList<TargetFigures>> FigureQueries::targets(const Period &period) const
{
    FigureStatement s(m_scope);
    s.add(u"SELECT t.measure, t.from_date, t.to_date, t.value FROM targets t "
          u"WHERE t.from_date <= ? AND t.to_date >= ?"_s,
          {dateOrNull(period.to), dateOrNull(period.from)});
    if (m_scope.isRegion())
        s.add(u" AND t.municipality_id IS NULL"_s);
    else
        s.add(u" AND t.municipality_id = ?"_s, {qlonglong(m_scope.municipalityId)});
    // By content, not by id: the same targets keep their order after an exchange or a move to
    // the regional server, where they are stored in the exchange format's order.
    s.add(u" ORDER BY t.from_date, t.to_date, t.measure, t.value, t.id"_s);
    Result<QSqlQuery> query = s.run(m_db);
    if (!query)
        return query.error();
    QList<TargetFigures> targets;
    while (query->next()) {
        TargetFigures target;
        target.measure = textOf(query->value(0));
        target.period = Period{dateOf(query->value(1)), dateOf(query->value(2))};
        target.value = query->value(3).toDouble();
        targets.append(target);
    }
    return targets;
}

} // namespace wzsw
