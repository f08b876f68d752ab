#include "report/reportcharts.h"

#include "report/chartblock.h"
#include "report/charts/chartpainter.h"
#include "report/reportstyle.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wzsw::report {

namespace {

constexpr int chartTextSize = 7;
// A chart and its caption never take more than a page.
constexpr double tallestChart = 600;
constexpr double lowestHorizontalChart = 90;

} // namespace

charts::ChartSpec chartSpec(const ReportFormat &format, charts::Orientation orientation)
{
    charts::ChartSpec spec;
    spec.orientation = orientation;
    spec.font = style::font(chartTextSize);
    spec.fontPixelSize = chartTextSize;
    const auto number = [&format](double value) -> QString {
        return format.number(value, 2);
    };
    spec.barTicks = number;
    spec.lineTicks = number;
    return spec;
}

charts::Series series(const QString &name, const QList<double> &values,
                      const std::function<QString(double)> &label)
{
    charts::Series s{name, values, {}};
    for (double value : values)
        s.labels.append(label(value));
    return s;
}

void addChart(Blocks &blocks, const ReportFormat &f, int number, const QString &title,
              const QString &explanation, charts::ChartSpec spec, double height)
{
    if (spec.orientation == charts::Orientation::Horizontal)
        height =
            std::clamp(charts::horizontalChartHeight(spec), lowestHorizontalChart, tallestChart);
    blocks.push_back(std::make_unique<ChartBlock>(
        f.text(u"Figuur %1. %2", u"Figure %1. %2").arg(number).arg(title), explanation,
        std::move(spec), height,
        f.text(u"Geen gegevens in deze periode.", u"No figures in this period.")));
}

} // namespace wzsw::report
