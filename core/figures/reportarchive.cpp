#include "figures/reportarchive.h"

#include "common/values.h"
#include "figures/reportjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

struct ReportArchive
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::ReportArchive)
};

// Hours are written as numbers of hours; they were whole quarters, so this is exact.
qint64 quarters(const QJsonValue &hours)
{
    return std::llround(hours.toDouble() * 4.0);
}

qint64 integer(const QJsonValue &value)
{
    return qint64(std::llround(value.toDouble()));
}

QDate date(const QJsonValue &value)
{
    return parseDate(value.toString()).value_or(QDate());
}

Period period(const QJsonObject &o)
{
    return {date(o.value(u"from"_s)), date(o.value(u"to"_s))};
}

void readTrajectories(const QJsonObject &o, TrajectoryCounts &counts)
{
    for (const EnumEntry<TrajectoryType> &type : enumEntries<TrajectoryType>())
        counts[type.value] = integer(o.value(type.code.toString()));
}

void readLadder(const QJsonObject &o, LadderCounts &counts)
{
    for (std::size_t level = 0; level < counts.size(); ++level)
        counts[level] = integer(o.value(QString::number(level + 1)));
}

// `types` is the archive's list of service types (code and names, in the report's order),
// `fees` the fees per type code of this measures object.
Measures readMeasures(const QJsonObject &o, const QJsonArray &types, const QJsonObject &fees)
{
    Measures m;
    m.clientsNew = integer(o.value(u"clients_new"_s));
    m.clientsServed = integer(o.value(u"clients_served"_s));
    m.clientsActiveAtEnd = integer(o.value(u"clients_active_at_end"_s));
    m.providersNew = integer(o.value(u"providers_new"_s));
    m.providersActive = integer(o.value(u"providers_active"_s));
    m.deliveries = integer(o.value(u"deliveries"_s));
    m.deliveryQuarterHours = quarters(o.value(u"delivery_hours"_s));
    m.feesCents = integer(o.value(u"fees_cents"_s));
    const QJsonObject byType = o.value(u"deliveries_by_type"_s).toObject();
    for (const QJsonValue &typeValue : types) {
        const QJsonObject type = typeValue.toObject();
        const QString code = type.value(u"code"_s).toString();
        const QJsonObject figures = byType.value(code).toObject();
        m.deliveriesByType.append({code, type.value(u"name_nl"_s).toString(),
                                   type.value(u"name_en"_s).toString(),
                                   integer(figures.value(u"count"_s)),
                                   quarters(figures.value(u"hours"_s)), integer(fees.value(code))});
    }
    readTrajectories(o.value(u"trajectories_started"_s).toObject(), m.trajectoriesStarted);
    readTrajectories(o.value(u"trajectories_completed"_s).toObject(), m.trajectoriesCompleted);
    readTrajectories(o.value(u"trajectories_broken_off"_s).toObject(), m.trajectoriesBrokenOff);
    readTrajectories(o.value(u"trajectories_running_at_end"_s).toObject(),
                     m.trajectoriesRunningAtEnd);
    const QJsonObject outflow = o.value(u"outflow"_s).toObject();
    for (const EnumEntry<ExitReason> &reason : enumEntries<ExitReason>())
        m.outflow[reason.value] = integer(outflow.value(reason.code.toString()));
    m.courseEnrolled = integer(o.value(u"course_enrolled"_s));
    m.courseCertified = integer(o.value(u"course_certified"_s));
    m.ladderAssessed = integer(o.value(u"ladder_assessed"_s));
    m.ladderUp = integer(o.value(u"ladder_up"_s));
    readLadder(o.value(u"ladder_first"_s).toObject(), m.ladderFirst);
    readLadder(o.value(u"ladder_latest"_s).toObject(), m.ladderLatest);
    m.agreementsActive = integer(o.value(u"agreements_active"_s));
    m.agreementsExpiring = integer(o.value(u"agreements_expiring"_s));
    const QJsonObject budget = o.value(u"budget"_s).toObject();
    for (const EnumEntry<BudgetKind> &kind : enumEntries<BudgetKind>()) {
        const QJsonObject b = budget.value(kind.code.toString()).toObject();
        m.budget[std::size_t(kind.value)] = {integer(b.value(u"planned"_s)),
                                             integer(b.value(u"realised"_s))};
    }
    return m;
}

// The fees per type are not part of schema 1's `deliveries_by_type`: one map per measures
// object ("fees" for the report's own, "fees_<comparison key>" for the others).
QJsonObject feesOf(const Measures &m)
{
    QJsonObject fees;
    for (const TypeFigures &t : m.deliveriesByType)
        fees.insert(t.code, QJsonValue(qint64(t.feesCents)));
    return fees;
}

QString feesKey(const std::optional<ComparisonKind> &comparison)
{
    return comparison ? u"fees_"_s + comparisonKey(*comparison) : u"fees"_s;
}

} // namespace

