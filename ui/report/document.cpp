#include "report/document.h"

#include "report/reportstyle.h"
#include "report/textblocks.h"
#include "report/textwrap.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace wzsw::report {

Document::Document(ReportData data, ReportNarrative narrative, Language language)
    : m_data(std::move(data)), m_narrative(std::move(narrative)), m_format(language)
{
    m_blocks.push_back(std::make_unique<CoverBlock>(m_data, m_format, m_contents));
    addKeyFigures(m_blocks, m_data, m_format);
    addActivityCharts(m_blocks, m_data, m_format);
    addScopeCharts(m_blocks, m_data, m_format);
    addAgreements(m_blocks, m_data, m_format);
    addNarrative(m_blocks, m_narrative, m_format);

    const QRectF content = style::contentRect();
    for (const std::unique_ptr<Block> &block : m_blocks)
        block->layout(content.width());
    m_pages = paginate(m_blocks, content.height());

    for (qsizetype page = 0; page < m_pages.size(); ++page)
        for (const Placement &placement : m_pages[page].placements)
            if (const auto *heading = dynamic_cast<const HeadingBlock *>(placement.block);
                heading && heading->level() == 1 && placement.first == 0)
                m_contents.append({heading->text(), int(page) + 1});
}

QString Document::title() const
{
    const QString scope =
        m_data.isRegion()
            ? m_format.text(u"Regio", u"Region")
            : m_format.text(u"Gemeente %1", u"Municipality of %1").arg(m_data.scopeName);
    return reportKindTitle(m_data.kind, m_format.language()) + u" – "_s + scope;
}

void Document::paintPage(QPainter &painter, int index) const
{
    if (index < 0 || index >= m_pages.size())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF content = style::contentRect();
    for (const Placement &placement : m_pages[index].placements) {
        painter.save();
        // A block taller than a page is cut off at the page's edge, not drawn over the footer.
        painter.setClipRect(content.adjusted(-2, -2, 2, 2));
        placement.block->paint(painter, QPointF(content.left(), content.top() + placement.y),
                               placement.first, placement.last);
        painter.restore();
    }
    if (index > 0)
        paintHeader(painter);
    paintFooter(painter, index);
    painter.restore();
}

void Document::paintHeader(QPainter &painter) const
{
    const QRectF content = style::contentRect();
    const QFont font = style::font(style::smallSize);
    const double top = content.top() - 30;
    painter.setPen(style::muted);
    drawLine(painter, title(), font, content.left(), top, content.width() * 0.6);
    drawLine(painter, m_format.shortPeriod(m_data.period), font, content.left(), top,
             content.width(), Qt::AlignRight);
    painter.setPen(QPen(style::lightRule, 0.5));
    const double rule = top + lineHeight(font) + 2;
    painter.drawLine(QPointF(content.left(), rule), QPointF(content.right(), rule));
}

void Document::paintFooter(QPainter &painter, int index) const
{
    const QRectF content = style::contentRect();
    const QFont font = style::font(style::smallSize);
    const double top = content.bottom() + 22;
    painter.setPen(QPen(style::lightRule, 0.5));
    painter.drawLine(QPointF(content.left(), top - 4), QPointF(content.right(), top - 4));
    painter.setPen(style::muted);
    drawLine(painter, m_format.text(u"vertrouwelijk", u"confidential"),
             style::font(style::smallSize, style::Weight::Bold), content.left(), top,
             content.width());
    drawLine(painter, m_format.longDate(m_data.generatedAt.date()), font, content.left(), top,
             content.width(), Qt::AlignHCenter);
    drawLine(painter,
             m_format.text(u"pagina %1 van %2", u"page %1 of %2").arg(index + 1).arg(pageCount()),
             font, content.left(), top, content.width(), Qt::AlignRight);
}

} // namespace wzsw::report
