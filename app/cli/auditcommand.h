#pragma once

#include <QStringList>

namespace wzsw::cli {

int runAudit(const QStringList &arguments);

} // namespace wzsw::cli
