#include "safety/sessionkeeper.h"

#include "safety/datafilesession.h"

namespace wzsw {

SessionKeeper::SessionKeeper(DataFileSession &session, QObject *parent)
    : QObject(parent), m_session(session)
{
    // A read-only file makes no backups and holds no lock; the regional server has neither.
    if (m_session.isReadOnly() || m_session.isServer())
        return;
    m_backupTimer.setInterval(AutoBackup::intervalMinutes * 60 * 1000);
    m_heartbeatTimer.setInterval(WriterLock::heartbeatIntervalSeconds * 1000);
    // A coarse timer is enough for minutes and wakes the laptop less often.
    m_backupTimer.setTimerType(Qt::VeryCoarseTimer);
    m_heartbeatTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_backupTimer, &QTimer::timeout, this, &SessionKeeper::backUpIfChanged);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &SessionKeeper::renewLock);
    m_backupTimer.start();
    m_heartbeatTimer.start();
}

void SessionKeeper::backUpIfChanged()
{
    if (m_session.isReadOnly() || m_session.isServer())
        return;
    const Result<std::optional<BackupFile>> made = m_session.backupIfChanged();
    if (!made)
        emit backupFailed(made.error());
    else if (made->has_value())
        emit backedUp((*made)->path);
}

void SessionKeeper::renewLock()
{
    if (m_lockLost)
        return; // said once; the person decides what to do
    if (const Status renewed = m_session.refreshLock(); !renewed) {
        m_lockLost = true;
        m_heartbeatTimer.stop();
        emit lockLost(renewed.error());
    }
}

} // namespace wzsw
