#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace wzsw {

/// Who holds a data file for writing, as its lock file says.
struct LockOwner
{
    QString user;
    QString host;
    qint64 pid = 0;
    QDateTime since;     ///< UTC: when the holder opened the file
    QDateTime heartbeat; ///< UTC: when the holder last showed it still runs
    QString token;       ///< tells this holder's lock from any later one

    /// "anna on laptop-12, since 01-03-2025 14:30" (local time), for messages.
    QString describe() const;
};

/// The one-writer rule: a lock file beside the data file (`name.wzsw.lock`) held by the
/// program that opens the file for writing, naming who, on which computer, since when.
///
/// Why our own file rather than QLockFile: QLockFile writes Qt's format (pid, application,
/// host) and its staleness is either "same host and process gone" or an age of the lock file
/// that a long-running holder cannot renew. We must show the user *who* holds the file and
/// *since when*, and a program keeps a data file open for a whole working day, so the lock
/// carries a heartbeat the holder renews (refresh()) and a colleague's program can tell a
/// living lock on another computer from one left by a crash. SQLite's own locks still guard
/// every transaction; this lock adds the clear message and keeps a second writer out between
/// transactions, also over a shared drive.
///
/// The lock file is UTF-8 text: the line `wzsw-lock 1`, then `key=value` lines for user, host,
/// pid, since, heartbeat (ISO 8601, UTC) and token.
///
/// A lock is stale, and taken over, when its holder runs on this computer and the process is
/// gone (or the computer restarted since its last heartbeat), or when its heartbeat is older
/// than staleAfterSeconds on any computer.
class WriterLock
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::WriterLock)

public:
    /// How often a holder should call refresh(); the desktop's timer uses this.
    static constexpr int heartbeatIntervalSeconds = 60;
    /// A heartbeat this old means the holder is gone. Long enough for a laptop's clock to be
    /// some minutes off a colleague's, short enough that a crash on another computer does not
    /// keep the file locked for the rest of the day.
    static constexpr int staleAfterSeconds = 15 * 60;

    /// `name.wzsw.lock` beside `dataFile`.
    static QString lockPathFor(const QString &dataFile);

    /// Takes the lock for `dataFile`, taking over a stale one. Fails with Error::Kind::Conflict
    /// naming the holder when a living program holds it, or Io when the folder is not writable.
    static Result<std::unique_ptr<WriterLock>> acquire(const QString &dataFile);

    /// The current holder of `dataFile`'s lock, stale or not; nothing when there is no lock,
    /// and always nothing for a connection string (the server has no lock file).
    static std::optional<LockOwner> holder(const QString &dataFile);

    /// Whether `owner`'s lock may be taken over at `now` (UTC), judged from this computer.
    static bool isStale(const LockOwner &owner, const QDateTime &now);

    /// Releases the lock (removes the file, when it is still ours).
    ~WriterLock();
    WriterLock(const WriterLock &) = delete;
    WriterLock &operator=(const WriterLock &) = delete;

    /// Renews the heartbeat. Fails (Conflict) when another program took the lock over, for
    /// example after this computer slept longer than staleAfterSeconds: the caller must then
    /// stop writing and tell the user.
    Status refresh();

    const LockOwner &owner() const { return m_owner; }
    /// The lock file's path.
    const QString &path() const { return m_path; }

private:
    WriterLock(QString dataFile, LockOwner owner)
        : m_dataFile(std::move(dataFile)), m_path(lockPathFor(m_dataFile)),
          m_owner(std::move(owner))
    {}

    QString m_dataFile;
    QString m_path;
    LockOwner m_owner;
};

} // namespace wzsw
