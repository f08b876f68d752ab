#include "report/reportformat.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace wzsw::report {

ReportFormat::ReportFormat(Language language)
    : m_language(language),
      m_locale(language == Language::Dutch ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                           : QLocale(QLocale::English, QLocale::UnitedKingdom))
{}

QString ReportFormat::text(QStringView dutch, QStringView english) const
{
    return (isDutch() ? dutch : english).toString();
}

QString ReportFormat::count(qint64 value) const
{
    return m_locale.toString(value);
}

QString ReportFormat::number(double value, int maxDecimals) const
{
    QString text = m_locale.toString(value, 'f', maxDecimals);
    if (maxDecimals > 0) {
        const QString point = m_locale.decimalPoint();
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString ReportFormat::hours(qint64 quarterHours) const
{
    return number(hoursOf(quarterHours), 2);
}

QString ReportFormat::percent(double value) const
{
    return m_locale.toString(value, 'f', 1) + u'%';
}

QString ReportFormat::money(Cents cents) const
{
    const QString amount = m_locale.toString(double(cents) / 100.0, 'f', 2);
    return isDutch() ? u"€\u00A0"_s + amount : u"€"_s + amount;
}

QString ReportFormat::wholeEuros(double euros) const
{
    const QString amount = m_locale.toString(std::round(euros), 'f', 0);
    return isDutch() ? u"€\u00A0"_s + amount : u"€"_s + amount;
}

QString ReportFormat::longDate(const QDate &date) const
{
    return m_locale.toString(date, u"d MMMM yyyy"_s);
}

QString ReportFormat::shortDate(const QDate &date) const
{
    return m_locale.toString(date, u"d MMM yyyy"_s);
}

QString ReportFormat::period(const Period &p) const
{
    return longDate(p.from) + text(u" t/m ", u" to ") + longDate(p.to);
}

QString ReportFormat::shortPeriod(const Period &p) const
{
    return shortDate(p.from) + text(u" t/m ", u" to ") + shortDate(p.to);
}

QString ReportFormat::month(const QString &yearMonth, bool shortForm, bool withYear) const
{
    const QDate first = QDate::fromString(yearMonth + u"-01"_s, Qt::ISODate);
    if (!shortForm)
        return m_locale.toString(first, u"MMMM yyyy"_s);
    return m_locale.toString(first, withYear ? u"MMM ''yy"_s : u"MMM"_s);
}

} // namespace wzsw::report
