#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace wzsw {

class Database;

/// Consistent copies of a data file. A plain file copy of a database in use can catch it
/// half-written; `VACUUM INTO` copies it inside a read transaction instead, so the copy is
/// always a committed state, also while another program has the file open.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::Backup)

public:
    /// Writes a copy of `db` to `target`: first to a temporary name beside it, then checked
    /// with `PRAGMA integrity_check`, then renamed. An existing `target` is replaced only by a
    /// verified copy; on any failure nothing is left behind.
    static Status copyTo(const Database &db, const QString &target);

    /// Opens `path` read-only and runs `PRAGMA integrity_check`; ok when it answers "ok".
    static Status verify(const QString &path);
};

} // namespace wzsw