QByteArray reportArchiveJson(const ReportData &report)
{
    QJsonObject object = reportJson(report);
    QJsonArray types;
    for (const TypeFigures &t : report.measures.deliveriesByType)
        types.append(
            QJsonObject{{u"code"_s, t.code}, {u"name_nl"_s, t.nameNl}, {u"name_en"_s, t.nameEn}});
    QJsonObject fees{{feesKey(std::nullopt), feesOf(report.measures)}};
    for (const ComparisonFigures &c : report.comparisons)
        fees.insert(feesKey(c.kind), feesOf(c.measures));
    QJsonObject towns;
    for (const NeighbourhoodFigures &n : report.byNeighbourhood)
        towns.insert(n.code, n.municipalityCode);
    QJsonObject archive{{u"project_leader"_s, report.projectLeader},
                        {u"scope_name"_s, report.scopeName},
                        {u"generated_at_ms"_s, QJsonValue(report.generatedAt.toMSecsSinceEpoch())},
                        {u"service_types"_s, types},
                        {u"fees_cents"_s, fees},
                        {u"neighbourhood_municipalities"_s, towns}};
    if (report.issuedLanguage)
        archive.insert(u"language"_s,
                       *report.issuedLanguage == Language::Dutch ? u"nl"_s : u"en"_s);
    object.insert(u"archive"_s, archive);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<ReportData> reportFromArchive(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject o = document.object();
    const QJsonObject archive = o.value(u"archive"_s).toObject();
    const std::optional<ReportKind> kind = reportKindFromCode(o.value(u"kind"_s).toString());
    if (parseError.error != QJsonParseError::NoError || archive.isEmpty() || !kind ||
        o.value(u"schema"_s).toInt() != 1)
        return Error::make(Error::Kind::Invalid,
                           ReportArchive::tr("The archived report cannot be read: it is damaged "
                                             "or was written by a newer program."));
    ReportData r;
    r.kind = *kind;
    const QString scope = o.value(u"scope"_s).toString();
    r.municipalityCode = scope == regionScopeCode() ? QString() : scope;
    r.scopeName = archive.value(u"scope_name"_s).toString();
    r.period = period(o);
    r.generatedAt =
        QDateTime::fromMSecsSinceEpoch(qint64(archive.value(u"generated_at_ms"_s).toDouble()));
    r.projectLeader = archive.value(u"project_leader"_s).toString();
    // Archives of before the language was kept have none: they draw in the chosen language.
    if (const QString language = archive.value(u"language"_s).toString(); language == u"nl"_s)
        r.issuedLanguage = Language::Dutch;
    else if (language == u"en"_s)
        r.issuedLanguage = Language::English;

    const QJsonArray types = archive.value(u"service_types"_s).toArray();
    const QJsonObject fees = archive.value(u"fees_cents"_s).toObject();
    r.measures = readMeasures(o.value(u"measures"_s).toObject(), types,
                              fees.value(feesKey(std::nullopt)).toObject());
    for (const QJsonValue &value : o.value(u"targets"_s).toArray()) {
        const QJsonObject t = value.toObject();
        r.targets.append({t.value(u"measure"_s).toString(), t.value(u"scope"_s).toString(),
                          period(t), t.value(u"value"_s).toDouble(),
                          t.value(u"actual"_s).toDouble(), t.value(u"realisation_pct"_s).toDouble(),
                          t.value(u"expected_pct"_s).toDouble(), t.value(u"behind"_s).toBool()});
    }
    const QJsonObject towns = archive.value(u"neighbourhood_municipalities"_s).toObject();
    for (const QJsonValue &value : o.value(u"by_neighbourhood"_s).toArray()) {
        const QJsonObject n = value.toObject();
        const QString code = n.value(u"code"_s).toString();
        r.byNeighbourhood.append(
            {code, n.value(u"name"_s).toString(), towns.value(code).toString(),
             integer(n.value(u"clients_served"_s)), integer(n.value(u"providers_active"_s)),
             integer(n.value(u"deliveries"_s)), quarters(n.value(u"delivery_hours"_s))});
    }
    for (const QJsonValue &value : o.value(u"by_month"_s).toArray()) {
        const QJsonObject m = value.toObject();
        r.byMonth.append({m.value(u"month"_s).toString(), integer(m.value(u"deliveries"_s)),
                          quarters(m.value(u"delivery_hours"_s)),
                          integer(m.value(u"clients_served"_s))});
    }
    for (const QJsonValue &value : o.value(u"by_municipality"_s).toArray()) {
        const QJsonObject m = value.toObject();
        r.byMunicipality.append({m.value(u"code"_s).toString(), m.value(u"name"_s).toString(),
                                 integer(m.value(u"clients_served"_s)),
                                 integer(m.value(u"deliveries"_s)),
                                 quarters(m.value(u"delivery_hours"_s))});
    }
    for (const QJsonValue &value : o.value(u"agreements"_s).toArray()) {
        const QJsonObject a = value.toObject();
        r.agreements.append({a.value(u"partner"_s).toString(), a.value(u"title"_s).toString(),
                             fromCode<AgreementStatus>(a.value(u"status"_s).toString())
                                 .value_or(AgreementStatus::Signed),
                             date(a.value(u"start"_s)), date(a.value(u"end"_s)),
                             date(a.value(u"review_date"_s)), a.value(u"expiring"_s).toBool()});
    }
    const QJsonObject comparisons = o.value(u"comparisons"_s).toObject();
    for (ComparisonKind c :
         {ComparisonKind::Interim1, ComparisonKind::PreviousMonth, ComparisonKind::YearToDate}) {
        if (!comparisons.contains(comparisonKey(c)))
            continue;
        const QJsonObject entry = comparisons.value(comparisonKey(c)).toObject();
        r.comparisons.append({c, period(entry),
                              readMeasures(entry.value(u"measures"_s).toObject(), types,
                                           fees.value(feesKey(c)).toObject())});
    }
    return r;
}

} // namespace wzsw
