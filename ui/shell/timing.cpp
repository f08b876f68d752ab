#include "shell/timing.h"

#include <QElapsedTimer>

namespace wzsw {

Q_LOGGING_CATEGORY(lcTiming, "wzsw.timing", QtInfoMsg)

namespace timing {

namespace {
QElapsedTimer g_clock;
}

void start()
{
    g_clock.start();
}

qint64 sinceStart()
{
    return g_clock.isValid() ? g_clock.elapsed() : -1;
}

} // namespace timing

} // namespace wzsw
