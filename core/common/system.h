#pragma once

#include <QString>

namespace wzsw {

/// The operating-system user running the program: "who" in the audit log.
QString currentUserName();

} // namespace wzsw
