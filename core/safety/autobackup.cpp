#include "safety/autobackup.h"

#include "safety/fileaside.h"
#include "safety/writerlock.h"
#include "storage/auditrepository.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/serverlocation.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

const QString stampFormat = u"yyyyMMdd-HHmmss-zzz"_s;

QString backupName(const QString &dataFile, const QDateTime &utc)
{
    return QFileInfo(dataFile).completeBaseName() + u'_' + utc.toString(stampFormat) + u"Z.wzsw"_s;
}

QList<BackupFile> backupsIn(const QString &folder, const QString &dataFile)
{
    const QRegularExpression pattern(
        u"^"_s + QRegularExpression::escape(QFileInfo(dataFile).completeBaseName()) +
        u"_([0-9]{8}-[0-9]{6}-[0-9]{3})Z\\.wzsw$"_s);
    QList<BackupFile> found;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        const QDateTime local = QDateTime::fromString(match.captured(1), stampFormat);
        const QDateTime at(local.date(), local.time(), Qt::UTC);
        if (at.isValid())
            found.append({dir.filePath(name), at});
    }
    return found;
}

} // namespace

AutoBackup::AutoBackup(QString dataFile) : m_dataFile(std::move(dataFile))
{}

AutoBackup::AutoBackup(QString dataFile, QString folder)
    : m_dataFile(std::move(dataFile)), m_folder(std::move(folder))
{}

QString AutoBackup::defaultFolderFor(const QString &dataFile)
{
    const QFileInfo info(dataFile);
    return info.absoluteDir().filePath(u".wzsw-backups/"_s + info.fileName());
}

QString AutoBackup::fallbackFolderFor(const QString &dataFile)
{
    const QFileInfo info(dataFile);
    // Two files of the same name in different folders get different backup folders.
    const QByteArray pathHash =
        QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(12);
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/backups/"_s +
           info.fileName() + u'-' + QString::fromLatin1(pathHash);
}

QStringList AutoBackup::folders() const
{
    // A connection string is no path: no folder may be made from it (it may hold a password).
    if (ServerLocation::isServer(m_dataFile))
        return {};
    if (!m_folder.isEmpty())
        return {m_folder};
    return {defaultFolderFor(m_dataFile), fallbackFolderFor(m_dataFile)};
}

Status AutoBackup::requireFile() const
{
    if (!ServerLocation::isServer(m_dataFile))
        return {};
    return Error::make(Error::Kind::Storage,
                       tr("Automatic backups are made of a local data file only; the regional "
                          "server is backed up by its administrator (pg_dump)."));
}

Result<QString> AutoBackup::writableFolder() const
{
    if (Status file = requireFile(); !file)
        return file.error();
    for (const QString &folder : folders()) {
        if (QDir().mkpath(folder) && QFileInfo(folder).isWritable())
            return folder;
    }
    return Error::make(Error::Kind::Io,
                       tr("No folder for automatic backups could be made (tried %1).")
                           .arg(folders().join(u", "_s)));
}

QList<BackupFile> AutoBackup::backups() const
{
    QList<BackupFile> all;
    for (const QString &folder : folders())
        all.append(backupsIn(folder, m_dataFile));
    std::sort(all.begin(), all.end(),
              [](const BackupFile &a, const BackupFile &b) { return a.createdAt > b.createdAt; });
    return all;
}

std::optional<BackupFile> AutoBackup::latestVerifiedBackup() const
{
    for (const BackupFile &backup : backups())
        if (Backup::verify(backup.path))
            return backup;
    return std::nullopt;
}

void AutoBackup::prune() const
{
    const QList<BackupFile> all = backups();
    for (qsizetype i = keep; i < all.size(); ++i)
        QFile::remove(all.at(i).path);
}

Result<BackupFile> AutoBackup::backupNow(const Database &db)
{
    const Result<QString> folder = writableFolder();
    if (!folder)
        return folder.error();
    QDateTime at = QDateTime::currentDateTimeUtc();
    // The name must be new: two backups within one millisecond get consecutive stamps.
    const QList<BackupFile> existing = backups();
    if (!existing.isEmpty() && existing.front().createdAt >= at)
        at = existing.front().createdAt.addMSecs(1);
    const BackupFile backup{QDir(*folder).filePath(backupName(m_dataFile, at)), at};
    if (Status status = Backup::copyTo(db, backup.path); !status)
        return status.error();
    prune();
    return backup;
}

