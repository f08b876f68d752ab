#include "figures/targetfigures.h"

#include <cmath>

namespace wzsw {

qint64 expectedTenths(const Period &target, const QDate &reportTo)
{
    const qint64 total = target.days();
    const qint64 elapsed = actualPeriod(target, reportTo).days();
    if (total <= 0 || elapsed <= 0)
        return 0;
    // round(elapsed * 1000 / total), half up; both are positive.
    return (2 * elapsed * 1000 + total) / (2 * total);
}

qint64 realisationTenths(double actual, double value)
{
    if (!(value > 0))
        return 0;
    return qint64(std::round(actual * 1000.0 / value)); // std::round: half away from zero
}

bool isBehind(qint64 expected, qint64 realisation)
{
    return expected - realisation > 100;
}

Period actualPeriod(const Period &target, const QDate &reportTo)
{
    return Period{target.from, std::min(target.to, reportTo)};
}

std::optional<TargetFigures> evaluateTarget(TargetFigures target, const Measures &actual,
                                            const QDate &reportTo)
{
    const std::optional<double> value = actual.valueOf(target.measure);
    if (!value)
        return std::nullopt;
    target.actual = *value;
    const qint64 realisation = realisationTenths(target.actual, target.value);
    const qint64 expected = expectedTenths(target.period, reportTo);
    target.realisationPct = double(realisation) / 10.0;
    target.expectedPct = double(expected) / 10.0;
    target.behind = isBehind(expected, realisation);
    return target;
}

} // namespace wzsw
