#include "figures/computereport.h"

#include "figures/reportperiods.h"
#include "figures/targetfigures.h"
#include "storage/figurequeries.h"
#include "storage/placerepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

class ReportMessages
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::Report)

public:
    static Error unknownMunicipality(const QString &code)
    {
        return Error::make(Error::Kind::NotFound,
                           tr("The data file has no municipality %1.").arg(code));
    }
};

// The measures of each period asked for, computed once: a target over the report's own period
// or a comparison over a target's period reuses them.
class MeasureCache
{
public:
    explicit MeasureCache(const FigureQueries &queries) : m_queries(queries) {}

    void add(const Period &period, const Measures &measures) { m_known.append({period, measures}); }

    Result<Measures> of(const Period &period)
    {
        for (const auto &[known, measures] : m_known)
            if (known == period)
                return measures;
        Result<Measures> measures = m_queries.measures(period);
        if (measures)
            m_known.append({period, *measures});
        return measures;
    }

private:
    const FigureQueries &m_queries;
    QList<std::pair<Period, Measures>> m_known;
};

QList<MunicipalityFigures> sumPerMunicipality(const QList<Municipality> &municipalities,
                                              const QList<NeighbourhoodFigures> &neighbourhoods)
{
    QList<MunicipalityFigures> rows;
    for (const Municipality &municipality : municipalities) {
        MunicipalityFigures row{municipality.code, municipality.name};
        for (const NeighbourhoodFigures &n : neighbourhoods) {
            if (n.municipalityCode != municipality.code)
                continue;
            row.clientsServed += n.clientsServed;
            row.deliveries += n.deliveries;
            row.quarterHours += n.quarterHours;
        }
        rows.append(row);
    }
    return rows;
}

} // namespace

Result<ReportData> computeReport(Database &db, const ReportRequest &request)
{
    const ReadTransaction snapshot(db);
    if (!snapshot.ok())
        return snapshot.error();

    ReportData data;
    data.kind = request.kind;
    PlaceRepository places(db);
    FigureScope scope;
    if (!request.municipalityCode.isEmpty()) {
        Result<std::optional<Municipality>> found =
            places.municipalityByCode(request.municipalityCode);
        if (!found)
            return found.error();
        if (!found->has_value())
            return ReportMessages::unknownMunicipality(request.municipalityCode);
        scope.municipalityId = (*found)->id;
        data.municipalityCode = (*found)->code;
        data.scopeName = (*found)->name;
    }

    const Result<std::optional<ProjectDates>> dates = projectDatesOf(db, scope.municipalityId);
    if (!dates)
        return dates.error();
    const QDate today = request.today.isValid() ? request.today : QDate::currentDate();
    const Result<ReportPeriods> periods =
        reportPeriods(request.kind, request.from, request.to, *dates, today);
    if (!periods)
        return periods.error();
    data.period = periods->period;
    data.projectLeader = dates->has_value() ? (*dates)->leader : QString();
    data.generatedAt =
        request.generatedAt.isValid() ? request.generatedAt : QDateTime::currentDateTime();
    data.generatedAt.setTime(QTime(data.generatedAt.time().hour(), data.generatedAt.time().minute(),
                                   data.generatedAt.time().second()));

    // The report's own measures first, clients served taken from the neighbourhoods (each
    // client lives in exactly one): that saves a pass over the clients.
    const FigureQueries queries(db, scope);
    Result<QList<NeighbourhoodFigures>> neighbourhoods = queries.byNeighbourhood(data.period);
    if (!neighbourhoods)
        return neighbourhoods.error();
    data.byNeighbourhood = *neighbourhoods;
    Result<Measures> own = queries.measures(data.period, false);
    if (!own)
        return own.error();
    data.measures = *own;
    for (const NeighbourhoodFigures &n : data.byNeighbourhood)
        data.measures.clientsServed += n.clientsServed;
    MeasureCache measures(queries);
    measures.add(data.period, data.measures);

    Result<QList<TargetFigures>> targets = queries.targets(data.period);
    if (!targets)
        return targets.error();
    for (TargetFigures &target : *targets) {
        target.scope = data.scopeCode();
        Result<Measures> actual = measures.of(actualPeriod(target.period, data.period.to));
        if (!actual)
            return actual.error();
        if (std::optional<TargetFigures> evaluated =
                evaluateTarget(target, *actual, data.period.to))
            data.targets.append(*evaluated);
    }

    Result<QList<MonthFigures>> months = queries.byMonth(data.period);
    if (!months)
        return months.error();
    data.byMonth = *months;
    Result<QList<AgreementRow>> agreements = queries.agreements(data.period);
    if (!agreements)
        return agreements.error();
    data.agreements = *agreements;

    if (data.isRegion()) {
        Result<QList<Municipality>> all = places.allMunicipalities();
        if (!all)
            return all.error();
        data.byMunicipality = sumPerMunicipality(*all, data.byNeighbourhood);
    }

    for (const auto &[kind, period] : periods->comparisons) {
        Result<Measures> beside = measures.of(period);
        if (!beside)
            return beside.error();
        data.comparisons.append(ComparisonFigures{kind, period, *beside});
    }
    return data;
}

} // namespace wzsw
