#pragma once

#include "common/result.h"

#include <QStringList>

namespace wzsw {

class Database;

/// Totals of the deliveries that the report figures read instead of the million deliveries
/// themselves, kept exact by triggers in the same transaction as every write of a delivery (by
/// the program, an import, an erasure or anyone's SQL) and of a client's neighbourhood:
/// - `delivery_day_totals`: per date, service type and the client's neighbourhood: number,
///   quarter hours, fees (the totals per type, per month and per period);
/// - `delivery_pair_totals`: per client and provider: the client's neighbourhood, first and last
///   date, number, quarter hours (the distinct clients and providers per neighbourhood: a pair
///   whose dates lie inside the period counts whole; only a pair cut by the period's edges is
///   read from its deliveries);
/// - `delivery_month_clients`: per month and neighbourhood the distinct clients with a delivery
///   (clients served per calendar month).
/// A neighbourhood, not a municipality, is the key: a neighbourhood moved to another
/// municipality then changes nothing here, and the figures join it to its municipality.
///
/// Local data files only (schema step 9): the regional server computes the figures from the
/// deliveries, as every file did before, so its row-level security needs no second set of
/// policies and each leader's writes no second set of rows.
namespace deliverytotals {

/// Whether `db` keeps the totals: every local data file at the current schema.
bool keptIn(const Database &db);

/// Schema step 9: the tables, filled from the deliveries there are, and the triggers.
Status create(Database &db);

/// Drops the triggers for a bulk load into an empty deliveries table: adding a million rows
/// one trigger at a time costs more than adding them up once afterwards. Call inside the
/// load's transaction and end it with rebuild(), which makes them again.
Status suspend(Database &db);

/// Computes every total again from the deliveries and makes the triggers (again).
Status rebuild(Database &db);

/// What differs between the totals kept and the totals computed from the deliveries, one line
/// per table that differs (empty when they agree): the file check asks it, and the tests.
Result<QStringList> differences(const Database &db);

} // namespace deliverytotals

} // namespace wzsw
