#pragma once

#include "common/result.h"

#include <QStringList>

#include <functional>

namespace wzsw {

class Database;

/// Runs `load` with the secondary indexes of `tables` dropped, then makes them again; with
/// "deliveries" among `tables`, the totals of the deliveries too (storage/deliverytotals.h).
/// Building an index once over a million rows is several times faster than updating it a million
/// times in scattered places (measured: a million deliveries load in about half the time).
///
/// Call it inside the caller's WriteTransaction: DDL is transactional, so when `load` or a
/// rebuild fails the caller's rollback brings the indexes back with everything else. Unique
/// indexes are rebuilt too, so their rules still hold for the loaded rows; a rebuild that finds
/// a violation fails like the insert would have. On the regional server it only runs `load`.
Status withIndexesSuspended(Database &db, const QStringList &tables,
                            const std::function<Status()> &load);

} // namespace wzsw
