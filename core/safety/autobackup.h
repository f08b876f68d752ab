#pragma once

#include "common/result.h"
#include "storage/changemark.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace wzsw {

class Database;
class WriterLock;

/// One automatic backup: a verified copy of the data file at one moment.
struct BackupFile
{
    QString path;
    QDateTime createdAt; ///< UTC, from the file's name

    bool operator==(const BackupFile &) const = default;
};

/// Automatic backups of a data file: a consistent copy (Backup::copyTo: VACUUM INTO, checked
/// with integrity_check, then renamed) when the file is opened and every 30 minutes while it
/// changes, the newest `keep` kept, each named after its moment.
///
/// Where they go: `<folder of the data file>/.wzsw-backups/<file name>/`. Beside the user's
/// data, because that is where the user (and the IT department's backup of the documents
/// folder) looks after it; the copies move along when the folder is moved or copied to a new
/// laptop; a colleague who opens the file on a shared drive finds the same backups; and the
/// final rename stays on one file system. Not the program's folder (not writable, and lost on
/// reinstall), and not the roaming profile (Windows copies that at every log-on). Only when
/// that folder cannot be made (a read-only share) do they go to the program's local data folder
/// (QStandardPaths::AppLocalDataLocation), under the file's name and a hash of its path.
class AutoBackup
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::AutoBackup)

public:
    /// How many backups are kept per data file.
    static constexpr int keep = 10;
    /// How often the desktop program calls backupIfChangedSince().
    static constexpr int intervalMinutes = 30;

    /// Backups of `dataFile` in the folders chosen as described above.
    explicit AutoBackup(QString dataFile);
    /// Backups of `dataFile` in `folder` only (tests, or a folder the user chose).
    AutoBackup(QString dataFile, QString folder);

    /// `<folder of dataFile>/.wzsw-backups/<file name>`.
    static QString defaultFolderFor(const QString &dataFile);
    /// The program's local data folder, for when the default folder cannot be made.
    static QString fallbackFolderFor(const QString &dataFile);

    /// Writes a backup now and removes the oldest beyond `keep`.
    Result<BackupFile> backupNow(const Database &db);
    /// When a file is opened: a backup unless the newest one is younger than the file's last
    /// change (opening the same unchanged file ten times must not push out older versions).
    Result<std::optional<BackupFile>> backupOnOpen(const Database &db);
    /// For the 30-minute timer: a backup when the file changed since `since`, which is then
    /// moved on to now; nothing when it did not change.
    Result<std::optional<BackupFile>> backupIfChangedSince(const Database &db, ChangeMark &since);

    /// An Error when the data file is a connection string (the regional server): its backups
    /// are its administrator's. Every call that would write a backup gives this Error first,
    /// and no folder is ever made from a connection string.
    Status requireFile() const;

    /// Every backup of this data file, newest first (none for a connection string).
    QList<BackupFile> backups() const;
    /// The newest backup that passes `integrity_check` now (checked newest first): what to
    /// offer when the data file is damaged. Nothing when there is none.
    std::optional<BackupFile> latestVerifiedBackup() const;

private:
    QStringList folders() const;
    Result<QString> writableFolder() const;
    void prune() const;

    QString m_dataFile;
    QString m_folder; ///< set when the caller chose one folder
};

/// What a restore did with the file it replaced.
struct RestoreOutcome
{
    QString replacedKeptAs; ///< where the replaced data file was moved; empty when there was none
};

/// Puts a verified backup in the place of `dataFile`: the backup is checked, copied beside the
/// data file under a temporary name and checked again; the current data file (if any) is moved
/// aside as `name.before-restore-<time>.wzsw`, never deleted; then the copy takes its name and
/// the restore is written to the restored file's audit log. No connection to `dataFile` may be
/// open. `heldLock` is the caller's writer lock on `dataFile`; without one the lock is taken
/// for the duration (and the restore refused when another program holds it).
Result<RestoreOutcome> restoreBackup(const QString &backup, const QString &dataFile,
                                     const WriterLock *heldLock = nullptr);

} // namespace wzsw
