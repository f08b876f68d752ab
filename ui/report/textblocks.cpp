#include "report/textblocks.h"

#include "report/reportstyle.h"
#include "report/textwrap.h"

#include <QFontMetricsF>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace wzsw::report {

HeadingBlock::HeadingBlock(QString text, int level, bool newPage)
    : m_text(std::move(text)), m_level(level), m_newPage(newPage)
{}

QFont HeadingBlock::font() const
{
    return style::font(m_level == 1 ? style::headingSize : style::subheadingSize,
                       style::Weight::Bold);
}

void HeadingBlock::layout(double width)
{
    m_width = width;
    m_lines = wrapText(m_text, font(), width);
    const double below = m_level == 1 ? 8 : 4;
    m_height = lineHeight(font()) * double(m_lines.size()) + below;
}

double HeadingBlock::spaceBefore() const
{
    return m_level == 1 ? 22 : 12;
}

void HeadingBlock::paint(QPainter &painter, QPointF topLeft, int, int) const
{
    painter.setPen(style::text);
    double y = topLeft.y();
    for (const QString &line : m_lines) {
        drawLine(painter, line, font(), topLeft.x(), y, m_width);
        y += lineHeight(font());
    }
    if (m_level == 1) {
        painter.setPen(QPen(style::rule, 0.8));
        painter.drawLine(QPointF(topLeft.x(), y + 2), QPointF(topLeft.x() + m_width, y + 2));
    }
}

ParagraphBlock::ParagraphBlock(QString text, Style style)
    : m_text(std::move(text)), m_style(std::move(style))
{}

void ParagraphBlock::layout(double width)
{
    m_width = width;
    m_lines.clear();
    const double paragraphGap = lineHeight(m_style.font) * 0.5;
    const double bulletIndent = QFontMetricsF(m_style.font).horizontalAdvance(u"•  "_s);
    double pendingGap = 0;
    for (const QString &raw : m_text.split(u'\n')) {
        const QString paragraph = raw.trimmed();
        if (paragraph.isEmpty()) {
            pendingGap = paragraphGap;
            continue;
        }
        const bool bullet = paragraph.startsWith(u"- "_s) || paragraph.startsWith(u"* "_s) ||
                            paragraph.startsWith(u"• "_s);
        const QString body = bullet ? paragraph.mid(2).trimmed() : paragraph;
        const double indent = bullet ? bulletIndent : 0;
        const QStringList lines = wrapText(body, m_style.font, width - indent);
        for (qsizetype i = 0; i < lines.size(); ++i)
            m_lines.append(Line{lines[i], indent, i == 0 && !m_lines.isEmpty() ? pendingGap : 0,
                                bullet && i == 0});
        pendingGap = bullet ? 0 : paragraphGap * 0.5;
    }
    if (m_lines.isEmpty())
        m_lines.append(Line{});
}

QList<double> ParagraphBlock::rowHeights() const
{
    QList<double> heights;
    for (const Line &line : m_lines)
        heights.append(line.gapAbove + lineHeight(m_style.font));
    return heights;
}

void ParagraphBlock::paint(QPainter &painter, QPointF topLeft, int first, int last) const
{
    painter.setPen(m_style.color);
    double y = topLeft.y();
    for (int i = first; i < last; ++i) {
        const Line &line = m_lines[i];
        if (i != first)
            y += line.gapAbove;
        if (line.bullet)
            drawLine(painter, u"•"_s, m_style.font, topLeft.x(), y, line.indent);
        drawLine(painter, line.text, m_style.font, topLeft.x() + line.indent, y,
                 m_width - line.indent);
        y += lineHeight(m_style.font);
    }
}

} // namespace wzsw::report
