#pragma once

#include "figures/reportdata.h"
#include "figures/reportnarrative.h"
#include "report/coverblock.h"
#include "report/pagination.h"
#include "report/reportformat.h"
#include "report/reportsections.h"

class QPainter;

namespace wzsw::report {

/// The report laid out: its blocks in print order, flowed onto pages, with the contents the
/// cover shows. Owns everything the blocks refer to (the figures, the format).
class Document
{
public:
    Document(ReportData data, ReportNarrative narrative, Language language);

    const ReportData &data() const { return m_data; }
    const ReportFormat &format() const { return m_format; }
    int pageCount() const { return int(m_pages.size()); }
    QString title() const;

    /// One page, in points of the whole sheet, with its running header and footer.
    void paintPage(QPainter &painter, int index) const;

private:
    void paintHeader(QPainter &painter) const;
    void paintFooter(QPainter &painter, int index) const;

    ReportData m_data;
    ReportNarrative m_narrative;
    ReportFormat m_format;
    QList<ContentsEntry> m_contents;
    Blocks m_blocks;
    QList<PageLayout> m_pages;
};

} // namespace wzsw::report
