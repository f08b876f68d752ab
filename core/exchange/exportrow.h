#pragma once

#include "csv/csvdialect.h"
#include "csv/csvwriter.h"
#include "domain/enums.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace wzsw {

/// The cells of one exported row, set by column (so the code that fills them can follow the
/// record while the file keeps the column order of its header), formatted in the dialect.
/// Numbers the program formats itself are marked, so the excel-nl formula guard leaves a
/// negative amount a number.
class ExportRow
{
public:
    ExportRow(const CsvDialect &dialect, qsizetype columns)
        : m_dialect(dialect), m_cells(columns), m_numeric(columns, false)
    {}

    void text(int column, const QString &value) { set(column, value, false); }
    void date(int column, const QDate &value) { set(column, m_dialect.date(value), false); }
    void money(int column, Cents value) { set(column, m_dialect.money(value), true); }
    void hours(int column, qint64 quarterHours)
    {
        set(column, m_dialect.hours(quarterHours), true);
    }
    void number(int column, double value) { set(column, m_dialect.number(value), true); }
    void whole(int column, qint64 value) { set(column, formatWhole(value), true); }
    /// Empty for 0 (a course level that is not there).
    void wholeOrEmpty(int column, qint64 value)
    {
        set(column, value == 0 ? QString() : formatWhole(value), true);
    }
    void boolean(int column, bool value)
    {
        set(column, value ? QStringLiteral("1") : QStringLiteral("0"), true);
    }
    template <typename E> void code(int column, E value) { text(column, toCode(value)); }
    template <typename E> void code(int column, const std::optional<E> &value)
    {
        text(column, value ? toCode(*value) : QString());
    }
    template <typename E> void codes(int column, const QList<E> &values)
    {
        text(column, toCodeList(values));
    }

    /// Writes the cells in column order and empties them for the next row.
    void writeTo(CsvWriter &csv)
    {
        for (qsizetype i = 0; i < m_cells.size(); ++i) {
            m_numeric.at(i) ? csv.addNumber(m_cells.at(i)) : csv.addText(m_cells.at(i));
            m_cells[i].clear();
        }
        csv.endRow();
    }

private:
    void set(int column, const QString &value, bool numeric)
    {
        m_cells[column] = value;
        m_numeric[column] = numeric;
    }

    const CsvDialect &m_dialect;
    QStringList m_cells;
    QList<bool> m_numeric;
};

} // namespace wzsw
