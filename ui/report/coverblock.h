#pragma once

#include "figures/reportdata.h"
#include "report/block.h"
#include "report/reportformat.h"

#include <QString>

namespace wzsw::report {

/// A line of the table of contents on the cover: a section and the page it starts on.
struct ContentsEntry
{
    QString title;
    int page = 0;
};

/// The cover: title, municipality or region, period (and the periods beside it), date, author,
/// four headline figures, the contents and the confidentiality note. Fills the first page.
class CoverBlock : public Block
{
public:
    /// `contents` is filled in after pagination, before painting.
    CoverBlock(const ReportData &data, const ReportFormat &format,
               const QList<ContentsEntry> &contents);

    void layout(double width) override;
    QList<double> rowHeights() const override { return {m_height}; }
    void paint(QPainter &painter, QPointF topLeft, int first, int last) const override;

private:
    double paintFacts(QPainter &painter, double left, double y) const;
    double paintHeadlines(QPainter &painter, double left, double y) const;
    void paintContents(QPainter &painter, double left, double y) const;
    void paintNote(QPainter &painter, double left, double bottom) const;
    QString scopeTitle() const;

    const ReportData &m_data;
    const ReportFormat &m_f;
    const QList<ContentsEntry> &m_contents;
    double m_width = 0;
    double m_height = 0;
};

} // namespace wzsw::report
