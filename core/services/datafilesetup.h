#pragma once

#include "common/result.h"
#include "domain/places.h"

#include <optional>

namespace wzsw {

class Database;

/// Fills a freshly created data file with what every file starts with: the default service
/// types and, when given, the first municipality. One transaction.
Status initialiseDataFile(Database &db, const std::optional<Municipality> &firstMunicipality);

} // namespace wzsw
