#include "reportpage/reportpreview.h"

#include "report/reportrenderer.h"

#include <QPaintEvent>
#include <QPainter>

namespace wzsw {

namespace {

constexpr int pageGap = 12; // pixels between two pages and around them

} // namespace

ReportPreview::ReportPreview(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Dark);
}

void ReportPreview::setRenderer(const ReportRenderer *renderer)
{
    m_renderer = renderer;
    updateGeometry();
    update();
}

double ReportPreview::scaleFor(int width) const
{
    return std::max(0.1, double(width - 2 * pageGap) / ReportRenderer::pageSize().width());
}

int ReportPreview::heightForWidth(int width) const
{
    if (!m_renderer)
        return 0;
    const double pageHeight = ReportRenderer::pageSize().height() * scaleFor(width);
    return int(m_renderer->pageCount() * (pageHeight + pageGap)) + pageGap;
}

QSize ReportPreview::sizeHint() const
{
    return {640, heightForWidth(640)};
}

void ReportPreview::paintEvent(QPaintEvent *event)
{
    if (!m_renderer)
        return;
    QPainter painter(this);
    const double scale = scaleFor(width());
    const QSizeF page = ReportRenderer::pageSize() * scale;
    for (int index = 0; index < m_renderer->pageCount(); ++index) {
        const QRectF sheet(pageGap, pageGap + index * (page.height() + pageGap), page.width(),
                           page.height());
        if (!event->rect().intersects(sheet.toAlignedRect()))
            continue; // only the pages in view are painted
        painter.fillRect(sheet, Qt::white);
        painter.save();
        painter.translate(sheet.topLeft());
        painter.scale(scale, scale);
        painter.setClipRect(QRectF(QPointF(0, 0), ReportRenderer::pageSize()));
        m_renderer->paintPage(painter, index);
        painter.restore();
    }
}

} // namespace wzsw
