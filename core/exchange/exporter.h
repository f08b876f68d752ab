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
};

/// Runs an export of any profile: checks the request against the profile, writes every file
/// into a temporary place while reading the data file as it is at one moment, records the
/// export in the audit log (who, when, profile, scope, period, recipient, names and BSN or not,
/// the files and their row counts), and only then moves the files to `path`. Nothing appears
/// at `path` when anything fails. A data file open read-only cannot be exported from, because
/// the export could not be recorded.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::Exporter)

public:
    explicit Exporter(Database &db) : m_db(db) {}

    Result<ExportSummary> run(const ExportProfile &profile, const ExportRequest &request,
                              const QString &path, const ExportProgress &progress = {});

private:
    Database &m_db;
};

} // namespace wzsw
