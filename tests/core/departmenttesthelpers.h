#pragma once

// Helpers of the department export tests: the awkward exchange set imported, an export run
// into a file, and the file read back the way Excel or a program would.

#include "exchange/exporter.h"
#include "exchangetestdata.h"

namespace wzsw::test {

/// A data file holding the awkward exchange set (exchangetestdata.h): persons with
/// distinctive names, a BSN, phones and e-mail addresses; region project period 2025-01-01 ..
/// 2026-12-31.
inline void importAwkward(Database &db)
{
    ExchangeFolder folder(awkwardExchangeSet());
    const ImportReport report = importFolder(db, folder.path());
    INFO(problemLines(report).join(u'\n').toStdString());
    REQUIRE(report.ok());
}

/// A request in Dutch for `recipient`, the dialect the profile's default.
inline ExportRequest dutchRequest(const QString &recipient = {})
{
    ExportRequest request;
    request.language = Language::Dutch;
    request.recipient = recipient;
    return request;
}

/// Runs `profile` into `path` and returns the file's bytes; fails the test when it fails.
inline QByteArray exportBytes(Database &db, const QString &profile, const ExportRequest &request,
                              const QString &path)
{
    const Result<ExportSummary> summary = Exporter(db).run(*exportProfile(profile), request, path);
    if (!summary)
        FAIL(summary.error().fullText().toStdString());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// The records of a CSV file as a program reads it: BOM and delimiter detected.
inline QList<QStringList> rowsOf(const QByteArray &bytes)
{
    QList<QStringList> rows;
    for (const CsvRecord &record : readAll(bytes))
        rows.append(record.fields);
    return rows;
}

} // namespace wzsw::test
