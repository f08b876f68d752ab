#pragma once

#include "common/result.h"

#include <QString>

namespace wzsw {

/// Moves a data file out of the way without deleting it: `name.wzsw` becomes
/// `name.<label>-<yyyyMMdd-HHmmss>.wzsw` in the same folder, its rollback journal (if any)
/// moving along, because a journal left behind would be played back into whatever file takes
/// the name next. Returns the new path. No connection to the file may be open.
Result<QString> moveAside(const QString &dataFile, const QString &label);

/// The rollback journal SQLite keeps beside a data file during a write (`name.wzsw-journal`).
QString journalPathOf(const QString &dataFile);

} // namespace wzsw
