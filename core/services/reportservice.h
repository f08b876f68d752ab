#pragma once

#include "common/result.h"
#include "figures/storedreport.h"
#include "storage/auditrepository.h"

#include <QCoreApplication>

namespace wzsw {

class Database;

/// The project leader's texts for a steering-group report and the issuing of reports
/// (spec/reports.md "The printed report"). Each change is one transaction with its audit entry;
/// an issued report is never changed again.
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::ReportService)

public:
    explicit ReportService(Database &db) : m_db(db) {}

    /// The draft of the report named by `kind`, `scope` and `period`: the stored one, or a new
    /// one (id 0, not stored) whose texts are those of the latest issued version of the same
    /// report, if there is one, so a re-issue starts from what was sent.
    Result<StoredReport> draft(ReportKind kind, const QString &scope, const Period &period) const;

    /// Stores the texts of a draft (new or changed). Refuses an issued report.
    Status saveNarrative(StoredReport &report);

    /// Issues the report: stores its texts, `figures` (archived with reportArchiveJson()), the
    /// time and the current user, in one transaction with an "issue" audit entry. `report`
    /// names the report and holds the texts; it must be a draft of the same kind, scope and
    /// period as `figures`. Afterwards `report` is the issued, archived report.
    Status issue(StoredReport &report, const ReportData &figures);

    /// Every issued report, the most recent first.
    Result<QList<StoredReport>> issued() const;

    /// The audit entry for a printed report (a print or a PDF): the kind and scope as its code,
    /// the period as its summary. Append it in the transaction that ends with the print.
    static AuditEntry printedEntry(const ReportData &report);
    /// Records a print of `report` in the audit log, in a transaction of its own.
    Status recordPrinted(const ReportData &report);

private:
    Status refuseIssued(const StoredReport &report) const;

    Database &m_db;
};

/// The name the audit log gives a report: "final GM0855 2025-01-01..2025-12-31".
QString reportAuditCode(const StoredReport &report);

} // namespace wzsw
