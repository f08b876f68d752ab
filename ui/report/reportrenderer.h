#pragma once

#include "common/result.h"
#include "domain/enums.h"
#include "figures/reportdata.h"
#include "figures/reportnarrative.h"

#include <QPageLayout>

#include <memory>

class QIODevice;
class QPagedPaintDevice;
class QPainter;

namespace wzsw {

namespace report {
class Document;
}

/// The printed steering-group report (spec/reports.md "The printed report"): A4 portrait, a
/// cover, the key figures against their targets, nine charts with captions, the neighbourhood
/// and agreement tables and the project leader's texts, with "pagina X van Y", the date and
/// "vertrouwelijk" on every page. Drawn from one ReportData, so the print, the PDF and the
/// screen show the same figures as the JSON; charts are vector graphics.
///
/// The whole report is laid out once, on construction, so the page count is known before the
/// first page is painted; painting needs a QApplication (the charts are drawn through Qt
/// Charts, which uses QGraphicsScene), on the offscreen platform when there is no display.
///
///     ReportRenderer renderer(data, narrative, Language::Dutch);
///     renderer.render(printer);            // print, or a QPrintPreviewDialog's paintRequested
///     renderer.writePdf(saveFile);         // PDF into any QIODevice, e.g. a QSaveFile
class ReportRenderer
{
public:
    ReportRenderer(ReportData data, ReportNarrative narrative, Language language);
    ~ReportRenderer();
    ReportRenderer(const ReportRenderer &) = delete;
    ReportRenderer &operator=(const ReportRenderer &) = delete;

    const ReportData &data() const;
    Language language() const;
    int pageCount() const;
    /// "Eerste tussenrapportage – Gemeente Tilburg": the PDF's title, a window title.
    QString title() const;

    /// The page size the report is laid out for: A4 portrait, with small margins that every
    /// printer can print; the report keeps its own margins inside them.
    static QPageLayout pageLayout();
    /// The size of a page in points (A4).
    static QSizeF pageSize();

    /// Paints page `index` (0 = the cover) with `painter` set up so that one unit is one point
    /// and (0, 0) is the top left corner of the sheet (see pageSize()). For a screen view: scale
    /// the painter to the widget and call this.
    void paintPage(QPainter &painter, int index) const;

    /// Sets the device to pageLayout() and paints every page onto it: a QPdfWriter, or a
    /// QPrinter for printing and print preview. Fails when the device cannot be painted on.
    Status render(QPagedPaintDevice &device) const;

    /// Writes the report as PDF to `device` (open for writing). The caller commits or discards
    /// what was written (a QSaveFile keeps a half-written PDF from ever appearing).
    Status writePdf(QIODevice &device) const;

private:
    std::unique_ptr<report::Document> m_document;
};

} // namespace wzsw
