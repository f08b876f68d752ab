#pragma once

#include "common/result.h"

namespace wzsw {

class Database;

/// Migration steps, one function per schema version (see migrations.cpp).
Status createSchemaVersion1(Database &db);
/// Indexes for the report figures.
Status addFigureIndexes(Database &db);
/// Indexes for the lists of the desktop program.
Status addListIndexes(Database &db);
/// The steering-group reports' texts and issued reports.
Status addReports(Database &db);
/// The erasure date of clients and providers (AVG art. 17).
Status addErasureDates(Database &db);
/// Fewer and narrower indexes on deliveries, for faster imports.
Status narrowDeliveryIndexes(Database &db);

/// The index by client ordered by provider before date, for the figures per neighbourhood.
Status orderClientIndexByProvider(Database &db);
/// Row-level security per municipality on the regional server (storage/rowsecurity.h); nothing
/// on a local file. Fails when the group roles of installer/postgres/setup.sql are missing.
Status addRowSecurity(Database &db);
/// Totals of the deliveries kept by triggers, for the report figures (storage/deliverytotals.h),
/// and covering indexes for the other figures; on the regional server the indexes, and the
/// next code counted under a lock (lockCodeNumbering).
Status addDeliveryTotals(Database &db);
/// Makes the server's count of the highest code take a lock until the transaction ends (step 8
/// makes it so on a new server; step 9 on one made before). Nothing on a local file.
Status lockCodeNumbering(Database &db);

} // namespace wzsw
