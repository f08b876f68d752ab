#pragma once

#include "domain/ids.h"
#include "storage/lists/listquery.h"

#include <QDate>
#include <QString>
#include <QVariant>

namespace wzsw::display {

/// Values as a person reads them in the current language: "14-03-1941", "€ 11,25", "1,5".
/// The language's locale is set by Translations::apply().

QString date(const QDate &date); ///< empty for an invalid date
QString money(Cents cents);
QString hours(qint64 quarterHours);
QString number(double value);
QString yesNo(bool value);
/// A count with thousands separators: "100.000".
QString count(qint64 value);

/// A list cell of `kind` as text.
QString cell(CellKind kind, const QVariant &value);
/// Numbers right, text left.
Qt::Alignment alignment(CellKind kind);

} // namespace wzsw::display
