#pragma once

#include "common/result.h"

namespace wzsw {

class Database;

/// The schema version the program writes (SqlDialect::schemaVersion says where it is kept).
int latestSchemaVersion();

/// Brings the file from its version to the latest, one step per transaction, so a failure
/// leaves the file at the last completed step. A step is one function; add a new one at the
/// end of the list in migrations.cpp, never change a released step.
Status migrate(Database &db);

} // namespace wzsw
