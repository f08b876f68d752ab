#pragma once

#include "figures/reportdata.h"

#include <QByteArray>
#include <QJsonObject>

namespace wzsw {

/// The machine-readable report of spec/reports.md "JSON shape", schema 1: every measure key
/// present (zeros included), counts and cents as integers, hours as numbers (321.5),
/// percentages with one decimal; `by_municipality` in region reports only. Besides the defined
/// keys, and without changing them:
/// - `scope_name`: the municipality's name (absent for the region);
/// - `agreements`: the active agreements of the printed report's table;
/// - `comparisons`: the periods shown beside the report's own, each with `from`, `to` and its
///   `measures`: `interim_1` beside interim-2, `previous_month` and `year_to_date` beside a
///   monthly overview.
/// A region report has `"scope": "region"`.
QJsonObject reportJson(const ReportData &report);

/// reportJson() as indented UTF-8 text.
QByteArray reportJsonText(const ReportData &report);

/// The `measures` object alone.
QJsonObject measuresJson(const Measures &measures);

} // namespace wzsw
