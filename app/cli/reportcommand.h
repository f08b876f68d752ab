#pragma once

#include <QStringList>

namespace wzsw::cli {

int runReport(const QStringList &arguments);

} // namespace wzsw::cli
