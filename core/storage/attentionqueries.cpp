#include "storage/attentionqueries.h"

#include "domain/partner.h"
#include "storage/database.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

// A person's name as lists show it, in SQL: "Jan van der Berg".
const QString personName =
    u"given_name || ' ' || COALESCE(family_name_prefix || ' ', '') || family_name"_s;

struct KindQuery
{
    AttentionKind kind;
    RecordKind record;
    QString sql; ///< selects id, subject, date; `?` placeholders bound from `params`
    QVariantList params;
};

} // namespace

Result<QList<AttentionItem>> AttentionQueries::items(const QDate &today, int limit) const
{
    const QVariant now = dateOrNull(today);
    const QList<KindQuery> kinds{
        {AttentionKind::AgreementDue,
         RecordKind::Agreement,
         u"SELECT a.id, p.code || ' ' || p.name || ': ' || a.title, "_s +
             m_db.dialect().smallerOf(
                 u"COALESCE(CASE WHEN a.end_date <= ? THEN a.end_date END, '9999')"_s,
                 u"COALESCE(CASE WHEN a.review_date <= ? THEN a.review_date END, '9999')"_s) +
             u" AS due FROM agreements a JOIN partners p ON p.id = a.partner_id "
             "WHERE a.status IN ('draft', 'signed') AND (a.end_date <= ? OR a.review_date <= ?) "
             "ORDER BY due, a.id LIMIT ?"_s,
         {}},
        {AttentionKind::TrajectoryOverdue,
         RecordKind::Trajectory,
         u"SELECT t.id, p.code || ' ' || "_s + personName +
             u", t.planned_end_date FROM trajectories t JOIN providers p ON p.id = t.provider_id "
             "WHERE t.status IN ('planned', 'running') AND t.planned_end_date < ? "
             "ORDER BY t.planned_end_date, t.id LIMIT ?"_s,
         {now}},
        {AttentionKind::RequestWaiting,
         RecordKind::Request,
         u"SELECT r.id, c.code || ' ' || "_s + personName +
             u", r.request_date FROM service_requests r JOIN clients c ON c.id = r.client_id "
             "WHERE r.status = 'open' AND r.request_date < ? "
             "ORDER BY r.request_date, r.id LIMIT ?"_s,
         {dateOrNull(today.addDays(-requestWaitingDays))}},
        {AttentionKind::LadderMissing,
         RecordKind::Provider,
         u"SELECT p.id, p.code || ' ' || "_s + personName +
             u", (SELECT MAX(l.date) FROM ladder_assessments l WHERE l.provider_id = p.id) "
             "AS latest FROM providers p "
             "WHERE p.start_date <= ? AND (p.exit_date IS NULL OR p.exit_date > ?) "
             "AND NOT EXISTS (SELECT 1 FROM ladder_assessments l WHERE l.provider_id = p.id "
             "                AND l.date >= ?) "
             "ORDER BY latest NULLS FIRST, p.code LIMIT ?"_s,
         {now, now, dateOrNull(today.addMonths(-ladderMonths))}},
        {AttentionKind::ConsentMissing,
         RecordKind::Client,
         u"SELECT c.id, c.code || ' ' || "_s + personName +
             u", c.intake_date FROM clients c WHERE c.consent_date IS NULL "
             "AND c.intake_date <= ? AND (c.end_date IS NULL OR c.end_date >= ?) "
             "ORDER BY c.intake_date, c.id LIMIT ?"_s,
         {now, now}},
    };
    const QVariant horizon = dateOrNull(today.addDays(agreementWarningDays));
    QList<AttentionItem> items;
    for (const KindQuery &kind : kinds) {
        QVariantList params = kind.kind == AttentionKind::AgreementDue
                                  ? QVariantList{horizon, horizon, horizon, horizon}
                                  : kind.params;
        params.append(limit);
        QSqlQuery query = prepare(m_db, kind.sql);
        bindAll(query, params);
        if (Status status = exec(query); !status)
            return status.error();
        while (query.next()) {
            AttentionItem item{kind.kind, kind.record, idOf(query.value(0)), textOf(query.value(1)),
                               dateOf(query.value(2))};
            if (item.kind == AttentionKind::AgreementDue && item.date < today)
                item.kind = AttentionKind::AgreementOverdue;
            items.append(item);
        }
    }
    return items;
}

} // namespace wzsw
