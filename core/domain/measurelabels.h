#pragma once

#include "domain/enums.h"

#include <QString>

namespace wzsw {

/// The name of a measure of spec/reports.md as a person reads it, e.g. "clients_served" as
/// "Cliënten bediend", "trajectories_started.placement" as "Trajecten gestart:
/// toeleidingstraject". The printed report, the targets list and the target form all name a
/// measure this way. An unknown name is returned as it is.
QString measureLabel(const QString &measureName, Language language);
/// The same in the program's display language.
QString measureLabel(const QString &measureName);

} // namespace wzsw
