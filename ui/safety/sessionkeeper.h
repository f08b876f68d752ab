#pragma once

#include "common/error.h"

#include <QObject>
#include <QTimer>

namespace wzsw {

class DataFileSession;

/// The desktop's clock for an open data file: every AutoBackup::intervalMinutes a backup when
/// the file changed since the last one, and every WriterLock::heartbeatIntervalSeconds the
/// lock's heartbeat, so colleagues see the file is still being edited. The work is core's
/// (DataFileSession); this only says when. A read-only file has no lock and makes no backups,
/// and neither has the regional server (its administrator backs it up).
class SessionKeeper : public QObject
{
    Q_OBJECT

public:
    SessionKeeper(DataFileSession &session, QObject *parent = nullptr);

    /// Runs the 30-minute step now (also what the timer calls).
    void backUpIfChanged();
    /// Renews the lock now (also what the heartbeat timer calls).
    void renewLock();

    QTimer *backupTimer() { return &m_backupTimer; }
    QTimer *heartbeatTimer() { return &m_heartbeatTimer; }

signals:
    /// A 30-minute backup was made (its path).
    void backedUp(const QString &path);
    /// A 30-minute backup failed: the file stays open, the person should know.
    void backupFailed(const wzsw::Error &error);
    /// Another program took the lock over (this computer slept past the stale time, say):
    /// changes made from here on could collide with theirs.
    void lockLost(const wzsw::Error &error);

private:
    DataFileSession &m_session;
    QTimer m_backupTimer;
    QTimer m_heartbeatTimer;
    bool m_lockLost = false;
};

} // namespace wzsw
