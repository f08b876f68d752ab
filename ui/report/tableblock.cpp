#include "report/tableblock.h"

#include "report/reportstyle.h"
#include "report/textwrap.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace wzsw::report {

namespace {

constexpr double padX = 4;
constexpr double padY = 1.8;
constexpr double noteGap = 4;

QFont cellFont(bool bold)
{
    return style::font(style::tableSize, bold ? style::Weight::Bold : style::Weight::Normal);
}
QFont detailFont()
{
    return style::font(style::smallSize);
}
QFont headerFont()
{
    return style::font(style::smallSize, style::Weight::Bold);
}
QFont noteFont()
{
    return style::font(style::smallSize, style::Weight::Normal, true);
}

bool isBold(const TableRow &row, const TableCell &cell)
{
    return cell.bold || row.kind == TableRow::Kind::Group || row.kind == TableRow::Kind::Total;
}

// Table text sits closer than running text.
double rowLine(const QFont &font)
{
    return lineHeight(font) * 0.93;
}

} // namespace

TableBlock::TableBlock(QList<TableColumn> columns, QList<TableRow> rows, QStringList notes,
                       double spaceBefore)
    : m_columns(std::move(columns)), m_rows(std::move(rows)), m_notes(std::move(notes)),
      m_spaceBefore(spaceBefore)
{}

void TableBlock::layout(double width)
{
    m_width = width;
    const qsizetype columnCount = m_columns.size();

    // Every column but the stretching one as wide as its widest text.
    m_columnWidths = QList<double>(columnCount, 0);
    int headerLines = 1;
    for (qsizetype c = 0; c < columnCount; ++c) {
        headerLines = std::max(headerLines, int(m_columns[c].header.size()));
        double widest = 0;
        for (const QString &line : m_columns[c].header)
            widest = std::max(widest, QFontMetricsF(headerFont()).horizontalAdvance(line));
        for (const TableRow &row : m_rows) {
            if (row.kind == TableRow::Kind::Group || c >= row.cells.size())
                continue;
            const TableCell &cell = row.cells[c];
            widest = std::max(
                {widest, QFontMetricsF(cellFont(isBold(row, cell))).horizontalAdvance(cell.text),
                 QFontMetricsF(detailFont()).horizontalAdvance(cell.detail)});
        }
        m_columnWidths[c] = widest + 2 * padX;
    }
    double fixed = 0;
    double natural = 0;
    for (qsizetype c = 0; c < columnCount; ++c)
        (m_columns[c].stretch ? natural : fixed) += m_columnWidths[c];
    // The stretching columns share what is left in proportion to their texts; if there is more
    // than they need, the first takes the rest.
    const double left = std::max(width - fixed, 40.0);
    bool first = true;
    for (qsizetype c = 0; c < columnCount; ++c) {
        if (!m_columns[c].stretch)
            continue;
        const double share = natural > 0 ? m_columnWidths[c] / natural : 1;
        m_columnWidths[c] = left <= natural ? left * share : m_columnWidths[c];
        if (first && left > natural)
            m_columnWidths[c] += left - natural;
        first = false;
    }

    m_headerHeight = 2 * padY + headerLines * rowLine(headerFont());
    m_cellLines.clear();
    m_heights.clear();
    for (const TableRow &row : m_rows) {
        QList<CellLines> cells;
        double height = rowLine(cellFont(true));
        if (row.kind == TableRow::Kind::Group) {
            cells.append({wrapText(row.cells.value(0).text, cellFont(true), width - 2 * padX), {}});
            height = rowLine(cellFont(true)) * double(cells.front().lines.size());
        } else {
            for (qsizetype c = 0; c < columnCount; ++c) {
                const TableCell cell = row.cells.value(c);
                const double inner = m_columnWidths[c] - 2 * padX;
                CellLines lines{wrapText(cell.text, cellFont(isBold(row, cell)), inner),
                                cell.detail.isEmpty() ? QStringList()
                                                      : wrapText(cell.detail, detailFont(), inner)};
                height = std::max(height, rowLine(cellFont(true)) * double(lines.lines.size()) +
                                              rowLine(detailFont()) * double(lines.details.size()));
                cells.append(lines);
            }
        }
        m_cellLines.append(cells);
        m_heights.append(height + 2 * padY);
    }
    m_noteLines.clear();
    for (qsizetype n = 0; n < m_notes.size(); ++n) {
        m_noteLines.append(wrapText(m_notes[n], noteFont(), width));
        m_heights.append((n == 0 ? noteGap : 0) +
                         rowLine(noteFont()) * double(m_noteLines.back().size()));
    }
}

