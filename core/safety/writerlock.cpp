#include "safety/writerlock.h"

#include "common/system.h"
#include "storage/serverlocation.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

const QByteArray formatLine = "wzsw-lock 1";

// A lock file that cannot be read yet may be one another program is writing this moment; one
// that stays unreadable this long was left half-written by a crash.
constexpr int unreadableGraceSeconds = 60;

QByteArray serialize(const LockOwner &owner)
{
    const auto line = [](const char *key, const QString &value) -> QByteArray {
        return QByteArray(key) + '=' + value.toUtf8() + '\n';
    };
    return formatLine + '\n' + line("user", owner.user) + line("host", owner.host) +
           line("pid", QString::number(owner.pid)) +
           line("since", owner.since.toString(Qt::ISODate)) +
           line("heartbeat", owner.heartbeat.toString(Qt::ISODate)) + line("token", owner.token);
}

std::optional<LockOwner> parse(const QByteArray &content)
{
    const QList<QByteArray> lines = content.split('\n');
    if (lines.value(0) != formatLine)
        return std::nullopt;
    LockOwner owner;
    for (const QByteArray &line : lines) {
        const qsizetype equals = line.indexOf('=');
        if (equals < 0)
            continue;
        const QByteArray key = line.left(equals);
        const QString value = QString::fromUtf8(line.mid(equals + 1));
        if (key == "user")
            owner.user = value;
        else if (key == "host")
            owner.host = value;
        else if (key == "pid")
            owner.pid = value.toLongLong();
        else if (key == "since")
            owner.since = QDateTime::fromString(value, Qt::ISODate);
        else if (key == "heartbeat")
            owner.heartbeat = QDateTime::fromString(value, Qt::ISODate);
        else if (key == "token")
            owner.token = value;
    }
    if (owner.token.isEmpty() || !owner.since.isValid() || !owner.heartbeat.isValid())
        return std::nullopt;
    return owner;
}

enum class ReadState
{
    Missing,
    Unreadable,
    Read
};

ReadState readLock(const QString &path, LockOwner &owner)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QFileInfo::exists(path) ? ReadState::Unreadable : ReadState::Missing;
    const std::optional<LockOwner> parsed = parse(file.read(4096));
    if (!parsed)
        return ReadState::Unreadable;
    owner = *parsed;
    return ReadState::Read;
}

bool isOwnProcess(const LockOwner &owner)
{
    return owner.host == currentHostName() && owner.pid == QCoreApplication::applicationPid();
}

class LockMessages
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::WriterLock)

public:
    static Error heldBy(const QString &dataFile, const LockOwner &owner)
    {
        if (isOwnProcess(owner))
            return Error::make(Error::Kind::Conflict,
                               tr("%1 is already open for editing in this program.")
                                   .arg(QFileInfo(dataFile).fileName()));
        return Error::make(Error::Kind::Conflict,
                           tr("%1 is being edited by %2. Only one person can edit a data file at "
                              "a time: open it read-only, or try again when it is closed.")
                               .arg(QFileInfo(dataFile).fileName(), owner.describe()));
    }
    static Error beingOpened(const QString &dataFile)
    {
        return Error::make(Error::Kind::Conflict,
                           tr("%1 is being opened by another program right now. Try again in a "
                              "moment, or open it read-only.")
                               .arg(QFileInfo(dataFile).fileName()));
    }
    static Error cannotCreate(const QString &lockPath, const QString &reason)
    {
        return Error::make(Error::Kind::Io,
                           tr("The lock file %1 could not be written (%2): the folder of the data "
                              "file must be writable to edit it. It can be opened read-only.")
                               .arg(lockPath, reason));
    }
    static Error takenOver(const LockOwner &other)
    {
        return Error::make(Error::Kind::Conflict,
                           tr("Another program took over this data file: %1. Changes can no "
                              "longer be saved here; close the file and open it again.")
                               .arg(other.describe()));
    }
};

enum class CreateOutcome
{
    Created,
    Exists,
    Failed
};

CreateOutcome createExclusive(const QString &path, const LockOwner &owner, QString &reason)
{
    QFile file(path);
    // NewOnly is O_CREAT | O_EXCL: of two programs creating the lock at once, one wins.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (QFileInfo::exists(path))
            return CreateOutcome::Exists;
        reason = file.errorString();
        return CreateOutcome::Failed;
    }
    const QByteArray content = serialize(owner);
    if (file.write(content) != content.size() || !file.flush()) {
        reason = file.errorString();
        file.close();
        file.remove();
        return CreateOutcome::Failed;
    }
    file.close();
    return CreateOutcome::Created;
}

