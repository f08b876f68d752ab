#pragma once

#include "figures/reportdata.h"

namespace wzsw {

/// The arithmetic of spec/reports.md "Targets". Percentages are kept in whole tenths so that the
/// rounding (to one decimal, half away from zero) and the comparison with 10 points happen once,
/// exactly, on the numbers the report prints.

/// `days from target from to min(target to, report to), both counted` / `days of the target
/// period` x 100, in tenths: 181 of 730 days is 248 (24.8 %). Exact integer arithmetic.
qint64 expectedTenths(const Period &target, const QDate &reportTo);

/// `actual / value x 100`, in tenths. `actual` is a count, a number of hours in quarters or
/// cents, all exact in a double; the one division is rounded correctly, so a true half lands on
/// the half and rounds away from zero. A value of 0 or less (the rules forbid it) gives 0.
qint64 realisationTenths(double actual, double value);

/// More than 10 points behind: expected - realisation > 10, on the rounded percentages.
bool isBehind(qint64 expectedTenths, qint64 realisationTenths);

/// The period over which a target's `actual` is measured: target from .. min(target to,
/// report to).
Period actualPeriod(const Period &target, const QDate &reportTo);

/// Fills in actual, realisation, expected and behind of `target` (measure, period and value
/// set) from the measures over actualPeriod(). Nothing when the measure name is unknown.
std::optional<TargetFigures> evaluateTarget(TargetFigures target, const Measures &actual,
                                            const QDate &reportTo);

} // namespace wzsw