double TableBlock::columnLeft(int column) const
{
    double x = 0;
    for (int c = 0; c < column; ++c)
        x += m_columnWidths[c];
    return x;
}

void TableBlock::paint(QPainter &painter, QPointF topLeft, int first, int last) const
{
    paintHeader(painter, topLeft);
    double y = topLeft.y() + m_headerHeight;
    for (int i = first; i < last; ++i) {
        if (i < m_rows.size())
            paintRow(painter, QPointF(topLeft.x(), y), i);
        else
            paintNote(painter, QPointF(topLeft.x(), y), int(i - m_rows.size()));
        y += m_heights[i];
    }
}

void TableBlock::paintHeader(QPainter &painter, QPointF topLeft) const
{
    painter.fillRect(QRectF(topLeft, QSizeF(m_width, m_headerHeight)), style::shade);
    painter.setPen(style::text);
    for (int c = 0; c < m_columns.size(); ++c) {
        double y = topLeft.y() + padY;
        for (const QString &line : m_columns[c].header) {
            drawLine(painter, line, headerFont(), topLeft.x() + columnLeft(c) + padX, y,
                     m_columnWidths[c] - 2 * padX, m_columns[c].alignment);
            y += rowLine(headerFont());
        }
    }
    painter.setPen(QPen(style::rule, 0.8));
    const double bottom = topLeft.y() + m_headerHeight;
    painter.drawLine(QPointF(topLeft.x(), bottom), QPointF(topLeft.x() + m_width, bottom));
}

void TableBlock::paintRow(QPainter &painter, QPointF topLeft, int index) const
{
    const TableRow &row = m_rows[index];
    const QRectF box(topLeft, QSizeF(m_width, m_heights[index]));
    if (row.kind == TableRow::Kind::Group)
        painter.fillRect(box, style::shade);
    else if (row.kind == TableRow::Kind::Flagged)
        painter.fillRect(box, style::flagShade);
    else if (row.kind == TableRow::Kind::Total) {
        painter.setPen(QPen(style::rule, 0.8));
        painter.drawLine(box.topLeft(), box.topRight());
    }
    painter.setPen(style::text);

    if (row.kind == TableRow::Kind::Group) {
        double y = topLeft.y() + padY;
        for (const QString &line : m_cellLines[index].front().lines) {
            drawLine(painter, line, cellFont(true), topLeft.x() + padX, y, m_width - 2 * padX);
            y += rowLine(cellFont(true));
        }
    } else {
        for (int c = 0; c < m_columns.size(); ++c) {
            const TableCell cell = row.cells.value(c);
            const CellLines &lines = m_cellLines[index][c];
            const double left = topLeft.x() + columnLeft(c) + padX;
            const double inner = m_columnWidths[c] - 2 * padX;
            double y = topLeft.y() + padY;
            painter.setPen(style::text);
            for (const QString &line : lines.lines) {
                drawLine(painter, line, cellFont(isBold(row, cell)), left, y, inner,
                         m_columns[c].alignment);
                y += rowLine(cellFont(true));
            }
            painter.setPen(style::muted);
            for (const QString &line : lines.details) {
                drawLine(painter, line, detailFont(), left, y, inner, m_columns[c].alignment);
                y += rowLine(detailFont());
            }
        }
    }
    painter.setPen(QPen(style::lightRule, 0.4));
    painter.drawLine(box.bottomLeft(), box.bottomRight());
}

void TableBlock::paintNote(QPainter &painter, QPointF topLeft, int note) const
{
    painter.setPen(style::muted);
    double y = topLeft.y() + (note == 0 ? noteGap : 0);
    for (const QString &line : m_noteLines[note]) {
        drawLine(painter, line, noteFont(), topLeft.x(), y, m_width);
        y += rowLine(noteFont());
    }
}

} // namespace wzsw::report
