#pragma once

#include "common/result.h"
#include "safety/autobackup.h"
#include "safety/storagelocation.h"
#include "safety/writerlock.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace wzsw {

/// Why a data file was not opened, and what the program can offer instead.
struct OpenRefusal
{
    enum class Reason
    {
        Failed,         ///< missing, not ours, too new, unreadable: see error
        Locked,         ///< another program edits it: offer to open read-only
        WriteProtected, ///< the file or its folder cannot be written: offer read-only
        Damaged,        ///< quick_check failed: offer the backup (restoreBackup)
    };
    Reason reason = Reason::Failed;
    Error error;                             ///< the message for people
    std::optional<LockOwner> lockedBy;       ///< Locked: who edits it, since when
    QString damagedMovedTo;                  ///< Damaged (read-write): where the file went
    std::optional<BackupFile> offeredBackup; ///< Damaged: the newest verified backup
};

class BackgroundFileCheck;
class DataFileSession;

/// When opening runs the file check (`PRAGMA quick_check`).
enum class FileCheckTiming
{
    BeforeOpening, ///< open() returns after the check (the command-line tool, scripts)
    InBackground,  ///< open() returns at once; writes wait for the check (the desktop)
};

/// Where the file check of an open session stands.
enum class FileCheckState
{
    Running, ///< reading is fine; every write waits for the check
    Passed,  ///< the file is whole: writing is open
    Damaged, ///< the check found damage: nothing was written, closeAfterFailedCheck()
    Failed,  ///< the check could not run: nothing was written, closeAfterFailedCheck()
};

/// The outcome of DataFileSession::open(): a session, or the refusal.
struct SessionOpening
{
    std::unique_ptr<DataFileSession> session;
    OpenRefusal refusal; ///< when there is no session

    explicit operator bool() const { return session != nullptr; }
};

/// A data file opened the way the programs open one for a person: the Database connection plus
/// everything that keeps the file safe while it is open.
///
/// Opening for writing takes the writer lock (WriterLock), refuses a file that cannot be
/// written, runs `PRAGMA quick_check` and moves a damaged file aside (`name.damaged-<time>.wzsw`,
/// never deleted) offering the newest verified backup, warns about network drives and
/// synchronised folders, and makes the on-open automatic backup. Opening read-only takes no
/// lock and changes nothing on disk: a damaged file is refused where it lies.
///
/// A connection string (`postgresql://...`) opens a session on the regional server: the
/// connection alone. The writer lock, the file checks, the storage warning and the automatic
/// backups are the local file's; on the server, row versions and transactions keep writers
/// apart and its administrator makes the backups (backupIfChanged() does nothing,
/// restoreFrom() refuses); its file check counts as passed at once.
///
/// The check reads the whole file (most of the time of opening a large one). With
/// FileCheckTiming::InBackground it runs on a worker thread while the session already reads;
/// until it has passed nothing is written: every WriteTransaction waits for it (WriteGate),
/// SQLite refuses any other write (`PRAGMA query_only`), the on-open backup waits and the
/// 30-minute backup does nothing. When it passes, writing opens and the on-open backup is made;
/// when it finds damage, closeAfterFailedCheck() gives the refusal open() would have given,
/// with nothing written to the file in between.
///
/// Database::open stays the plain connection (it never changes a file that is not ours);
/// tools that must look at a damaged file (`wzsw-cli check`, `backup`) use it directly.
class DataFileSession
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::DataFileSession)

