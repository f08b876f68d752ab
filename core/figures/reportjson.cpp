#include "figures/reportjson.h"

#include "common/values.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

QJsonValue count(qint64 value)
{
    return QJsonValue(value);
}

QJsonValue hours(qint64 quarterHours)
{
    return QJsonValue(hoursOf(quarterHours));
}

QJsonObject trajectoryJson(const TrajectoryCounts &counts)
{
    QJsonObject object;
    for (const EnumEntry<TrajectoryType> &type : enumEntries<TrajectoryType>())
        object.insert(type.code.toString(), count(counts[type.value]));
    object.insert(u"total"_s, count(counts.total()));
    return object;
}

QJsonObject ladderJson(const LadderCounts &counts)
{
    QJsonObject object;
    for (std::size_t level = 0; level < counts.size(); ++level)
        object.insert(QString::number(level + 1), count(counts[level]));
    return object;
}

QJsonObject periodJson(const Period &period)
{
    return QJsonObject{{u"from"_s, isoDate(period.from)}, {u"to"_s, isoDate(period.to)}};
}

QJsonArray targetsJson(const QList<TargetFigures> &targets)
{
    QJsonArray array;
    for (const TargetFigures &t : targets)
        array.append(QJsonObject{
            {u"measure"_s, t.measure},
            {u"scope"_s, t.scope},
            {u"from"_s, isoDate(t.period.from)},
            {u"to"_s, isoDate(t.period.to)},
            {u"value"_s, t.value},
            {u"actual"_s, t.actual},
            {u"realisation_pct"_s, t.realisationPct},
            {u"expected_pct"_s, t.expectedPct},
            {u"behind"_s, t.behind},
        });
    return array;
}

QJsonArray neighbourhoodsJson(const QList<NeighbourhoodFigures> &rows)
{
    QJsonArray array;
    for (const NeighbourhoodFigures &n : rows)
        array.append(QJsonObject{
            {u"code"_s, n.code},
            {u"name"_s, n.name},
            {u"clients_served"_s, count(n.clientsServed)},
            {u"providers_active"_s, count(n.providersActive)},
            {u"deliveries"_s, count(n.deliveries)},
            {u"delivery_hours"_s, hours(n.quarterHours)},
        });
    return array;
}

QJsonArray monthsJson(const QList<MonthFigures> &rows)
{
    QJsonArray array;
    for (const MonthFigures &m : rows)
        array.append(QJsonObject{
            {u"month"_s, m.month},
            {u"deliveries"_s, count(m.deliveries)},
            {u"delivery_hours"_s, hours(m.quarterHours)},
            {u"clients_served"_s, count(m.clientsServed)},
        });
    return array;
}

QJsonArray municipalitiesJson(const QList<MunicipalityFigures> &rows)
{
    QJsonArray array;
    for (const MunicipalityFigures &m : rows)
        array.append(QJsonObject{
            {u"code"_s, m.code},
            {u"name"_s, m.name},
            {u"clients_served"_s, count(m.clientsServed)},
            {u"deliveries"_s, count(m.deliveries)},
            {u"delivery_hours"_s, hours(m.quarterHours)},
        });
    return array;
}

QJsonArray agreementsJson(const QList<AgreementRow> &rows)
{
    QJsonArray array;
    for (const AgreementRow &a : rows)
        array.append(QJsonObject{
            {u"partner"_s, a.partnerName},
            {u"title"_s, a.title},
            {u"status"_s, toCode(a.status)},
            {u"start"_s, isoDate(a.startDate)},
            {u"end"_s, a.endDate.isValid() ? QJsonValue(isoDate(a.endDate)) : QJsonValue()},
            {u"review_date"_s,
             a.reviewDate.isValid() ? QJsonValue(isoDate(a.reviewDate)) : QJsonValue()},
            {u"expiring"_s, a.expiring},
        });
    return array;
}

QJsonObject comparisonsJson(const QList<ComparisonFigures> &comparisons)
{
    QJsonObject object;
    for (const ComparisonFigures &c : comparisons) {
        QJsonObject entry = periodJson(c.period);
        entry.insert(u"measures"_s, measuresJson(c.measures));
        object.insert(comparisonKey(c.kind), entry);
    }
    return object;
}

} // namespace

