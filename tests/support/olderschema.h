#pragma once

namespace wzsw {
class Database;
}

namespace wzsw::test {

/// Puts an open data file back into the shape of schema version 8, as an older program left
/// it: no totals of the deliveries, the index by month, the narrower indexes of clients,
/// providers and assessments, none of trajectories for the figures.
void putBackToVersion8(Database &db);

} // namespace wzsw::test
