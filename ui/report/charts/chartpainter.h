#pragma once

#include "report/charts/chartspec.h"

#include <QRectF>

class QPainter;

namespace wzsw::charts {

/// Paints the chart of `spec` into `target` (in the painter's coordinates) as vector graphics:
/// the chart is drawn straight onto the painter, never through a bitmap, so it stays sharp in
/// print and stays vector in a PDF. Readable in black and white: the bar series are distinct
/// greys with a black outline, lines are black with white markers, and every bar carries its
/// label. Needs a QApplication (the chart is laid out in a QGraphicsScene).
void paintChart(QPainter &painter, const QRectF &target, const ChartSpec &spec);

/// The height a horizontal chart needs for its categories at `fontPixelSize`, so a chart of
/// forty neighbourhoods gets room for forty readable bars.
double horizontalChartHeight(const ChartSpec &spec);

} // namespace wzsw::charts
