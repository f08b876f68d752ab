#pragma once

#include "domain/enums.h"
#include "domain/ids.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <numeric>
#include <optional>

namespace wzsw {

/// The four reports of spec/reports.md "Kinds".
enum class ReportKind
{
    Interim1,
    Interim2,
    Final,
    Monthly
};

/// "interim-1", "interim-2", "final", "monthly": the code on the command line and in the JSON.
QString reportKindCode(ReportKind kind);
std::optional<ReportKind> reportKindFromCode(QStringView code);
/// Every code, in the order above (for usage messages).
QStringList reportKindCodes();
/// The report's title, e.g. "Eerste tussenrapportage" / "First interim report".
QString reportKindTitle(ReportKind kind, Language language);

/// A stretch of calendar days; both ends count.
struct Period
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    /// Number of days, both ends counted: 2025-01-01 .. 2025-01-31 is 31.
    qint64 days() const { return from.daysTo(to) + 1; }
    bool operator==(const Period &) const = default;
};

/// A count for every value of an enumeration (zeros included) and their total.
template <typename E, std::size_t N> struct CountsBy
{
    std::array<qint64, N> counts{};

    qint64 &operator[](E value) { return counts[std::size_t(value)]; }
    qint64 operator[](E value) const { return counts[std::size_t(value)]; }
    qint64 total() const { return std::accumulate(counts.begin(), counts.end(), qint64(0)); }
    bool operator==(const CountsBy &) const = default;
};

/// Per trajectory type (orientation, activation, placement); `total()` is the sum.
using TrajectoryCounts = CountsBy<TrajectoryType, 3>;
/// Providers per exit reason.
using OutflowCounts = CountsBy<ExitReason, 7>;
/// Providers per participation-ladder level; index 0 is level 1, index 5 level 6.
using LadderCounts = std::array<qint64, 6>;

/// Hours are counted in whole quarters so that sums stay exact; this is the number people read.
inline double hoursOf(qint64 quarterHours)
{
    return double(quarterHours) / 4.0;
}

/// Deliveries of one service type.
struct TypeFigures
{
    QString code; ///< the service type's code, e.g. "boodschappen"
    QString nameNl;
    QString nameEn;
    qint64 deliveries = 0;
    qint64 quarterHours = 0;
    Cents feesCents = 0;
    bool operator==(const TypeFigures &) const = default;
};

/// Planned and realised amounts of one budget kind.
struct BudgetFigures
{
    Cents plannedCents = 0;
    Cents realisedCents = 0;
    bool operator==(const BudgetFigures &) const = default;
};

/// Every measure of spec/reports.md "Measures" for one scope and one period. Names follow the
/// measure names of the specification.
struct Measures
{
    qint64 clientsNew = 0;
    qint64 clientsServed = 0;
    qint64 clientsActiveAtEnd = 0;
    qint64 providersNew = 0;
    qint64 providersActive = 0;
    qint64 deliveries = 0;
    qint64 deliveryQuarterHours = 0;
    Cents feesCents = 0;
    /// Every service type of the data file (inactive ones too), by code, zeros included.
    QList<TypeFigures> deliveriesByType;
    TrajectoryCounts trajectoriesStarted;
    TrajectoryCounts trajectoriesCompleted;
    TrajectoryCounts trajectoriesBrokenOff;
    TrajectoryCounts trajectoriesRunningAtEnd;
    OutflowCounts outflow;
    qint64 courseEnrolled = 0;
    qint64 courseCertified = 0;
    qint64 ladderAssessed = 0;
    qint64 ladderUp = 0;
    LadderCounts ladderFirst{};
    LadderCounts ladderLatest{};
    qint64 agreementsActive = 0;
    qint64 agreementsExpiring = 0;
    std::array<BudgetFigures, 2> budget{}; ///< by BudgetKind: income, cost

