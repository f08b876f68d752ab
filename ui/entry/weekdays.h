#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace wzsw {

/// The Monday of the (ISO) week `date` falls in.
QDate mondayOf(const QDate &date);

/// A day typed in a week's grid, as a person types it quickly: a day name or its first
/// letters, Dutch or English ("ma", "di", "donderdag", "tu"); a day of the month ("3"); day
/// and month ("2-3", "2/3"), taking the year that puts it in the week; or a full date
/// ("02-03-2026", "2026-03-02"). Short forms are read within the week of `monday`; a full date
/// is returned as typed, also outside the week (the grid says so). Nothing when unreadable.
std::optional<QDate> parseDayInWeek(QStringView text, const QDate &monday);

/// "ma 02-03-2026" in the display language: how the grid shows a day.
QString weekdayAndDate(const QDate &date);

} // namespace wzsw
