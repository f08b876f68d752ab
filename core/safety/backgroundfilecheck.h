#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

#include <future>

namespace wzsw {

/// `PRAGMA quick_check` of a data file (quickCheckProblems) on a worker thread, on a read-only
/// connection of its own: a Database belongs to the thread that opened it, and the opening
/// connection goes on reading (the window shows its first list) meanwhile.
///
/// Start it after the opening connection has read the file: that connection rolls back a
/// journal left by a crash, which a read-only connection cannot. In rollback-journal mode the
/// check holds a shared lock while it reads, so a writer could not commit before it ends in
/// any case; DataFileSession holds the writes until then.
class BackgroundFileCheck
{
public:
    /// Starts the check of the file at `path`.
    explicit BackgroundFileCheck(const QString &path);
    /// Waits for the worker: the check cannot be stopped half-way.
    ~BackgroundFileCheck();
    BackgroundFileCheck(const BackgroundFileCheck &) = delete;
    BackgroundFileCheck &operator=(const BackgroundFileCheck &) = delete;

    /// Whether the worker is done (never blocks); true as well when there was none.
    bool isFinished() const;
    /// What the check found (empty: the file is whole), or why the worker could not check
    /// (no thread, no second connection): then check on the opening connection instead.
    /// Waits for the worker. Call once.
    Result<QStringList> take();

private:
    std::future<Result<QStringList>> m_worker;
};

} // namespace wzsw