    double deliveryHours() const { return hoursOf(deliveryQuarterHours); }
    /// `paid_work_regular` + `paid_work_subsidised`.
    qint64 outflowPaidWork() const;
    const BudgetFigures &budgetOf(BudgetKind kind) const { return budget[std::size_t(kind)]; }

    /// The value of a measure by its target name (planning.h targetMeasureNames(), e.g.
    /// "deliveries", "delivery_hours", "trajectories_started.placement"); nothing for an
    /// unknown name.
    std::optional<double> valueOf(const QString &measureName) const;

    bool operator==(const Measures &) const = default;
};

/// A target as a report shows it (spec/reports.md "Targets").
struct TargetFigures
{
    QString measure;
    QString scope; ///< municipality code, or "region"
    Period period; ///< the target's own period
    double value = 0;
    double actual = 0;         ///< the measure over target from .. min(target to, report to)
    double realisationPct = 0; ///< one decimal
    double expectedPct = 0;    ///< one decimal
    bool behind = false;       ///< expected - realisation > 10 points
};

/// One row of `by_neighbourhood`.
struct NeighbourhoodFigures
{
    QString code;
    QString name;
    QString municipalityCode;
    qint64 clientsServed = 0;
    qint64 providersActive = 0;
    qint64 deliveries = 0;
    qint64 quarterHours = 0;
};

/// One row of `by_month`.
struct MonthFigures
{
    QString month; ///< "2025-01"
    qint64 deliveries = 0;
    qint64 quarterHours = 0;
    qint64 clientsServed = 0;
};

/// One row of `by_municipality` (region reports).
struct MunicipalityFigures
{
    QString code;
    QString name;
    qint64 clientsServed = 0;
    qint64 deliveries = 0;
    qint64 quarterHours = 0;
};

/// One row of the partner agreements table of the printed report: no personal data.
struct AgreementRow
{
    QString partnerName;
    QString title;
    AgreementStatus status = AgreementStatus::Signed;
    QDate startDate;
    QDate endDate;
    QDate reviewDate;
    bool expiring = false; ///< end or review date after `to` and at most 60 days after it
};

/// A period shown beside the report's own: interim-1 beside interim-2, the month before and
/// the year to date beside a monthly overview.
enum class ComparisonKind
{
    Interim1,
    PreviousMonth,
    YearToDate
};

/// "interim_1", "previous_month", "year_to_date": the key in the JSON.
QString comparisonKey(ComparisonKind kind);

struct ComparisonFigures
{
    ComparisonKind kind = ComparisonKind::Interim1;
    Period period;
    Measures measures;
};

/// Everything a steering-group report shows, computed once (computeReport) and rendered from
/// this one value to the screen, the print, the PDF and the JSON. Aggregates only: no names of
/// clients or providers, no BSNs, no notes.
struct ReportData
{
    ReportKind kind = ReportKind::Final;
    QString municipalityCode; ///< empty for a region report
    QString scopeName;        ///< the municipality's name; empty for a region report
    Period period;
    QDateTime generatedAt;
    QString projectLeader; ///< the author on the cover, from the project settings
    /// The language an issued report was drawn in when it was issued, so that it prints again
    /// as the steering group received it; none for a report computed now, which is drawn in
    /// the language the user chooses.
    std::optional<Language> issuedLanguage;

    Measures measures;
    QList<TargetFigures> targets;
    QList<NeighbourhoodFigures> byNeighbourhood; ///< every neighbourhood of the scope, by code
    QList<MonthFigures> byMonth;                 ///< every calendar month of the period
    QList<MunicipalityFigures> byMunicipality;   ///< region reports only, by code
    QList<AgreementRow> agreements;              ///< the active agreements, by partner and title
    QList<ComparisonFigures> comparisons;

    bool isRegion() const { return municipalityCode.isEmpty(); }
    /// The municipality code, or "region".
    QString scopeCode() const;
};

/// The scope code of a region report and of region targets.
inline QString regionScopeCode()
{
    return QStringLiteral("region");
}

} // namespace wzsw