Result<std::optional<BackupFile>> AutoBackup::backupOnOpen(const Database &db)
{
    if (Status file = requireFile(); !file)
        return file.error();
    // File systems stamp changes with a coarse clock (a few milliseconds on Linux, two seconds
    // on FAT), so a change just after the newest backup can carry an earlier time than the
    // backup's own: a change this close before it counts as after it. The cost is at most
    // one backup too many.
    constexpr int clockMarginSeconds = 5;
    const QList<BackupFile> existing = backups();
    const QDateTime changed = QFileInfo(m_dataFile).lastModified().toUTC();
    if (!existing.isEmpty() && changed.isValid() &&
        changed < existing.front().createdAt.addSecs(-clockMarginSeconds))
        return std::optional<BackupFile>();
    Result<BackupFile> made = backupNow(db);
    if (!made)
        return made.error();
    return std::optional<BackupFile>(*made);
}

Result<std::optional<BackupFile>> AutoBackup::backupIfChangedSince(const Database &db,
                                                                   ChangeMark &since)
{
    if (Status file = requireFile(); !file)
        return file.error();
    const Result<ChangeMark> now = ChangeMark::of(db);
    if (!now)
        return now.error();
    if (*now == since)
        return std::optional<BackupFile>();
    Result<BackupFile> made = backupNow(db);
    if (!made)
        return made.error();
    since = *now;
    return std::optional<BackupFile>(*made);
}

namespace {

class RestoreMessages
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::AutoBackup)

public:
    static Error backupUnusable(const QString &backup, const Error &why)
    {
        return Error::make(Error::Kind::Storage,
                           tr("The backup %1 cannot be restored: %2").arg(backup, why.message));
    }
    static Error cannotPlace(const QString &from, const QString &to)
    {
        return Error::make(Error::Kind::Io,
                           tr("The backup could not be copied to %1 (from %2); the data file was "
                              "left as it was.")
                               .arg(to, from));
    }
    static QString summary(const QString &backup, const QString &keptAs)
    {
        // File names only: the audit log holds no personal data.
        QString text = u"restored from backup "_s + QFileInfo(backup).fileName();
        if (!keptAs.isEmpty())
            text += u"; replaced file kept as "_s + QFileInfo(keptAs).fileName();
        return text;
    }
};

} // namespace

Result<RestoreOutcome> restoreBackup(const QString &backup, const QString &dataFile,
                                     const WriterLock *heldLock)
{
    if (Status file = AutoBackup(dataFile).requireFile(); !file)
        return file.error();
    std::unique_ptr<WriterLock> ownLock;
    if (!heldLock) {
        Result<std::unique_ptr<WriterLock>> lock = WriterLock::acquire(dataFile);
        if (!lock)
            return lock.error();
        ownLock = std::move(lock).value();
    }
    if (Status status = Backup::verify(backup); !status)
        return RestoreMessages::backupUnusable(backup, status.error());

    // A backup is not in use by anyone, so a plain copy is consistent; it is checked again
    // where it lands, before it takes the data file's name.
    const QFileInfo target(dataFile);
    const QString temporary =
        target.dir().filePath(u"."_s + target.fileName() + u".restore-"_s +
                              QString::number(QCoreApplication::applicationPid()));
    QFile::remove(temporary);
    if (!QFile::copy(backup, temporary))
        return RestoreMessages::cannotPlace(backup, temporary);
    QFile::setPermissions(temporary, QFile::permissions(temporary) | QFile::WriteOwner);
    if (Status status = Backup::verify(temporary); !status) {
        QFile::remove(temporary);
        return RestoreMessages::backupUnusable(backup, status.error());
    }

    RestoreOutcome outcome;
    if (target.exists()) {
        Result<QString> kept = moveAside(dataFile, u"before-restore"_s);
        if (!kept) {
            QFile::remove(temporary);
            return kept.error();
        }
        outcome.replacedKeptAs = *kept;
    }
    if (!QFile::rename(temporary, dataFile)) {
        if (!outcome.replacedKeptAs.isEmpty())
            QFile::rename(outcome.replacedKeptAs, dataFile);
        QFile::remove(temporary);
        return RestoreMessages::cannotPlace(temporary, dataFile);
    }

    Result<std::unique_ptr<Database>> restored = Database::open(dataFile);
    if (!restored)
        return restored.error();
    WriteTransaction tx(**restored);
    if (!tx.ok())
        return tx.error();
    AuditEntry entry = AuditEntry::by(u"restore"_s, u"file"_s, 0, {},
                                      RestoreMessages::summary(backup, outcome.replacedKeptAs));
    if (Status status = AuditRepository(**restored).append(entry); !status)
        return status.error();
    if (Status status = tx.commit(); !status)
        return status.error();
    return outcome;
}

} // namespace wzsw
