#pragma once

#include "domain/ids.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace wzsw {

/// Parsing and writing the plain values of the data: dates, money, hours. Input is accepted in
/// both the international and the Dutch form (ISO or dd-mm-yyyy dates, decimal point or
/// comma); output is written in the form asked for.

enum class DecimalMark
{
    Point,
    Comma
};

/// `yyyy-mm-dd`, or `dd-mm-yyyy` / `d-m-yyyy` as Dutch Excel writes it. Nothing if invalid.
std::optional<QDate> parseDate(QStringView text);
QString isoDate(const QDate &date); ///< empty for an invalid date
/// `dd-mm-yyyy`, as Dutch Excel shows dates; empty for an invalid date.
QString dutchDate(const QDate &date);

/// A whole number in plain digits ("-1234"), without QString::number's locale machinery:
/// exports write hundreds of thousands of them.
QString formatWhole(qint64 value);

/// A decimal number with at most `maxDecimals` decimals, returned as an integer scaled by
/// 10^maxDecimals. With both `.` and `,` present, the last one is the decimal mark and the
/// others group thousands ("1.234,56"); with one kind only, it is the decimal mark.
std::optional<qint64> parseScaledDecimal(QStringView text, int maxDecimals);

/// Euros with at most two decimals, as cents.
std::optional<Cents> parseMoney(QStringView text);
/// "1234.50" (or "1234,50"), always two decimals, no grouping.
QString formatMoney(Cents cents, DecimalMark mark = DecimalMark::Point);

/// Hours as whole quarters. Nothing if not a number or not a multiple of 0.25.
std::optional<int> parseQuarterHours(QStringView text);
/// Shortest exact form: "2", "1.5", "0.25".
QString formatHours(qint64 quarterHours, DecimalMark mark = DecimalMark::Point);

/// A plain decimal number (targets, hours per week); nothing if not a number.
std::optional<double> parseNumber(QStringView text);
/// Shortest form that reads back to the same value: "20", "12.5".
QString formatNumber(double value, DecimalMark mark = DecimalMark::Point);

/// `1`/`0`, `ja`/`nee`, `yes`/`no`, `true`/`false` (any case).
std::optional<bool> parseBool(QStringView text);

} // namespace wzsw