QJsonObject measuresJson(const Measures &m)
{
    QJsonObject byType;
    for (const TypeFigures &type : m.deliveriesByType)
        byType.insert(type.code, QJsonObject{{u"count"_s, count(type.deliveries)},
                                             {u"hours"_s, hours(type.quarterHours)}});
    QJsonObject outflow;
    for (const EnumEntry<ExitReason> &reason : enumEntries<ExitReason>())
        outflow.insert(reason.code.toString(), count(m.outflow[reason.value]));
    QJsonObject budget;
    for (const EnumEntry<BudgetKind> &kind : enumEntries<BudgetKind>())
        budget.insert(kind.code.toString(),
                      QJsonObject{{u"planned"_s, count(m.budgetOf(kind.value).plannedCents)},
                                  {u"realised"_s, count(m.budgetOf(kind.value).realisedCents)}});
    return QJsonObject{
        {u"clients_new"_s, count(m.clientsNew)},
        {u"clients_served"_s, count(m.clientsServed)},
        {u"clients_active_at_end"_s, count(m.clientsActiveAtEnd)},
        {u"providers_new"_s, count(m.providersNew)},
        {u"providers_active"_s, count(m.providersActive)},
        {u"deliveries"_s, count(m.deliveries)},
        {u"delivery_hours"_s, hours(m.deliveryQuarterHours)},
        {u"fees_cents"_s, count(m.feesCents)},
        {u"deliveries_by_type"_s, byType},
        {u"trajectories_started"_s, trajectoryJson(m.trajectoriesStarted)},
        {u"trajectories_completed"_s, trajectoryJson(m.trajectoriesCompleted)},
        {u"trajectories_broken_off"_s, trajectoryJson(m.trajectoriesBrokenOff)},
        {u"trajectories_running_at_end"_s, trajectoryJson(m.trajectoriesRunningAtEnd)},
        {u"outflow"_s, outflow},
        {u"outflow_paid_work"_s, count(m.outflowPaidWork())},
        {u"course_enrolled"_s, count(m.courseEnrolled)},
        {u"course_certified"_s, count(m.courseCertified)},
        {u"ladder_assessed"_s, count(m.ladderAssessed)},
        {u"ladder_up"_s, count(m.ladderUp)},
        {u"ladder_first"_s, ladderJson(m.ladderFirst)},
        {u"ladder_latest"_s, ladderJson(m.ladderLatest)},
        {u"agreements_active"_s, count(m.agreementsActive)},
        {u"agreements_expiring"_s, count(m.agreementsExpiring)},
        {u"budget"_s, budget},
    };
}

QJsonObject reportJson(const ReportData &report)
{
    QJsonObject object{
        {u"kind"_s, reportKindCode(report.kind)},
        {u"scope"_s, report.scopeCode()},
        {u"from"_s, isoDate(report.period.from)},
        {u"to"_s, isoDate(report.period.to)},
        {u"generated_at"_s, report.generatedAt.toString(u"yyyy-MM-ddTHH:mm:ss"_s)},
        {u"schema"_s, 1},
        {u"measures"_s, measuresJson(report.measures)},
        {u"targets"_s, targetsJson(report.targets)},
        {u"by_neighbourhood"_s, neighbourhoodsJson(report.byNeighbourhood)},
        {u"by_month"_s, monthsJson(report.byMonth)},
        {u"agreements"_s, agreementsJson(report.agreements)},
    };
    if (report.isRegion())
        object.insert(u"by_municipality"_s, municipalitiesJson(report.byMunicipality));
    else
        object.insert(u"scope_name"_s, report.scopeName);
    if (!report.comparisons.isEmpty())
        object.insert(u"comparisons"_s, comparisonsJson(report.comparisons));
    return object;
}

QByteArray reportJsonText(const ReportData &report)
{
    return QJsonDocument(reportJson(report)).toJson(QJsonDocument::Indented);
}

} // namespace wzsw
