#include "common/system.h"

#include <QFile>
#include <QSysInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace wzsw {

QString currentUserName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return u"unknown"_s;
}

QString currentHostName()
{
    const QString name = QSysInfo::machineHostName();
    return name.isEmpty() ? u"unknown"_s : name;
}

bool isProcessRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD exitCode = 0;
    const bool running = GetExitCodeProcess(process, &exitCode) && exitCode == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    // Signal 0 only asks whether the process exists; EPERM means it does, as another user's.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
}

std::optional<QDateTime> systemBootTime()
{
    QFile uptime(u"/proc/uptime"_s);
    if (!uptime.open(QIODevice::ReadOnly))
        return std::nullopt;
    bool ok = false;
    const double seconds = QString::fromLatin1(uptime.readLine().split(' ').value(0)).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return QDateTime::currentDateTimeUtc().addMSecs(-qint64(seconds * 1000));
}

} // namespace wzsw
