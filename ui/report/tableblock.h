#pragma once

#include "report/block.h"

#include <QString>
#include <QStringList>

namespace wzsw::report {

struct TableColumn
{
    TableColumn(QStringList headerLines, Qt::Alignment align = Qt::AlignRight,
                bool stretches = false)
        : header(std::move(headerLines)), alignment(align), stretch(stretches)
    {}

    QStringList header; ///< one text per header line
    Qt::Alignment alignment = Qt::AlignRight;
    /// Shares the width the other columns leave with the other stretching columns, in
    /// proportion to their widest texts, and wraps its texts; the other columns are as wide as
    /// their widest text.
    bool stretch = false;
};

struct TableCell
{
    TableCell() = default;
    TableCell(QString cellText, QString detailText = {}, bool isBold = false)
        : text(std::move(cellText)), detail(std::move(detailText)), bold(isBold)
    {}

    QString text;
    QString detail; ///< a smaller second line, e.g. a target's period
    bool bold = false;
};

struct TableRow
{
    enum class Kind
    {
        Normal,
        Group,   ///< a heading row over the whole width (first cell only)
        Flagged, ///< shaded: needs the reader's attention
        Total    ///< bold, with a rule above: the sum of the rows above
    };

    TableRow() = default;
    TableRow(QList<TableCell> rowCells, Kind rowKind = Kind::Normal)
        : cells(std::move(rowCells)), kind(rowKind)
    {}

    QList<TableCell> cells;
    Kind kind = Kind::Normal;
};

/// A table whose column headers repeat on every page it continues on and that is broken only
/// between rows (at least three on each side). Notes under the table belong to it and move with
/// its last rows.
class TableBlock : public Block
{
public:
    TableBlock(QList<TableColumn> columns, QList<TableRow> rows, QStringList notes = {},
               double spaceBefore = 8);

    void layout(double width) override;
    QList<double> rowHeights() const override { return m_heights; }
    double headerHeight() const override { return m_headerHeight; }
    int minimumRowsTogether() const override { return 3; }
    double spaceBefore() const override { return m_spaceBefore; }
    void paint(QPainter &painter, QPointF topLeft, int first, int last) const override;

private:
    struct CellLines
    {
        QStringList lines;
        QStringList details;
    };

    void paintHeader(QPainter &painter, QPointF topLeft) const;
    void paintRow(QPainter &painter, QPointF topLeft, int row) const;
    void paintNote(QPainter &painter, QPointF topLeft, int note) const;
    double columnLeft(int column) const;

    QList<TableColumn> m_columns;
    QList<TableRow> m_rows;
    QStringList m_notes;
    double m_spaceBefore;
    double m_width = 0;
    QList<double> m_columnWidths;
    QList<QList<CellLines>> m_cellLines;
    QList<QStringList> m_noteLines;
    QList<double> m_heights; ///< the rows, then the notes
    double m_headerHeight = 0;
};

} // namespace wzsw::report
