#pragma once

#include "domain/ids.h"
#include "figures/reportdata.h"
#include "figures/reportnarrative.h"

#include <QByteArray>

namespace wzsw {

/// A report as the data file keeps it: which report (kind, scope, period), the project
/// leader's texts for it, and once it is issued, when, by whom and its figures (the archive of
/// reportArchiveJson()). One draft per kind, scope and period holds the texts being written;
/// issuing turns that draft into an archived report that is never changed again, and the next
/// draft of the same report starts from its texts.
struct StoredReport
{
    Id id = 0;
    int version = 0;
    ReportKind kind = ReportKind::Final;
    QString scope; ///< municipality code, or regionScopeCode()
    Period period;
    ReportNarrative narrative;
    QDateTime issuedAt; ///< UTC; invalid while a draft
    QString issuedBy;
    QByteArray figures; ///< the archived ReportData; empty while a draft

    bool isIssued() const { return issuedAt.isValid(); }
};

} // namespace wzsw
