#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace wzsw {

/// The operating-system user running the program: "who" in the audit log.
QString currentUserName();

/// This computer's name, as other computers on the network see it (for lock files).
QString currentHostName();

/// Whether a process with this id runs on this computer now. A process we may not signal
/// counts as running: when in doubt, a lock is respected rather than broken.
bool isProcessRunning(qint64 pid);

/// When this computer last started, where the system tells (Linux); nothing elsewhere. A lock
/// whose holder last showed life before the boot is from a process that no longer exists, even
/// when another process has been given its id since.
std::optional<QDateTime> systemBootTime();

} // namespace wzsw
