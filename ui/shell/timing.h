#pragma once

#include <QLoggingCategory>

namespace wzsw {

/// How long the things a person waits for take: opening a file, counting and reading list
/// pages, the first painted list. Off by default; on with
/// QT_LOGGING_RULES="wzsw.timing.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcTiming)

namespace timing {

/// Starts the clock for sinceStart(); main() calls it first thing.
void start();
/// Milliseconds since start().
qint64 sinceStart();

} // namespace timing

} // namespace wzsw
