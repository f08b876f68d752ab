#include "figures/computereport.h"

#include "figures/distinctfiguretask.h"
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
    static Error cancelled()
    {
        return Error::make(Error::Kind::Cancelled, tr("The report was cancelled."));
    }
};

// The measures of each period asked for, computed once: a target over the report's own period
// or a comparison over a target's period reuses them. A period asked for with the names of
// the measures wanted (the targets over it) computes only those.
class MeasureCache
{
public:
    explicit MeasureCache(const FigureQueries &queries) : m_queries(queries) {}

    void add(const Period &period, const Measures &measures)
    {
        m_known.append({period, measures, true, {}});
    }

    /// Every measure over `period`, or with `names` at least those.
    Result<Measures> of(const Period &period, const QStringList &names = {})
    {
        for (const Known &known : std::as_const(m_known))
            if (known.period == period && (known.complete || known.names == names))
                return known.measures;
        Result<Measures> measures =
            names.isEmpty() ? m_queries.measures(period) : m_queries.measuresNamed(period, names);
        if (measures)
            m_known.append({period, *measures, names.isEmpty(), names});
        return measures;
    }

private:
    struct Known
    {
        Period period;
        Measures measures;
        bool complete = false;
        QStringList names;
    };

    const FigureQueries &m_queries;
    QList<Known> m_known;
};

// The measure names of the targets over each period, so each period is queried once for
// what its targets need.
QStringList measuresOver(const QList<TargetFigures> &targets, const Period &period,
                         const QDate &reportTo)
{
    QStringList names;
    for (const TargetFigures &target : targets)
        if (actualPeriod(target.period, reportTo) == period && !names.contains(target.measure))
            names.append(target.measure);
    return names;
}

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

// The work of one computeReport call, step by step.
class ReportComputation
{
public:
    ReportComputation(Database &db, const ReportRequest &request)
        : m_db(db), m_request(request), m_places(db)
    {}

    Result<ReportData> run()
    {
        const ReadTransaction snapshot(m_db);
        if (!snapshot.ok())
            return snapshot.error();
        if (Status status = resolveScopeAndPeriods(); !status)
            return status.error();
        if (Status status = computeFigures(); !status)
            return status.error();
        return std::move(m_data);
    }

private:
    Status resolveScopeAndPeriods()
    {
        m_data.kind = m_request.kind;
        if (!m_request.municipalityCode.isEmpty()) {
            Result<std::optional<Municipality>> found =
                m_places.municipalityByCode(m_request.municipalityCode);
            if (!found)
                return found.error();
            if (!found->has_value())
                return ReportMessages::unknownMunicipality(m_request.municipalityCode);
            m_scope.municipalityId = (*found)->id;
            m_data.municipalityCode = (*found)->code;
            m_data.scopeName = (*found)->name;
        }
        const Result<std::optional<ProjectDates>> dates =
            projectDatesOf(m_db, m_scope.municipalityId);
        if (!dates)
            return dates.error();
        const QDate today = m_request.today.isValid() ? m_request.today : QDate::currentDate();
        Result<ReportPeriods> periods =
            reportPeriods(m_request.kind, m_request.from, m_request.to, *dates, today);
        if (!periods)
            return periods.error();
        m_periods = *periods;
        m_data.period = m_periods.period;
        m_data.projectLeader = dates->has_value() ? (*dates)->leader : QString();
        const QDateTime now =
            m_request.generatedAt.isValid() ? m_request.generatedAt : QDateTime::currentDateTime();
        const QTime time = now.time();
        m_data.generatedAt =
            QDateTime(now.date(), QTime(time.hour(), time.minute(), time.second()));
        return {};
    }

    Status computeFigures()
    {
        // The distinct counts in a worker while the rest is computed here. This connection has
        // read already (the project dates), so both see the same data.
        DistinctFigureTask distinct(m_db, m_scope, m_data.period);
        const FigureQueries queries(m_db, m_scope);
        if (Status status = step(queries.measures(m_data.period, false), m_data.measures, 30);
            !status)
            return status;
        if (Status status = step(queries.byMonth(m_data.period), m_data.byMonth, 50); !status)
            return status;
        if (Status status = step(queries.agreements(m_data.period), m_data.agreements, 55); !status)
            return status;
        QList<TargetFigures> targets;
        if (Status status = step(queries.targets(m_data.period), targets, 60); !status)
            return status;
        DistinctFigureTask::Figures counted;
        if (Status status = step(distinct.take(), counted, 80); !status)
            return status;
        m_data.byNeighbourhood = std::move(counted.byNeighbourhood);
        m_data.measures.providersActive = counted.providersActive;
        // Clients served from the neighbourhoods (each client lives in exactly one): that saves
        // a pass over the clients.
        for (const NeighbourhoodFigures &n : m_data.byNeighbourhood)
            m_data.measures.clientsServed += n.clientsServed;
        if (m_data.isRegion()) {
            QList<Municipality> all;
            if (Status status = step(m_places.allMunicipalities(), all, 80); !status)
                return status;
            m_data.byMunicipality = sumPerMunicipality(all, m_data.byNeighbourhood);
        }

        MeasureCache measures(queries);
        measures.add(m_data.period, m_data.measures);
        for (TargetFigures &target : targets) {
            target.scope = m_data.scopeCode();
            Measures actual;
            const Period period = actualPeriod(target.period, m_data.period.to);
            const QStringList names = measuresOver(targets, period, m_data.period.to);
            if (Status status = step(measures.of(period, names), actual, 90); !status)
                return status;
            if (std::optional<TargetFigures> evaluated =
                    evaluateTarget(target, actual, m_data.period.to))
                m_data.targets.append(*evaluated);
        }
        for (const auto &[kind, period] : m_periods.comparisons) {
            ComparisonFigures beside{kind, period, {}};
            if (Status status = step(measures.of(period), beside.measures, 100); !status)
                return status;
            m_data.comparisons.append(beside);
        }
        return step(100);
    }

    // Takes a step's result into `target` and reports progress; an error, or Cancelled when
    // the caller's progress callback asks to stop.
    template <typename T> Status step(Result<T> result, T &target, int percent)
    {
        if (!result)
            return result.error();
        target = std::move(result).value();
        return step(percent);
    }

    Status step(int percent)
    {
        if (m_request.progress && !m_request.progress(percent))
            return ReportMessages::cancelled();
        return {};
    }

    Database &m_db;
    const ReportRequest &m_request;
    PlaceRepository m_places;
    FigureScope m_scope;
    ReportPeriods m_periods;
    ReportData m_data;
};

} // namespace

Result<ReportData> computeReport(Database &db, const ReportRequest &request)
{
    return ReportComputation(db, request).run();
}

} // namespace wzsw
