#include "report/charts/chartaxes.h"

#include <QCategoryAxis>

#include <cmath>

namespace wzsw::charts {

ValueAxis::ValueAxis(TickFormat format, bool wholeNumbers)
    : m_axis(new QCategoryAxis), m_format(std::move(format)), m_whole(wholeNumbers)
{
    if (!m_format)
        m_format = [](double value) {
            return QString::number(value);
        };
    m_axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
}

double tickStep(double maximum, bool wholeNumbers)
{
    if (!(maximum > 0))
        return 1;
    const double rough = maximum / 5;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10 * power;
    for (double factor : {1.0, 2.0, 2.5, 5.0}) {
        const double candidate = factor * power;
        if (candidate >= rough && (!wholeNumbers || candidate == std::floor(candidate))) {
            step = candidate;
            break;
        }
    }
    return wholeNumbers ? std::max(step, 1.0) : step;
}

void ValueAxis::setRange(double maximum)
{
    const double step = tickStep(maximum, m_whole);
    const int ticks = std::max(1, int(std::ceil(maximum / step - 1e-9)));
    for (const QString &label : m_axis->categoriesLabels())
        m_axis->remove(label);
    // The first "category" ends at 0, so 0 carries a label too; it starts half a step before,
    // or Qt Charts finds no room for that label and leaves it out.
    m_axis->setStartValue(-step / 2);
    for (int i = 0; i <= ticks; ++i)
        m_axis->append(m_format(step * i), step * i);
    m_axis->setRange(0, step * ticks);
}

} // namespace wzsw::charts
