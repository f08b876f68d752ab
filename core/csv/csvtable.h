#pragma once

#include "csv/csvreader.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QStringView>

namespace wzsw {

/// A whole CSV file with a header: the first record names the columns (trimmed, lower case),
/// the others are the rows. For files that fit in memory, such as the exchange files.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::CsvTable)

public:
    /// Reads every remaining record. Fails on a CSV error, when there is no header or when a
    /// column name appears twice.
    static Result<CsvTable> read(CsvReader &reader);
    static Result<CsvTable> open(const QString &path);

    const QStringList &header() const { return m_header; }
    qint64 headerLine() const { return m_headerLine; }
    const QList<CsvRecord> &rows() const { return m_rows; }

    /// Index of the column with this name (any case, surrounding spaces ignored); -1 if none.
    qsizetype column(QStringView name) const;
    /// The row's field in that column; empty when the column is -1 or the row is shorter.
    static QString value(const CsvRecord &row, qsizetype column);

private:
    QStringList m_header;
    qint64 m_headerLine = 0;
    QList<CsvRecord> m_rows;
};

} // namespace wzsw
