#pragma once

#include "common/result.h"
#include "figures/reportdata.h"

#include <QByteArray>

namespace wzsw {

/// An issued report's figures as stored in the data file: the JSON of reportJson() (schema 1)
/// plus what only the printed report shows, under `archive`: the project leader, the service
/// type names in their order, the fees per type and each neighbourhood's municipality. Read
/// back by reportFromArchive(), it gives the same ReportData, so an issued report prints again
/// exactly as the steering group received it, whatever changed in the file since.
QByteArray reportArchiveJson(const ReportData &report);

/// The ReportData of an archive written by reportArchiveJson(). Fails (Invalid) on text that is
/// not such an archive, or one of a newer schema.
Result<ReportData> reportFromArchive(const QByteArray &json);

} // namespace wzsw
