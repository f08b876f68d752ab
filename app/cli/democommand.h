#pragma once

#include <QStringList>

namespace wzsw::cli {

int runDemo(const QStringList &arguments);

} // namespace wzsw::cli
