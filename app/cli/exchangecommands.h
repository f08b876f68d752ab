#pragma once

#include <QStringList>

namespace wzsw::cli {

int runImport(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runMigrate(const QStringList &arguments);

} // namespace wzsw::cli
