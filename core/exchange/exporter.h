#pragma once

#include "common/result.h"
#include "exchange/exportprofile.h"

#include <QCoreApplication>

namespace wzsw {

/// What an export wrote.
struct ExportSummary
{
    QString path;
    QList<ExportedFile> files;
    /// The request as carried out: defaults filled in (the period), as the audit log has it.
    ExportRequest request;
};

/// Runs an export of any profile: checks the request against the profile and the data file,
/// writes every file into a temporary place while reading the data file as it is at one
/// moment, records the export in the audit log (who, when, profile, scope, period, recipient,
/// names and BSN or not, the reason given, the files and their row counts), and only then moves
/// the files to `path`. Nothing appears at `path` when anything fails or the progress callback
/// cancels. A data file open read-only cannot be exported from, because the export could not be
/// recorded.
///
/// The desktop's Export dialog uses preview() for the first rows and run() to save, with the
/// reason for names or BSNs in ExportRequest::reason and a progress dialog whose Cancel makes
/// the callback return false.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::Exporter)

public:
    explicit Exporter(Database &db) : m_db(db) {}

    Result<ExportSummary> run(const ExportProfile &profile, const ExportRequest &request,
                              const QString &path, const ExportProgress &progress = {});

    /// The header and the first `maxRows` rows the export would write, each cell exactly as in
    /// the file (the excel-nl formula guard included). Writes no file and no audit entry (the
    /// data stays on the screen); stores the pseudonym key when the file has none yet, so the
    /// preview shows the pseudonyms the export will write.
    Result<ExportPreview> preview(const ExportProfile &profile, const ExportRequest &request,
                                  qint64 maxRows = 50);

private:
    Database &m_db;
};

} // namespace wzsw
