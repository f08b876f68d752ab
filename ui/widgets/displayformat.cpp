#include "widgets/displayformat.h"

#include "common/values.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace wzsw::display {

namespace {

DecimalMark decimalMark()
{
    return QLocale().decimalPoint() == u","_s ? DecimalMark::Comma : DecimalMark::Point;
}

} // namespace

QString date(const QDate &date)
{
    if (!date.isValid())
        return {};
    // Dutch writes 14-03-1941; the English locale's short format is 14/03/1941.
    return QLocale().language() == QLocale::Dutch ? date.toString(u"dd-MM-yyyy"_s)
                                                  : QLocale().toString(date, u"dd/MM/yyyy"_s);
}

QString money(Cents cents)
{
    return QLocale().toCurrencyString(double(cents) / 100.0, u"€"_s, 2);
}

QString hours(qint64 quarterHours)
{
    return formatHours(quarterHours, decimalMark());
}

QString number(double value)
{
    return formatNumber(value, decimalMark());
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("wzsw::display", "yes")
                 : QCoreApplication::translate("wzsw::display", "no");
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString cell(CellKind kind, const QVariant &value)
{
    switch (kind) {
    case CellKind::Text:
        return value.toString();
    case CellKind::Date:
        return date(value.toDate());
    case CellKind::QuarterHours:
        return hours(value.toLongLong());
    case CellKind::Money:
        return money(value.toLongLong());
    case CellKind::Number:
        return number(value.toDouble());
    }
    return value.toString();
}

Qt::Alignment alignment(CellKind kind)
{
    switch (kind) {
    case CellKind::QuarterHours:
    case CellKind::Money:
    case CellKind::Number:
        return Qt::AlignRight | Qt::AlignVCenter;
    case CellKind::Text:
    case CellKind::Date:
        break;
    }
    return Qt::AlignLeft | Qt::AlignVCenter;
}

} // namespace wzsw::display