/// Moves a stale lock out of the way, but only the one judged stale: another program may have
/// taken it over between our look and our move, and its fresh lock must stay.
bool removeStale(const QString &path, const QString &staleToken, const QString &ourToken)
{
    const QString aside = path + u".stale-"_s + ourToken;
    if (!QFile::rename(path, aside))
        return false;
    LockOwner moved;
    const ReadState state = readLock(aside, moved);
    const QString movedToken = state == ReadState::Read ? moved.token : QString();
    if (movedToken == staleToken) {
        QFile::remove(aside);
        return true;
    }
    if (!QFile::rename(aside, path))
        QFile::remove(aside);
    return false;
}

} // namespace

QString LockOwner::describe() const
{
    return WriterLock::tr("%1 on %2, since %3")
        .arg(user, host, since.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
}

QString WriterLock::lockPathFor(const QString &dataFile)
{
    return dataFile + u".lock"_s;
}

std::optional<LockOwner> WriterLock::holder(const QString &dataFile)
{
    // No lock file belongs to a server: `postgresql://...lock` must never be read as a path.
    if (ServerLocation::isServer(dataFile))
        return std::nullopt;
    LockOwner owner;
    if (readLock(lockPathFor(dataFile), owner) != ReadState::Read)
        return std::nullopt;
    return owner;
}

bool WriterLock::isStale(const LockOwner &owner, const QDateTime &now)
{
    if (owner.host == currentHostName()) {
        if (owner.pid == QCoreApplication::applicationPid())
            return false;
        if (!isProcessRunning(owner.pid))
            return true;
        const std::optional<QDateTime> boot = systemBootTime();
        if (boot && owner.heartbeat < *boot)
            return true;
    }
    return owner.heartbeat.secsTo(now) > staleAfterSeconds;
}

Result<std::unique_ptr<WriterLock>> WriterLock::acquire(const QString &dataFile)
{
    // A lock file beside a data file; a server keeps its own locks per record.
    if (ServerLocation::isServer(dataFile))
        return Error::make(Error::Kind::Storage,
                           tr("The writer lock belongs to a local data file, not to the "
                              "regional server."));
    const QString path = lockPathFor(dataFile);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    LockOwner me;
    me.user = currentUserName();
    me.host = currentHostName();
    me.pid = QCoreApplication::applicationPid();
    me.since = now;
    me.heartbeat = now;
    me.token = QUuid::createUuid().toString(QUuid::WithoutBraces);

    // A few rounds: a stale lock removed, or one that vanished between looks, means try again.
    for (int round = 0; round < 4; ++round) {
        QString reason;
        switch (createExclusive(path, me, reason)) {
        case CreateOutcome::Created:
            return std::unique_ptr<WriterLock>(new WriterLock(dataFile, me));
        case CreateOutcome::Failed:
            return LockMessages::cannotCreate(path, reason);
        case CreateOutcome::Exists:
            break;
        }
        LockOwner current;
        const ReadState state = readLock(path, current);
        if (state == ReadState::Missing)
            continue;
        if (state == ReadState::Unreadable) {
            const QDateTime written = QFileInfo(path).lastModified().toUTC();
            if (written.isValid() && written.secsTo(now) < unreadableGraceSeconds)
                return LockMessages::beingOpened(dataFile);
            removeStale(path, {}, me.token);
            continue;
        }
        if (!isStale(current, now))
            return LockMessages::heldBy(dataFile, current);
        removeStale(path, current.token, me.token);
    }
    return LockMessages::beingOpened(dataFile);
}

WriterLock::~WriterLock()
{
    LockOwner current;
    if (readLock(m_path, current) == ReadState::Read && current.token == m_owner.token)
        QFile::remove(m_path);
}

Status WriterLock::refresh()
{
    LockOwner current;
    const ReadState state = readLock(m_path, current);
    if (state == ReadState::Read && current.token != m_owner.token)
        return LockMessages::takenOver(current);
    m_owner.heartbeat = QDateTime::currentDateTimeUtc();
    if (state == ReadState::Missing) {
        // Someone removed the lock file by hand: put it back, unless another program was faster.
        QString reason;
        switch (createExclusive(m_path, m_owner, reason)) {
        case CreateOutcome::Created:
            return {};
        case CreateOutcome::Failed:
            return LockMessages::cannotCreate(m_path, reason);
        case CreateOutcome::Exists:
            if (std::optional<LockOwner> other = holder(m_dataFile))
                return LockMessages::takenOver(*other);
            return LockMessages::beingOpened(m_dataFile);
        }
    }
    // Replaced as a whole, so a colleague's program never reads half a lock.
    QSaveFile file(m_path);
    const QByteArray content = serialize(m_owner);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return LockMessages::cannotCreate(m_path, file.errorString());
    return {};
}

} // namespace wzsw
