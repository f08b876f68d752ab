#include "exchange/exporter.h"

#include "common/values.h"
#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "exchange/exportoutput.h"
#include "storage/auditrepository.h"
#include "storage/transaction.h"

#include <QBuffer>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

/// The audit summary: what left the data file, never a value from it. The recipient and the
/// reason are the user's own words about the export, not data of the file.
QString auditSummary(const ExportProfile &profile, const ExportRequest &request,
                     const CsvDialect &dialect, const QList<ExportedFile> &files)
{
    QStringList parts{u"profile "_s + profile.name(), u"dialect "_s + dialect.name,
                      u"scope "_s + profile.scope(request)};
    if (request.from.isValid() || request.to.isValid())
        parts.append(u"period "_s + isoDate(request.from) + u".."_s + isoDate(request.to));
    parts.append(u"recipient "_s +
                 (request.recipient.isEmpty() ? u"(none)"_s : request.recipient.simplified()));
    parts.append(request.withNames ? u"with names"_s : u"without names"_s);
    parts.append(request.withBsn ? u"with BSN"_s : u"without BSN"_s);
    if (!request.reason.isEmpty())
        parts.append(u"reason "_s + request.reason.simplified());
    QStringList rows;
    for (const ExportedFile &file : files)
        rows.append(file.name + u' ' + QString::number(file.rows));
    parts.append(u"rows: "_s + rows.join(u", "_s));
    return parts.join(u"; "_s);
}

Error cancelled()
{
    return Error::make(Error::Kind::Cancelled,
                       Exporter::tr("The export was cancelled; nothing was written."));
}

} // namespace

Result<ExportSummary> Exporter::run(const ExportProfile &profile, const ExportRequest &asked,
                                    const QString &path, const ExportProgress &progress)
{
    if (const QString refusal = profile.refusal(asked); !refusal.isEmpty())
        return Error::make(Error::Kind::Invalid, refusal);
    Result<std::unique_ptr<ExportOutput>> output =
        ExportOutput::prepare(path, profile.writesFolder());
    if (!output)
        return output.error();
    const CsvDialect dialect = asked.dialect.value_or(profile.defaultDialect());

    // A write transaction: the files show the data at one moment, and the audit entry is
    // stored with that same view or not at all.
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const Result<ExportRequest> request = profile.resolve(m_db, asked);
    if (!request)
        return request.error();
    Result<QList<ExportedFile>> files = profile.write(m_db, *request, dialect, **output, progress);
    if (!files)
        return files.error();
    if (Status status = (*output)->close(); !status)
        return status.error();
    // A cancel during the last rows still counts: nothing has been published yet.
    if (progress && !progress(100))
        return cancelled();
    AuditEntry entry = AuditEntry::by(u"export"_s, u"file"_s, 0, {},
                                      auditSummary(profile, *request, dialect, *files));
    if (Status status = AuditRepository(m_db).append(entry); !status)
        return status.error();
    if (Status status = tx.commit(); !status)
        return status.error();
    if (Status status = (*output)->publish(); !status)
        return status.error();
    return ExportSummary{path, std::move(files).value(), *request};
}

Result<ExportPreview> Exporter::preview(const ExportProfile &profile, const ExportRequest &asked,
                                        qint64 maxRows)
{
    if (const QString refusal = profile.refusal(asked); !refusal.isEmpty())
        return Error::make(Error::Kind::Invalid, refusal);
    // A write transaction for the one thing a preview may store: the pseudonym key.
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const Result<ExportRequest> request = profile.resolve(m_db, asked);
    if (!request)
        return request.error();
    const CsvDialect dialect = request->dialect.value_or(profile.defaultDialect());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    Result<qint64> written = [&]() -> Result<qint64> {
        CsvWriter csv(&buffer, dialect);
        Result<qint64> rows =
            profile.writePreview(m_db, *request, csv, std::max<qint64>(maxRows, 0));
        if (Status status = csv.finish(); rows && !status)
            return status.error();
        return rows;
    }();
    if (!written)
        return written.error();
    if (Status status = tx.commit(); !status)
        return status.error();

    // Read back what was written, so the preview shows the cells exactly as the file has them.
    ExportPreview preview{profile.previewFileName(), {}, {}, *written <= maxRows};
    CsvReader reader(bytes);
    reader.setDelimiter(char(dialect.delimiter.unicode()));
    CsvRecord record;
    if (reader.next(record))
        preview.header = record.fields;
    while (preview.rows.size() < maxRows && reader.next(record))
        preview.rows.append(record.fields);
    if (reader.error())
        return Error::make(Error::Kind::Io, reader.error()->located());
    return preview;
}

} // namespace wzsw
