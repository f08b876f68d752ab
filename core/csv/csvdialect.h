#pragma once

#include "common/values.h"
#include "domain/ids.h"

#include <QChar>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace wzsw {

/// How dates are written in a CSV file (reading accepts both).
enum class CsvDateStyle
{
    Iso,   ///< yyyy-mm-dd
    Dutch, ///< dd-mm-yyyy, as Dutch Excel shows and writes dates
};

/// The two CSV flavours the program writes (spec/exchange-csv.md "Dialects"): `excel-nl` for
/// people who open the file in Excel with Dutch settings, `rfc4180` for other programs and the
/// exchange format. The value formatters write numbers and dates the way the dialect wants them.
struct CsvDialect
{
    QString name;
    QChar delimiter = u',';
    bool byteOrderMark = false;
    /// Both dialects use CRLF: RFC 4180 asks for it and Excel writes it.
    QString lineEnd = QStringLiteral("\r\n");
    CsvDateStyle dateStyle = CsvDateStyle::Iso;
    DecimalMark decimalMark = DecimalMark::Point;
    /// Put `'` before text cells that Excel would run as a formula (OWASP CSV injection).
    bool formulaGuard = false;

    /// `;`, BOM, CRLF, dd-mm-yyyy, decimal comma, formula guard.
    static CsvDialect excelNl();
    /// `,`, no BOM, CRLF, ISO dates, decimal point, no guard.
    static CsvDialect rfc4180();
    /// `excel-nl` or `rfc4180` (any case); nothing for another name.
    static std::optional<CsvDialect> byName(QStringView name);
    /// The names byName() knows, for help texts and choosers.
    static QStringList names();

    /// Empty for an invalid (absent) date.
    QString date(const QDate &value) const;
    /// Two decimals, no grouping: "12,50" or "12.50".
    QString money(Cents cents) const;
    /// Shortest exact form: "1,25" or "1.25".
    QString hours(qint64 quarterHours) const;
    /// Shortest form that reads back to the same value.
    QString number(double value) const;
};

} // namespace wzsw
