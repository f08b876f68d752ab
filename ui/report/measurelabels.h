#pragma once

#include "report/reportformat.h"

namespace wzsw::report {

/// The name of a measure of spec/reports.md as the report prints it, e.g. "clients_served" as
/// "Cliënten bediend", "trajectories_started.placement" as "Trajecten gestart:
/// toeleidingstraject". An unknown name is printed as it is.
QString measureLabel(const ReportFormat &format, const QString &measureName);

/// A value of that measure: hours with up to two decimals, fees as money, the rest as counts.
QString measureValue(const ReportFormat &format, const QString &measureName, double value);

/// The first letter in upper case: enumeration labels are lower case for use inside sentences.
QString capitalised(const QString &text);

} // namespace wzsw::report
