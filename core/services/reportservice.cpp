#include "services/reportservice.h"

#include "common/system.h"
#include "common/values.h"
#include "figures/reportarchive.h"
#include "services/recordwriter.h"
#include "storage/reportrepository.h"

using namespace Qt::StringLiterals;

namespace wzsw {

QString reportAuditCode(const StoredReport &report)
{
    return reportKindCode(report.kind) + u' ' + report.scope + u' ' + isoDate(report.period.from) +
           u".."_s + isoDate(report.period.to);
}

Result<StoredReport> ReportService::draft(ReportKind kind, const QString &scope,
                                          const Period &period) const
{
    ReportRepository repository(m_db);
    Result<std::optional<StoredReport>> stored = repository.draft(kind, scope, period);
    if (!stored)
        return stored.error();
    if (*stored)
        return **stored;
    StoredReport fresh;
    fresh.kind = kind;
    fresh.scope = scope;
    fresh.period = period;
    Result<std::optional<StoredReport>> issued = repository.latestIssued(kind, scope, period);
    if (!issued)
        return issued.error();
    if (*issued)
        fresh.narrative = (*issued)->narrative;
    return fresh;
}

Status ReportService::refuseIssued(const StoredReport &report) const
{
    if (report.isIssued())
        return Error::make(Error::Kind::Conflict,
                           tr("This report was issued and is archived as it was sent; it cannot "
                              "be changed."));
    if (report.id == 0)
        return {};
    // The stored row decides: somebody may have issued it since it was read.
    const Result<StoredReport> stored = Table<StoredReport>(m_db).find(report.id);
    if (!stored)
        return stored.error();
    if (stored->isIssued())
        return Error::make(Error::Kind::Conflict,
                           tr("This report was issued meanwhile; its texts cannot be changed."));
    return {};
}

Status ReportService::saveNarrative(StoredReport &report)
{
    RecordWriter<StoredReport> writer(
        m_db, [this](const StoredReport &r) -> Result<QList<RuleViolation>> {
            if (Status refused = refuseIssued(r); !refused)
                return refused.error();
            return QList<RuleViolation>();
        });
    return writer.save(report, {u"report"_s, reportAuditCode(report)});
}

Status ReportService::issue(StoredReport &report, const ReportData &figures)
{
    if (figures.kind != report.kind || figures.scopeCode() != report.scope ||
        !(figures.period == report.period))
        return Error::make(Error::Kind::Invalid,
                           tr("The figures belong to another report than the texts."));
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status refused = refuseIssued(report); !refused)
        return refused;
    StoredReport issued = report;
    // Whole seconds, as stored, so the value in hand equals the one read back later.
    issued.issuedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    issued.issuedBy = currentUserName();
    issued.figures = reportArchiveJson(figures);
    Table<StoredReport> table(m_db);
    if (Status stored = issued.id == 0 ? table.insert(issued) : table.update(issued); !stored)
        return stored;
    AuditEntry entry = AuditEntry::by(u"issue"_s, u"report"_s, issued.id, reportAuditCode(issued));
    if (Status logged = AuditRepository(m_db).append(entry); !logged)
        return logged;
    if (Status committed = tx.commit(); !committed)
        return committed;
    report = std::move(issued);
    return {};
}

AuditEntry ReportService::printedEntry(const ReportData &report)
{
    return AuditEntry::by(u"print"_s, u"report"_s, 0,
                          reportKindCode(report.kind) + u' ' + report.scopeCode(),
                          isoDate(report.period.from) + u".."_s + isoDate(report.period.to));
}

Status ReportService::recordPrinted(const ReportData &report)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    AuditEntry entry = printedEntry(report);
    if (Status logged = AuditRepository(m_db).append(entry); !logged)
        return logged;
    return tx.commit();
}

Result<QList<StoredReport>> ReportService::issued() const
{
    return ReportRepository(m_db).issued();
}

} // namespace wzsw
