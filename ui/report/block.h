#pragma once

#include <QList>
#include <QPointF>

class QPainter;

namespace wzsw::report {

/// A piece of the printed report that pagination() places on the pages, top to bottom: a
/// heading, a paragraph, a table, a chart. Every size is in points.
class Block
{
public:
    virtual ~Block() = default;

    /// Lays the block out for the column width; called once, before anything below.
    virtual void layout(double width) = 0;
    /// The heights of the block's rows: the places where it may be broken over two pages. A
    /// block that must stay whole (a chart with its caption) has one row.
    virtual QList<double> rowHeights() const = 0;
    /// Height painted above the rows on every page the block appears on (a table's column
    /// headers).
    virtual double headerHeight() const { return 0; }
    /// Rows that stay together where the block is broken: no single line or table row alone at
    /// the foot or the head of a page.
    virtual int minimumRowsTogether() const { return 1; }
    /// Never the last thing on a page: a heading stays with the start of what follows.
    virtual bool keepWithNext() const { return false; }
    /// Starts a new page.
    virtual bool breakBefore() const { return false; }
    /// Space above the block; left out at the top of a page.
    virtual double spaceBefore() const { return 0; }

    /// Paints the header and rows [first, last) with the block's top left at `topLeft`.
    virtual void paint(QPainter &painter, QPointF topLeft, int first, int last) const = 0;
};

} // namespace wzsw::report