public:
    static SessionOpening open(const QString &path,
                               Database::Mode mode = Database::Mode::ReadWrite);
    /// The same with backups in `backupFolder` (tests, or a folder the user chose).
    static SessionOpening open(const QString &path, Database::Mode mode,
                               const QString &backupFolder);
    /// The same with the check in the background or before opening.
    static SessionOpening open(const QString &path, Database::Mode mode, FileCheckTiming timing);
    static SessionOpening open(const QString &path, Database::Mode mode,
                               const QString &backupFolder, FileCheckTiming timing);

    /// Whether opening the local file `path` for writing updates it to this program's schema
    /// first (a file made by an older version): with a large file that takes seconds, which
    /// the window tells the person beforehand. False for the server and for what cannot be
    /// read (opening then says why).
    static bool willUpdate(const QString &path);

    ~DataFileSession();
    DataFileSession(const DataFileSession &) = delete;
    DataFileSession &operator=(const DataFileSession &) = delete;

    Database &database() const { return *m_db; }
    /// The path or connection string as opened, a server's password included: show
    /// displayName() instead.
    const QString &path() const { return m_path; }
    /// The path, or the connection string without its password.
    QString displayName() const { return m_db->displayName(); }
    bool isServer() const { return m_db->isServer(); }
    bool isReadOnly() const { return m_db->isReadOnly(); }

    /// Where the file check stands; Running until a background check has ended and been
    /// settled by pollFileCheck() or waitForFileCheck() (on this session's thread).
    FileCheckState fileCheckState() const { return m_checkState; }
    /// Settles the background check when it has ended; Running otherwise. Never blocks.
    FileCheckState pollFileCheck();
    /// Waits for the background check and settles it: when the file is whole, writing opens
    /// (writes waiting for it go on) and the on-open backup is made.
    FileCheckState waitForFileCheck();
    /// After Damaged or Failed: the refusal open() gives when the check runs before opening.
    /// The connection is closed, a file open for writing is moved aside (Damaged), the newest
    /// verified backup is offered. Let go of everything that reads through database() first;
    /// the session has no connection afterwards: close it.
    OpenRefusal closeAfterFailedCheck();

    /// Network drive or synchronised folder: show it, the file was opened anyway.
    const std::optional<StorageWarning> &storageWarning() const { return m_storageWarning; }
    /// Read-only sessions: who edits the file elsewhere (as the lock said at opening).
    const std::optional<LockOwner> &otherEditor() const { return m_otherEditor; }
    /// The backup made on opening (none when the newest was already current).
    const std::optional<BackupFile> &openingBackup() const { return m_openingBackup; }
    /// Why the on-open backup failed, when it did: a warning, the file is open regardless.
    const std::optional<Error> &backupProblem() const { return m_backupProblem; }

    AutoBackup &backups() { return m_backups; }
    /// For the desktop's 30-minute timer: a backup when anything changed since the last one.
    Result<std::optional<BackupFile>> backupIfChanged();
    /// For the desktop's heartbeat timer (WriterLock::heartbeatIntervalSeconds). An error means
    /// another program took the file over: stop writing and tell the user.
    Status refreshLock();

    /// Replaces the open file by `backup` (restoreBackup) under this session's lock, and opens
    /// the restored file in its place. On failure the session may be without a connection:
    /// close it.
    Result<RestoreOutcome> restoreFrom(const QString &backup);

private:
    DataFileSession(QString path, AutoBackup backups);
    void startBackgroundCheck();
    void settleCheck(Result<QStringList> problems);
    Status waitUntilWritable();
    void backUpOnOpening();
    OpenRefusal refuseDamaged(const QString &firstProblem);

    QString m_path;
    std::unique_ptr<WriterLock> m_lock;
    std::unique_ptr<Database> m_db;
    AutoBackup m_backups;
    ChangeMark m_mark;
    std::optional<StorageWarning> m_storageWarning;
    std::optional<LockOwner> m_otherEditor;
    std::optional<BackupFile> m_openingBackup;
    std::optional<Error> m_backupProblem;
    std::unique_ptr<BackgroundFileCheck> m_check;
    FileCheckState m_checkState = FileCheckState::Running;
    Error m_checkError; ///< Damaged: the first problem; Failed: why the check could not run

    friend class SessionOpener;
};

} // namespace wzsw
