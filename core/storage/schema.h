#pragma once

#include "common/result.h"

namespace wzsw {

class Database;

/// Migration steps, one function per schema version (see migrations.cpp).
Status createSchemaVersion1(Database &db);
/// Indexes for the report figures.
Status addFigureIndexes(Database &db);

} // namespace wzsw
