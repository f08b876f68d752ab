#include "csv/csvtable.h"

using namespace Qt::StringLiterals;

namespace wzsw {

Result<CsvTable> CsvTable::read(CsvReader &reader)
{
    CsvTable table;
    CsvRecord record;
    if (!reader.next(record)) {
        if (reader.error())
            return reader.error()->toError();
        return CsvError{reader.source(), 1,
                        tr("The file is empty: it needs a header row with the column "
                           "names.")}
            .toError();
    }
    table.m_headerLine = record.line;
    for (const QString &name : std::as_const(record.fields)) {
        const QString normal = name.trimmed().toLower();
        if (!normal.isEmpty() && table.m_header.contains(normal))
            return CsvError{reader.source(), record.line,
                            tr("The column \"%1\" appears twice.").arg(normal)}
                .toError();
        table.m_header.append(normal);
    }
    while (reader.next(record))
        table.m_rows.append(std::move(record));
    if (reader.error())
        return reader.error()->toError();
    return table;
}

Result<CsvTable> CsvTable::open(const QString &path)
{
    Result<CsvReader> reader = CsvReader::open(path);
    if (!reader)
        return reader.error();
    return read(*reader);
}

qsizetype CsvTable::column(QStringView name) const
{
    return m_header.indexOf(name.trimmed().toString().toLower());
}

QString CsvTable::value(const CsvRecord &row, qsizetype column)
{
    return column >= 0 && column < row.fields.size() ? row.fields.at(column) : QString();
}

} // namespace wzsw
