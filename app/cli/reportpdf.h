#pragma once

#include "domain/enums.h"
#include "figures/reportdata.h"

#include <QCoreApplication>

#include <memory>

namespace wzsw {
class Database;
}

namespace wzsw::cli {

/// Whether this command line writes a report as PDF (`report ... --pdf OUT`): only then does
/// wzsw-cli start a QApplication, headless.
bool wantsPdf(int argc, char **argv);

/// The application for such a command line: the report renderer's, on the offscreen platform.
std::unique_ptr<QCoreApplication> makePdfApplication(int &argc, char **argv);

/// Draws the report and writes it to `path` as PDF, recording a "print" in the data file's audit
/// log. Both or neither: the PDF is written to a temporary file next to `path`, the audit entry
/// is stored, and only then is the file renamed into place; if anything fails nothing appears
/// and the audit log is left as it was. Returns the exit code.
int writeReportPdf(Database &db, const ReportData &report, Language language, const QString &path);

} // namespace wzsw::cli
