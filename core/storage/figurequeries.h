#pragma once

#include "common/result.h"
#include "figures/reportdata.h"

#include <QStringList>

#include <optional>
#include <utility>

namespace wzsw {

class Database;
class FigureStatement;

/// Where figures are counted: one municipality, or the region (every municipality).
struct FigureScope
{
    Id municipalityId = 0; ///< 0 = the region

    bool isRegion() const { return municipalityId == 0; }
};

/// The SQL behind the report figures of spec/reports.md: every aggregation runs inside the
/// database (GROUP BY, COUNT, EXISTS), so a report over a million deliveries reads each index
/// it needs once and moves only totals into the program.
///
/// Scope (reports.md "Scope"): a client or provider belongs to the municipality of their
/// neighbourhood; a delivery to its client's municipality; a trajectory and a ladder assessment
/// to the provider's municipality; an agreement to its partner's municipality, and an agreement
/// of a regional partner (no municipality) to every scope. The region is every municipality.
/// Periods include both ends; dates compare as ISO text.
///
/// Call inside a ReadTransaction so that figures from several queries add up, and make one per
/// report: it keeps the deliveries per day of the period asked for, for the periods inside it.
class FigureQueries
{
public:
    FigureQueries(const Database &db, FigureScope scope) : m_db(db), m_scope(scope) {}

    /// Every measure of reports.md "Measures" over `period`. Readings where the specification
    /// leaves room:
    /// - `deliveries_by_type` lists every service type of the data file, inactive ones too
    ///   (an inactive type may still have deliveries in the period); the totals `deliveries`,
    ///   `delivery_hours` and `fees_cents` are the sums over the types (each delivery has one).
    /// - `outflow` counts a provider under the exit reason stored with the exit date; an exit
    ///   date without a reason (the rules do not allow it) is counted under no reason.
    /// - `trajectories_running_at_end` follows the letter: a trajectory completed or broken off
    ///   after `to` was still running at `to` and counts.
    /// - The ladder: of a provider's assessments on the same date, the one entered last counts
    ///   as the later one.
    /// - `agreements_expiring`: the end date or the review date lies in `to` + 1 .. `to` + 60
    ///   days.
    /// - `budget`: a line counts when from >= report from and to <= report to. A municipality's
    ///   report counts the lines of that municipality; a region report counts every line, those
    ///   of the region as a whole (no municipality) included.
    /// With `countDistinct` false, `clients_served` and `providers_active` are left 0 for the
    /// caller to fill in from byNeighbourhood() (whose rows add up to the clients served) and
    /// providersActive(), as a report does on a second connection beside this one.
    Result<Measures> measures(const Period &period, bool countDistinct = true) const;

    /// `providers_active`: distinct providers with a delivery in `period` to a client of the
    /// scope.
    Result<qint64> providersActive(const Period &period) const;

    /// Only the measures named (reports.md measure names, as targets use them) over `period`,
    /// and whatever the same query yields with them; the others are left 0. A target over a
    /// year then costs the one query its measure comes from, not a whole set of measures.
    /// A name the program does not know computes every measure.
    Result<Measures> measuresNamed(const Period &period, const QStringList &names) const;

    /// Every neighbourhood of the scope by code, zeros included: distinct clients served,
    /// distinct providers with a delivery to a client of the neighbourhood, deliveries and
    /// hours, all within `period`.
    Result<QList<NeighbourhoodFigures>> byNeighbourhood(const Period &period) const;

    /// Every calendar month that `period` touches, zeros included; a month cut by the period's
    /// edges counts only the days inside the period.
    Result<QList<MonthFigures>> byMonth(const Period &period) const;

    /// The active agreements of the scope (status signed, start <= to, no end or end >= from),
    /// by partner name and title, with the expiring flag of `agreements_expiring`.
    Result<QList<AgreementRow>> agreements(const Period &period) const;

    /// The targets set for the scope itself (a municipality's own, or the region's: those
    /// without a municipality) whose period overlaps `period`, by start date: measure, scope,
    /// period and value only; the figures against them are computed by the caller.
    Result<QList<TargetFigures>> targets(const Period &period) const;

private:
    Status addClients(const Period &period, Measures &m) const;
    Status addClientsServed(const Period &period, Measures &m) const;
    Status addProviders(const Period &period, Measures &m) const;
    Status addProvidersActive(const Period &period, Measures &m) const;
    Status addDeliveries(const Period &period, Measures &m) const;
    Status addTrajectories(const Period &period, Measures &m) const;
    Status addLadder(const Period &period, Measures &m) const;
    Status addAgreements(const Period &period, Measures &m) const;
    Status addBudget(const Period &period, Measures &m) const;

    /// byMonth()'s distinct clients from the totals kept per month, into `rows`.
    Result<QList<MonthFigures>> clientsPerMonthFromTotals(const Period &period,
                                                          QList<MonthFigures> rows) const;
    /// Appends the subquery of the deliveries in `period` per client and provider.
    void addPairsInPeriod(FigureStatement &s, const Period &period) const;

    /// The deliveries of one day and service type (figurequeries_deliveries.cpp).
    struct DayTypeTotals
    {
        QString date;
        Id serviceTypeId = 0;
        qint64 deliveries = 0;
        qint64 quarterHours = 0;
        qint64 feesCents = 0;
    };
    /// The deliveries in `period` by day and type; a period inside one asked for before is
    /// taken from that one's rows, without reading the deliveries again.
    Result<QList<DayTypeTotals>> dayTypeTotals(const Period &period) const;

    const Database &m_db;
    FigureScope m_scope;
    mutable std::optional<std::pair<Period, QList<DayTypeTotals>>> m_days;
};

} // namespace wzsw
