#pragma once

#include <QStringList>

namespace wzsw::cli {

int runInit(const QStringList &arguments);
int runBackup(const QStringList &arguments);
int runCheck(const QStringList &arguments);

} // namespace wzsw::cli
