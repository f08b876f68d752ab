#pragma once

#include "common/result.h"
#include "figures/reportdata.h"

#include <functional>
#include <optional>

namespace wzsw {

class Database;

/// What a report is asked for.
struct ReportRequest
{
    ReportKind kind = ReportKind::Final;
    std::optional<QDate> from; ///< overrides the kind's default start
    std::optional<QDate> to;   ///< overrides the kind's default end
    QString municipalityCode;  ///< e.g. "GM0855"; empty for the region
    QDate today;               ///< for the monthly default; invalid = the current date
    QDateTime generatedAt;     ///< stamped on the report; invalid = now
    /// Told the percentage done now and then; returning false cancels (Error::Cancelled).
    std::function<bool(int percent)> progress;
};

/// Computes every figure of a steering-group report (spec/reports.md) in one consistent read
/// of the data file: the measures, the targets against them, the figures per neighbourhood,
/// per month and (region) per municipality, the active agreements and the periods shown beside
/// the report's own. Reads only. Readings of the specification:
/// - The periods: see reportPeriods(); the project dates: see projectDatesOf().
/// - A target whose measure name the program does not know (the rules refuse such targets) is
///   left out of the report.
/// - `by_municipality` lists every municipality of the data file by code; its figures are the
///   sums over the municipality's neighbourhoods (a client lives in exactly one).
/// Fails with NotFound for an unknown municipality code.
Result<ReportData> computeReport(Database &db, const ReportRequest &request);

} // namespace wzsw
