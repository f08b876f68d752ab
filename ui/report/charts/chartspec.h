#pragma once

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace wzsw::charts {

/// The one interface between the printed report and the chart library: a chart is described as
/// plain data here and painted by paintChart() (chartpainter.h). Nothing outside this folder
/// includes a Qt Charts header, so the library (deprecated from Qt 6.10) can be replaced by
/// another painter of the same specs.

/// One series: a value per category and the text printed at each value (an empty text prints
/// nothing). The texts are given, not derived, so the caller decides the number format and may
/// print "<5" for a suppressed count.
struct Series
{
    QString name;
    QList<double> values;
    QStringList labels;
};

enum class Orientation
{
    Vertical,  ///< categories along the bottom, bars grow upwards
    Horizontal ///< categories down the left side (first at the top), bars grow to the right
};

/// Writes a tick value of a value axis, e.g. "1.000" or "25%".
using TickFormat = std::function<QString(double)>;

struct ChartSpec
{
    Orientation orientation = Orientation::Vertical;
    QStringList categories;
    /// Bars, grouped side by side per category; shaded from dark to light in this order.
    QList<Series> bars;
    /// Lines over the bars (vertical charts only), against a second value axis on the right.
    QList<Series> lines;
    QString barAxisTitle;
    QString lineAxisTitle;
    TickFormat barTicks;
    TickFormat lineTicks;
    /// Values are whole numbers (counts): no tick between two whole numbers.
    bool wholeBarValues = true;
    bool wholeLineValues = false;
    /// A fixed end of the bar value axis (e.g. 100 for percentages); 0 = from the values.
    double barAxisMaximum = 0;
    /// The legend lists the series; hidden when there is only one series of bars and no line,
    /// whose meaning the caption gives.
    bool legend = true;
    /// The base font; every text of the chart is drawn in it at `fontPixelSize`, in the units of
    /// the painter paintChart() is given (the report paints in points).
    QFont font;
    int fontPixelSize = 8;
};

} // namespace wzsw::charts
