#pragma once

#include <QtGlobal>

namespace wzsw {

/// Internal row id. 0 means "none" (SQLite and PostgreSQL both start their ids at 1).
using Id = qint64;

/// Money is stored and computed as whole cents.
using Cents = qint64;

} // namespace wzsw
