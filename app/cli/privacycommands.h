#pragma once

#include <QStringList>

namespace wzsw::cli {

int runSubjectAccess(const QStringList &arguments);
int runErase(const QStringList &arguments);

} // namespace wzsw::cli
