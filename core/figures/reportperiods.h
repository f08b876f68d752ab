#pragma once

#include "common/result.h"
#include "figures/reportdata.h"

#include <optional>

namespace wzsw {

class Database;

/// The project dates that give a report its default period (the project settings of the data
/// file).
struct ProjectDates
{
    QDate start;
    QDate interim1;
    QDate interim2;
    QDate end;
    QString leader;
};

/// The project dates of a municipality, or of the region when `municipalityId` is 0; nothing
/// when no settings are stored. Readings:
/// - A municipality without a settings row of its own uses the region's row (the settings
///   without a municipality), if there is one.
/// - The region takes the earliest start and the latest end over every settings row
///   (reports.md); its interim dates and project leader are those of the region's own row, and
///   without one (or where it leaves them empty) the latest interim dates of the municipalities
///   and no leader, so that a region interim report covers every municipality's interim period.
Result<std::optional<ProjectDates>> projectDatesOf(Database &db, Id municipalityId);

/// The report's own period and the periods shown beside it.
struct ReportPeriods
{
    Period period;
    QList<std::pair<ComparisonKind, Period>> comparisons;
};

/// The periods of a report (reports.md "Kinds"); `from` / `to` given on the command line
/// override the defaults one by one. Readings:
/// - interim-1, interim-2, final: project start .. interim-1 date / interim-2 date / project
///   end. interim-2 shows the interim-1 period beside it, as from .. interim-1 date, when the
///   interim-1 date lies within the report's period.
/// - monthly: without dates, the calendar month of `today`, first to last day. With `to` only:
///   the first day of that month .. `to` (a month so far); with `from` only: `from` .. the end
///   of its month. Beside it the whole calendar month before the month of `from`, and the year
///   to date: 1 January of the year of `to` .. `to`.
/// Fails when a needed project date is not set and not given, or when the period would end
/// before it starts.
Result<ReportPeriods> reportPeriods(ReportKind kind, std::optional<QDate> from,
                                    std::optional<QDate> to,
                                    const std::optional<ProjectDates> &dates, QDate today);

} // namespace wzsw
