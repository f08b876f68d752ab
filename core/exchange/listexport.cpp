#include "exchange/listexport.h"

#include "csv/csvwriter.h"
#include "exchange/exportoutput.h"
#include "storage/auditrepository.h"
#include "storage/transaction.h"

#include <QDate>
#include <QFileInfo>

#include <limits>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

// Rows read per statement: few statements, little memory.
constexpr int chunkRows = 2000;

void addCell(CsvWriter &csv, CellKind kind, const QVariant &value)
{
    const CsvDialect &dialect = csv.dialect();
    if (value.isNull() || !value.isValid()) {
        csv.addEmpty();
        return;
    }
    switch (kind) {
    case CellKind::Text:
        csv.addText(value.toString());
        break;
    case CellKind::Date:
        csv.addText(dialect.date(value.toDate()));
        break;
    case CellKind::QuarterHours:
        csv.addNumber(dialect.hours(value.toLongLong()));
        break;
    case CellKind::Money:
        csv.addNumber(dialect.money(value.toLongLong()));
        break;
    case CellKind::Number:
        csv.addNumber(dialect.number(value.toDouble()));
        break;
    }
}

bool filtered(const ListFilter &filter)
{
    return !(filter == ListFilter{});
}

} // namespace

Result<qint64> ListExporter::run(const ListExportRequest &request, const QString &path,
                                 const ExportProgress &progress)
{
    const ListQuery query(m_db, request.kind);
    const QList<ListColumn> all = query.columns();
    QList<int> columns = request.columns;
    if (columns.isEmpty())
        for (int i = 0; i < all.size(); ++i)
            columns.append(i);
    for (int column : columns)
        if (column < 0 || column >= all.size())
            return Error::make(Error::Kind::Invalid, tr("The list has no column %1.").arg(column));

    Result<std::unique_ptr<ExportOutput>> output = ExportOutput::prepare(path, false);
    if (!output)
        return output.error();
    // One moment of the data file, and the audit entry stored with it or not at all.
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const Result<QList<Id>> ids =
        query.ids(request.filter, request.sort, std::numeric_limits<int>::max());
    if (!ids)
        return ids.error();
    Result<QIODevice *> device = (*output)->open(QFileInfo(path).fileName());
    if (!device)
        return device.error();
    CsvWriter csv(*device, CsvDialect::excelNl());
    QStringList header;
    for (int column : columns)
        header.append(all.at(column).title);
    csv.writeRow(header);
    for (qsizetype start = 0; start < ids->size(); start += chunkRows) {
        const Result<QList<ListRow>> rows = query.rowsOf(ids->mid(start, chunkRows));
        if (!rows)
            return rows.error();
        for (const ListRow &row : *rows) {
            for (int column : columns)
                addCell(csv, all.at(column).kind, row.cells.value(column));
            csv.endRow();
        }
        if (progress &&
            !progress(int(100 * (start + chunkRows) / std::max<qsizetype>(ids->size(), 1))))
            return Error::make(Error::Kind::Cancelled,
                               tr("The export was cancelled; nothing was written."));
    }
    if (Status status = csv.finish(); !status)
        return status.error();
    if (Status status = (*output)->close(); !status)
        return status.error();
    AuditEntry entry = AuditEntry::by(
        u"export"_s, u"file"_s, 0, {},
        u"list "_s + request.listName + (filtered(request.filter) ? u" (filtered)"_s : QString()) +
            u"; dialect excel-nl; columns "_s + header.join(u", "_s) + u"; rows "_s +
            QString::number(ids->size()));
    if (Status status = AuditRepository(m_db).append(entry); !status)
        return status.error();
    if (Status status = tx.commit(); !status)
        return status.error();
    if (Status status = (*output)->publish(); !status)
        return status.error();
    return qint64(ids->size());
}

} // namespace wzsw
