#pragma once

#include "report/charts/chartspec.h"
#include "report/reportformat.h"
#include "report/reportsections.h"

namespace wzsw::report {

/// What the charts of the report share: the font, the number formats of the axes and the
/// caption ("Figuur 3. ...") around each.

/// A chart spec with the report's font and whole numbers in the report's format on the axes.
charts::ChartSpec chartSpec(const ReportFormat &format, charts::Orientation orientation);

/// A series whose labels are the values written by `label`.
charts::Series series(const QString &name, const QList<double> &values,
                      const std::function<QString(double)> &label);

/// Appends chart `number` with its caption; a horizontal chart is as tall as its categories
/// need (up to a page), a vertical one `height` points.
void addChart(Blocks &blocks, const ReportFormat &format, int number, const QString &title,
              const QString &explanation, charts::ChartSpec spec, double height = 190);

} // namespace wzsw::report
