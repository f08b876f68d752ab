#pragma once

#include "common/result.h"

class QString;
class QWidget;

namespace wzsw {

class ListPanel;

/// The "Export list..." action of every list: asks where to save (a .csv file), then writes
/// what `panel` shows with a progress dialog whose Cancel leaves no file.
void exportShownList(ListPanel *panel);

/// Writes what `panel` shows to `path` with a progress dialog over `panel`; the number of rows.
Result<qint64> writeShownList(ListPanel *panel, const QString &path);

} // namespace wzsw
