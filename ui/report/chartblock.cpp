#include "report/chartblock.h"

#include "report/charts/chartpainter.h"
#include "report/reportstyle.h"
#include "report/textwrap.h"

#include <QPainter>

namespace wzsw::report {

namespace {

constexpr double emptyBoxHeight = 36;
constexpr double gapBelowCaption = 6;

QFont titleFont()
{
    return style::font(style::bodySize, style::Weight::Bold);
}
QFont explanationFont()
{
    return style::font(style::tableSize);
}

} // namespace

ChartBlock::ChartBlock(QString title, QString explanation, charts::ChartSpec spec,
                       double chartHeight, QString emptyText)
    : m_title(std::move(title)), m_explanation(std::move(explanation)), m_spec(std::move(spec)),
      m_chartHeight(chartHeight), m_emptyText(std::move(emptyText))
{}

bool ChartBlock::hasData() const
{
    for (const QList<charts::Series> *group : {&m_spec.bars, &m_spec.lines})
        for (const charts::Series &series : *group)
            for (double value : series.values)
                if (value != 0)
                    return true;
    return false;
}

void ChartBlock::layout(double width)
{
    m_width = width;
    m_titleLines = wrapText(m_title, titleFont(), width);
    m_explanationLines =
        m_explanation.isEmpty() ? QStringList() : wrapText(m_explanation, explanationFont(), width);
    m_height = lineHeight(titleFont()) * double(m_titleLines.size()) +
               lineHeight(explanationFont()) * double(m_explanationLines.size()) + gapBelowCaption +
               (hasData() ? m_chartHeight : emptyBoxHeight);
}

void ChartBlock::paint(QPainter &painter, QPointF topLeft, int, int) const
{
    double y = topLeft.y();
    painter.setPen(style::text);
    for (const QString &line : m_titleLines) {
        drawLine(painter, line, titleFont(), topLeft.x(), y, m_width);
        y += lineHeight(titleFont());
    }
    painter.setPen(style::muted);
    for (const QString &line : m_explanationLines) {
        drawLine(painter, line, explanationFont(), topLeft.x(), y, m_width);
        y += lineHeight(explanationFont());
    }
    y += gapBelowCaption;
    if (!hasData()) {
        const QRectF box(topLeft.x(), y, m_width, emptyBoxHeight);
        painter.setPen(QPen(style::lightRule, 0.6));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box);
        painter.setPen(style::muted);
        drawLine(painter, m_emptyText, style::font(style::tableSize, style::Weight::Normal, true),
                 box.left(), box.center().y() - lineHeight(explanationFont()) / 2, box.width(),
                 Qt::AlignHCenter);
        return;
    }
    painter.save();
    charts::paintChart(painter, QRectF(topLeft.x(), y, m_width, m_chartHeight), m_spec);
    painter.restore();
}

} // namespace wzsw::report
