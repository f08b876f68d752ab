#pragma once

#include "common/result.h"

namespace wzsw {

class Database;

/// Where a connection's view of its file stood, to tell later whether anything changed.
/// `PRAGMA data_version` moves with commits by *other* connections only; `total_changes()`
/// counts the rows this connection changed. Together they see every change, also changes that
/// write no audit entry (an import's rows). Valid for the connection it was taken on.
struct ChangeMark
{
    qint64 dataVersion = -1;
    qint64 ownChanges = -1;

    bool operator==(const ChangeMark &) const = default;

    /// Where `db` stands now.
    static Result<ChangeMark> of(const Database &db);
};

} // namespace wzsw
