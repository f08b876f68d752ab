#pragma once

#include "figures/reportdata.h"
#include "report/reportformat.h"

namespace wzsw::report {

/// Small numbers in the printed report (spec/reports.md "The printed report": per-neighbourhood
/// counts from 1 to 4 print as "<5"; the JSON keeps the exact numbers). Readings:
/// - The rule covers every count per neighbourhood: clients served, providers active and
///   deliveries, in tables and on chart labels.
/// - A suppressed count's bar is drawn at 2.5, the middle of 1..4, so its length does not give
///   the number away either.
/// - Hours per neighbourhood are not a count, so "<5" would misstate them; but in a neighbourhood
///   with 1 to 4 clients they tell how much help those few, findable people get. They print as
///   "–" there ("not shown: fewer than 5 clients"), and in full everywhere else.
/// - Figures per municipality and for the whole scope are not per neighbourhood and print in
///   full.

/// 1 to 4: printed as "<5".
bool isSmallCount(qint64 count);

/// "<5" for 1 to 4, else the count.
QString neighbourhoodCount(const ReportFormat &format, qint64 count);

/// The length of the count's bar on a chart.
double neighbourhoodBarValue(qint64 count);

/// The neighbourhood's hours, or "–" when its clients served are 1 to 4.
QString neighbourhoodHours(const ReportFormat &format, const NeighbourhoodFigures &figures);

/// What "<5" and "–" mean, for the note under a table or chart.
QString smallCountNote(const ReportFormat &format, bool withHours);

} // namespace wzsw::report
