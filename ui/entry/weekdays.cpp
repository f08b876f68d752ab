#include "entry/weekdays.h"

#include "common/values.h"
#include "widgets/displayformat.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

constexpr int daysInWeek = 7;

/// Day names from Monday on, in both languages: a Dutch user may type "ma" while the program
/// speaks English, and the other way round. No two names share their first two letters.
const QStringView dayNames[][daysInWeek] = {
    {u"maandag", u"dinsdag", u"woensdag", u"donderdag", u"vrijdag", u"zaterdag", u"zondag"},
    {u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday"},
};

std::optional<QDate> byDayName(QStringView text, const QDate &monday)
{
    if (text.size() < 2)
        return std::nullopt;
    for (const auto &names : dayNames)
        for (int day = 0; day < daysInWeek; ++day)
            if (names[day].startsWith(text))
                return monday.addDays(day);
    return std::nullopt;
}

std::optional<QDate> byDayOfMonth(int dayOfMonth, const QDate &monday)
{
    for (int day = 0; day < daysInWeek; ++day)
        if (monday.addDays(day).day() == dayOfMonth)
            return monday.addDays(day);
    return std::nullopt;
}

/// Day and month: the year of the week's Monday or Sunday, whichever puts it in the week
/// (only a week around New Year has two).
std::optional<QDate> byDayAndMonth(int dayOfMonth, int month, const QDate &monday)
{
    for (const int year : {monday.year(), monday.addDays(daysInWeek - 1).year()}) {
        const QDate date(year, month, dayOfMonth);
        if (date.isValid() && date >= monday && date < monday.addDays(daysInWeek))
            return date;
    }
    const QDate date(monday.year(), month, dayOfMonth);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

QDate mondayOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

std::optional<QDate> parseDayInWeek(QStringView text, const QDate &monday)
{
    QString typed = text.trimmed().toString().toLower();
    if (typed.isEmpty())
        return std::nullopt;
    // "ma 02-03-2026", as the grid shows a day, reads back as its date.
    if (const qsizetype space = typed.lastIndexOf(u' '); space > 0)
        typed = typed.mid(space + 1);
    if (typed.front().isLetter())
        return byDayName(typed, monday);
    static const QRegularExpression shortDate(u"^(\\d{1,2})(?:[-/.](\\d{1,2}))?$"_s);
    if (const QRegularExpressionMatch match = shortDate.match(typed); match.hasMatch()) {
        const int dayOfMonth = match.captured(1).toInt();
        if (match.captured(2).isEmpty())
            return byDayOfMonth(dayOfMonth, monday);
        return byDayAndMonth(dayOfMonth, match.captured(2).toInt(), monday);
    }
    QString full = typed;
    full.replace(u'/', u'-').replace(u'.', u'-');
    return parseDate(full);
}

QString weekdayAndDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat) + u' ' + display::date(date);
}

} // namespace wzsw
