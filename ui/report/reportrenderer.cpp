#include "report/reportrenderer.h"

#include "report/document.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

struct Renderer
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::ReportRenderer)
};

constexpr double deviceMarginMm = 10;

} // namespace

ReportRenderer::ReportRenderer(ReportData data, ReportNarrative narrative, Language language)
    : m_document(
          std::make_unique<report::Document>(std::move(data), std::move(narrative), language))
{}

ReportRenderer::~ReportRenderer() = default;

const ReportData &ReportRenderer::data() const
{
    return m_document->data();
}

Language ReportRenderer::language() const
{
    return m_document->format().language();
}

int ReportRenderer::pageCount() const
{
    return m_document->pageCount();
}

QString ReportRenderer::title() const
{
    return m_document->title();
}

QPageLayout ReportRenderer::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(deviceMarginMm, deviceMarginMm, deviceMarginMm, deviceMarginMm),
                       QPageLayout::Millimeter);
}

QSizeF ReportRenderer::pageSize()
{
    return QPageSize(QPageSize::A4).size(QPageSize::Point);
}

void ReportRenderer::paintPage(QPainter &painter, int index) const
{
    m_document->paintPage(painter, index);
}

Status ReportRenderer::render(QPagedPaintDevice &device) const
{
    device.setPageLayout(pageLayout());
    QPainter painter;
    if (!painter.begin(&device))
        return Error::make(Error::Kind::Io, Renderer::tr("The report could not be drawn."));
    // From the device's pixels to points of the whole sheet: the painter starts at the corner
    // of the printable area, which the device may have placed differently than asked.
    const QRectF printable = device.pageLayout().paintRect(QPageLayout::Point);
    painter.scale(device.logicalDpiX() / 72.0, device.logicalDpiY() / 72.0);
    painter.translate(-printable.topLeft());
    const QTransform toPoints = painter.worldTransform();
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error::make(
                Error::Kind::Io,
                Renderer::tr("Page %1 of the report could not be started.").arg(page + 1));
        }
        painter.setWorldTransform(toPoints);
        paintPage(painter, page);
    }
    if (!painter.end())
        return Error::make(Error::Kind::Io, Renderer::tr("The report could not be finished."));
    return {};
}

Status ReportRenderer::writePdf(QIODevice &device) const
{
    QPdfWriter writer(&device);
    writer.setTitle(title());
    writer.setCreator(u"wzsw "_s + QStringLiteral(WZSW_VERSION));
    writer.setResolution(1200);
    return render(writer);
}

} // namespace wzsw
