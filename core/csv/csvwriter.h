#pragma once

#include "common/result.h"
#include "csv/csvdialect.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

namespace wzsw {

/// Writes CSV in a dialect to a device the caller owns (a QSaveFile, so that a failed export
/// leaves the old file in place). Always UTF-8; the BOM first when the dialect has one. Output
/// is collected and written in large chunks: call finish() before committing the file.
///
///     QSaveFile file(path);
///     file.open(QIODevice::WriteOnly);
///     CsvWriter csv(&file, CsvDialect::excelNl());
///     csv.writeRow({u"code"_s, u"amount"_s});
///     csv.addText(code);
///     csv.addNumber(csv.dialect().money(cents));
///     csv.endRow();
///     if (const Status s = csv.finish(); !s || !file.commit()) ...
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::CsvWriter)

public:
    CsvWriter(QIODevice *device, CsvDialect dialect);
    /// Writes what is still buffered when the device is still open; finish() reports errors.
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    const CsvDialect &dialect() const { return m_dialect; }

    /// A text cell: quoted when needed, and guarded against formulas when the dialect says so.
    void addText(const QString &text);
    /// A number the program formatted itself (dialect().money(), ...): quoted when needed, never
    /// guarded, so a negative amount stays `-12,50` and Excel still sees a number.
    void addNumber(const QString &number);
    void addEmpty();
    /// Ends the current row. A row of one empty cell is written as `""` so that readers, which
    /// skip empty lines, still see the row.
    void endRow();
    /// Text cells and the end of the row.
    void writeRow(const QStringList &textCells);

    /// Writes everything buffered to the device. Safe to call more than once.
    Status finish();
    bool ok() const { return m_errorText.isEmpty(); }
    /// Why writing failed (translated); empty while ok().
    QString errorText() const { return m_errorText; }

private:
    void addCell(const QString &cell, bool guard);
    void append(QStringView text);
    void append(char ascii);
    void reserve(qsizetype bytes);
    void flush();

    QIODevice *m_device;
    CsvDialect m_dialect;
    QByteArray m_buffer;   ///< UTF-8 not yet written; its size is the capacity
    char *m_out = nullptr; ///< next free byte in m_buffer (no detach check on every byte)
    QByteArray m_lineEnd;
    int m_cellsInRow = 0;
    bool m_lastCellEmpty = false;
    QString m_errorText;
};

} // namespace wzsw
