#include "csv/csvdialect.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {
const QString excelNlName = u"excel-nl"_s;
const QString rfc4180Name = u"rfc4180"_s;
} // namespace

CsvDialect CsvDialect::excelNl()
{
    CsvDialect d;
    d.name = excelNlName;
    d.delimiter = u';';
    // Without a BOM Excel reads the file as the Windows code page and mangles "Çelik".
    d.byteOrderMark = true;
    d.dateStyle = CsvDateStyle::Dutch;
    d.decimalMark = DecimalMark::Comma;
    d.formulaGuard = true;
    return d;
}

CsvDialect CsvDialect::rfc4180()
{
    CsvDialect d;
    d.name = rfc4180Name;
    return d;
}

std::optional<CsvDialect> CsvDialect::byName(QStringView name)
{
    if (name.compare(excelNlName, Qt::CaseInsensitive) == 0)
        return excelNl();
    if (name.compare(rfc4180Name, Qt::CaseInsensitive) == 0)
        return rfc4180();
    return std::nullopt;
}

QStringList CsvDialect::names()
{
    return {excelNlName, rfc4180Name};
}

QString CsvDialect::date(const QDate &value) const
{
    return dateStyle == CsvDateStyle::Iso ? isoDate(value) : dutchDate(value);
}

QString CsvDialect::money(Cents cents) const
{
    return formatMoney(cents, decimalMark);
}

QString CsvDialect::hours(qint64 quarterHours) const
{
    return formatHours(quarterHours, decimalMark);
}

QString CsvDialect::number(double value) const
{
    return formatNumber(value, decimalMark);
}

} // namespace wzsw
