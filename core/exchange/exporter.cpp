#include "exchange/exporter.h"

#include "common/values.h"
#include "exchange/exportoutput.h"
#include "storage/auditrepository.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

/// The audit summary: what left the data file, never a value from it.
QString auditSummary(const ExportProfile &profile, const ExportRequest &request,
                     const CsvDialect &dialect, const QList<ExportedFile> &files)
{
    QStringList parts{u"profile "_s + profile.name(), u"dialect "_s + dialect.name,
                      u"scope "_s + profile.scope(request)};
    if (request.from.isValid() || request.to.isValid())
        parts.append(u"period "_s + isoDate(request.from) + u".."_s + isoDate(request.to));
    if (!request.recipient.isEmpty())
        parts.append(u"recipient "_s + request.recipient);
    parts.append(request.withNames ? u"with names"_s : u"without names"_s);
    parts.append(request.withBsn ? u"with BSN"_s : u"without BSN"_s);
    QStringList rows;
    for (const ExportedFile &file : files)
        rows.append(file.name + u' ' + QString::number(file.rows));
    parts.append(u"rows: "_s + rows.join(u", "_s));
    return parts.join(u"; "_s);
}

} // namespace

Result<ExportSummary> Exporter::run(const ExportProfile &profile, const ExportRequest &request,
                                    const QString &path, const ExportProgress &progress)
{
    if (const QString refusal = profile.refusal(request); !refusal.isEmpty())
        return Error::make(Error::Kind::Invalid, refusal);
    Result<std::unique_ptr<ExportOutput>> output =
        ExportOutput::prepare(path, profile.writesFolder());
    if (!output)
        return output.error();
    const CsvDialect dialect = request.dialect.value_or(profile.defaultDialect());

    // A write transaction: the files show the data at one moment, and the audit entry is
    // stored with that same view or not at all.
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<QList<ExportedFile>> files = profile.write(m_db, request, dialect, **output, progress);
    if (!files)
        return files.error();
    if (Status status = (*output)->close(); !status)
        return status.error();
    AuditEntry entry = AuditEntry::by(u"export"_s, u"file"_s, 0, {},
                                      auditSummary(profile, request, dialect, *files));
    if (Status status = AuditRepository(m_db).append(entry); !status)
        return status.error();
    if (Status status = tx.commit(); !status)
        return status.error();
    if (Status status = (*output)->publish(); !status)
        return status.error();
    return ExportSummary{path, std::move(files).value()};
}

} // namespace wzsw
