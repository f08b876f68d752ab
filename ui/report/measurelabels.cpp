#include "report/measurelabels.h"

#include "domain/measurelabels.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace wzsw::report {

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.front().toUpper() + text.mid(1);
}

QString measureLabel(const ReportFormat &format, const QString &measureName)
{
    return wzsw::measureLabel(measureName, format.language());
}

QString measureValue(const ReportFormat &format, const QString &measureName, double value)
{
    if (measureName == u"delivery_hours"_s)
        return format.number(value, 2);
    if (measureName == u"fees_cents"_s)
        return format.money(Cents(std::llround(value)));
    return format.number(value, 2);
}

} // namespace wzsw::report
