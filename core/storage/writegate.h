#pragma once

#include "common/result.h"

#include <functional>

namespace wzsw {

class Database;

/// Holds the writes on one connection until something has been settled: the data file's check
/// on opening runs in the background while the program already reads (DataFileSession), and
/// nothing may be written before the check has passed. WriteTransaction passes the gate before
/// it begins, so every write of every service waits the same way.
///
/// The holder (the session) keeps `PRAGMA query_only` on the connection as well: a write that
/// does not go through WriteTransaction is refused by SQLite itself rather than let through.
class WriteGate
{
public:
    /// Blocks until writes on the connection may go on (ok), or says why they may not.
    using Wait = std::function<Status()>;

    /// Closes the gate of `db`: from now on a write on it first calls `wait`. One holder per
    /// connection; the holder releases it before the connection closes.
    static void hold(const Database &db, Wait wait);
    /// Opens the gate of `db` again (nothing when it was open).
    static void release(const Database &db);
    /// Whether a holder holds the writes on `db`.
    static bool isHeld(const Database &db);
    /// What WriteTransaction calls before it begins: ok at once when nothing holds `db`,
    /// otherwise the holder's wait.
    static Status pass(const Database &db);
};

} // namespace wzsw
