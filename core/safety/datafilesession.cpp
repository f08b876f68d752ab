#include "safety/datafilesession.h"

#include "safety/backgroundfilecheck.h"
#include "safety/fileaside.h"
#include "storage/checkqueries.h"
#include "storage/migrations.h"
#include "storage/serverlocation.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "storage/writegate.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace wzsw {

class SessionOpener
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::DataFileSession)

public:
    SessionOpener(QString path, Database::Mode mode, AutoBackup backups, FileCheckTiming timing)
        : m_path(std::move(path)), m_mode(mode), m_timing(timing),
          m_session(new DataFileSession(m_path, backups))
    {}

    SessionOpening run()
    {
        // The session's writer lock, checks and backups are about one file; the regional
        // server has its own locking (row versions, transactions), checks and backups
        // (pg_dump): a session on it is the connection alone.
        if (ServerLocation::isServer(m_path))
            return openServer();
        if (!QFileInfo(m_path).isFile())
            return refuse(OpenRefusal::Reason::Failed,
                          Error::make(Error::Kind::NotFound, tr("%1 does not exist.").arg(m_path)));
        const bool writing = m_mode == Database::Mode::ReadWrite;
        if (writing) {
            Result<std::unique_ptr<WriterLock>> lock = WriterLock::acquire(m_path);
            if (!lock)
                return lockRefused(lock.error());
            m_session->m_lock = std::move(lock).value();
        } else {
            m_session->m_otherEditor = WriterLock::holder(m_path);
        }

        // Opened for writing, an older file is updated below, after its check and backup;
        // read-only it is refused as before (it must be opened for writing once).
        Result<std::unique_ptr<Database>> db = Database::open(
            m_path, m_mode,
            writing ? Database::SchemaUpdate::ByCaller : Database::SchemaUpdate::OnOpen);
        if (!db)
            return refuse(OpenRefusal::Reason::Failed, db.error());
        m_session->m_db = std::move(db).value();
        m_session->m_storageWarning = StorageLocation::warningFor(m_path);

        if (writing) {
            // Find out now, not at the first save.
            const Status probe = probeWrite(*m_session->m_db);
            if (!probe && probe.error().kind != Error::Kind::Conflict)
                return refuse(OpenRefusal::Reason::WriteProtected, writeProtected());
            if (m_session->m_db->schemaVersion() < Database::currentSchemaVersion())
                return updateSchema();
        }

        if (m_timing == FileCheckTiming::InBackground) {
            m_session->startBackgroundCheck();
            return {std::move(m_session), {}};
        }
        const Result<QStringList> problems = quickCheckProblems(*m_session->m_db);
        if (!problems)
            return refuse(OpenRefusal::Reason::Failed, problems.error());
        if (!problems->isEmpty())
            return {nullptr, m_session->refuseDamaged(problems->constFirst())};
        m_session->m_checkState = FileCheckState::Passed;
        if (writing)
            m_session->backUpOnOpening();
        return {std::move(m_session), {}};
    }

private:
    // A schema update writes to the file (a large one for seconds), so the check and the
    // backup come before it, whatever timing was asked for: a damaged file is moved aside as
    // it was, and the newest backup holds the file as it was before the update.
    SessionOpening updateSchema()
    {
        Database &db = *m_session->m_db;
        const Result<QStringList> problems = quickCheckProblems(db);
        if (!problems)
            return refuse(OpenRefusal::Reason::Failed, problems.error());
        if (!problems->isEmpty())
            return {nullptr, m_session->refuseDamaged(problems->constFirst())};
        m_session->m_checkState = FileCheckState::Passed;
        m_session->backUpOnOpening();
        if (Status status = migrate(db); !status)
            return refuse(OpenRefusal::Reason::Failed, status.error());
        return {std::move(m_session), {}};
    }

    SessionOpening openServer()
    {
        Result<std::unique_ptr<Database>> db = Database::open(m_path, m_mode);
        if (!db)
            return refuse(OpenRefusal::Reason::Failed, db.error());
        m_session->m_db = std::move(db).value();
        m_session->m_checkState = FileCheckState::Passed; // no file to check
        return {std::move(m_session), {}};
    }

    SessionOpening refuse(OpenRefusal::Reason reason, Error error)
    {
        OpenRefusal refusal;
        refusal.reason = reason;
        refusal.error = std::move(error);
        return {nullptr, std::move(refusal)};
    }

    SessionOpening lockRefused(const Error &error)
    {
        if (error.kind == Error::Kind::Io)
            return refuse(OpenRefusal::Reason::WriteProtected, error);
        SessionOpening opening = refuse(OpenRefusal::Reason::Locked, error);
        opening.refusal.lockedBy = WriterLock::holder(m_path);
        return opening;
    }

    Error writeProtected() const
    {
        return Error::make(Error::Kind::Storage,
                           tr("%1 is write-protected (the file or its folder): it can be "
                              "opened read-only, or copied to a folder where you may write.")
                               .arg(m_path));
    }

    QString m_path;
    Database::Mode m_mode;
    FileCheckTiming m_timing;
    std::unique_ptr<DataFileSession> m_session;
};

DataFileSession::DataFileSession(QString path, AutoBackup backups)
    : m_path(std::move(path)), m_backups(std::move(backups))
{}

DataFileSession::~DataFileSession()
{
    if (m_db)
        WriteGate::release(*m_db);
    // The check's worker and then the connection close before the lock goes, so nobody takes
    // the file over while this program still has it open.
    m_check.reset();
    m_db.reset();
    m_lock.reset();
}

SessionOpening DataFileSession::open(const QString &path, Database::Mode mode)
{
    return open(path, mode, FileCheckTiming::BeforeOpening);
}

SessionOpening DataFileSession::open(const QString &path, Database::Mode mode,
                                     const QString &backupFolder)
{
    return open(path, mode, backupFolder, FileCheckTiming::BeforeOpening);
}

SessionOpening DataFileSession::open(const QString &path, Database::Mode mode,
                                     FileCheckTiming timing)
{
    return SessionOpener(path, mode, AutoBackup(path), timing).run();
}

SessionOpening DataFileSession::open(const QString &path, Database::Mode mode,
                                     const QString &backupFolder, FileCheckTiming timing)
{
    return SessionOpener(path, mode, AutoBackup(path, backupFolder), timing).run();
}

bool DataFileSession::willUpdate(const QString &path)
{
    if (ServerLocation::isServer(path))
        return false;
    const Result<std::unique_ptr<Database>> db =
        Database::open(path, Database::Mode::ReadOnly, Database::SchemaUpdate::ByCaller);
    return db && (*db)->schemaVersion() < Database::currentSchemaVersion();
}

void DataFileSession::startBackgroundCheck()
{
    m_checkState = FileCheckState::Running;
    // Nothing reaches the file before the check has passed: SQLite refuses every write on this
    // connection, and WriteTransaction waits at the gate for the check instead of failing.
    if (Status readOnly = execSql(*m_db, u"PRAGMA query_only = ON"_s); !readOnly) {
        settleCheck(quickCheckProblems(*m_db)); // no guard to be had: check before going on
        return;
    }
    WriteGate::hold(*m_db, [this] { return waitUntilWritable(); });
    m_check = std::make_unique<BackgroundFileCheck>(m_path);
}

FileCheckState DataFileSession::pollFileCheck()
{
    if (m_checkState == FileCheckState::Running && m_check && m_check->isFinished())
        settleCheck(m_check->take());
    return m_checkState;
}

FileCheckState DataFileSession::waitForFileCheck()
{
    if (m_checkState == FileCheckState::Running && m_check)
        settleCheck(m_check->take());
    return m_checkState;
}

void DataFileSession::settleCheck(Result<QStringList> problems)
{
    m_check.reset();
    if (!problems) // the worker could not check: this connection does, holding up reading
        problems = quickCheckProblems(*m_db);
    if (!problems) {
        m_checkState = FileCheckState::Failed;
        m_checkError = problems.error();
        return;
    }
    if (!problems->isEmpty()) {
        m_checkState = FileCheckState::Damaged;
        m_checkError = Error::make(Error::Kind::Storage, problems->constFirst());
        return;
    }
    if (Status writable = execSql(*m_db, u"PRAGMA query_only = OFF"_s); !writable) {
        m_checkState = FileCheckState::Failed;
        m_checkError = writable.error();
        return;
    }
    WriteGate::release(*m_db);
    m_checkState = FileCheckState::Passed;
    if (!isReadOnly())
        backUpOnOpening();
}

Status DataFileSession::waitUntilWritable()
{
    switch (waitForFileCheck()) {
    case FileCheckState::Passed:
        return {};
    case FileCheckState::Damaged:
        return Error::make(Error::Kind::Storage,
                           tr("Nothing was stored: the check on opening found the data file "
                              "damaged (%1). What you entered is still on the screen; the file "
                              "will be moved aside and its newest backup offered.")
                               .arg(m_checkError.message));
    case FileCheckState::Running:
    case FileCheckState::Failed:
        break;
    }
    return Error::make(Error::Kind::Storage,
                       tr("Nothing was stored: the data file could not be checked on opening "
                          "(%1).")
                           .arg(m_checkError.message));
}

OpenRefusal DataFileSession::closeAfterFailedCheck()
{
    if (waitForFileCheck() == FileCheckState::Damaged)
        return refuseDamaged(m_checkError.message);
    if (m_db)
        WriteGate::release(*m_db);
    m_db.reset();
    OpenRefusal refusal;
    refusal.error = m_checkError;
    return refusal;
}

OpenRefusal DataFileSession::refuseDamaged(const QString &firstProblem)
{
    const bool writing = !isReadOnly();
    WriteGate::release(*m_db);
    m_db.reset();
    OpenRefusal refusal;
    refusal.reason = OpenRefusal::Reason::Damaged;
    refusal.offeredBackup = m_backups.latestVerifiedBackup();
    QString message = tr("%1 is damaged (%2).").arg(m_path, firstProblem);
    if (writing) {
        // Moved, never deleted: what can be saved from it may still matter to someone.
        const Result<QString> moved = moveAside(m_path, u"damaged"_s);
        if (moved) {
            refusal.damagedMovedTo = *moved;
            message += u' ' + tr("It was moved aside as %1.").arg(*moved);
        } else {
            message += u' ' + moved.error().message;
        }
    }
    if (refusal.offeredBackup)
        message += u' ' + tr("The newest sound backup is %1, made %2.")
                              .arg(refusal.offeredBackup->path,
                                   refusal.offeredBackup->createdAt.toLocalTime().toString(
                                       u"yyyy-MM-dd HH:mm"_s));
    else
        message += u' ' + tr("No sound automatic backup was found.");
    refusal.error = Error::make(Error::Kind::Storage, message);
    return refusal;
}

void DataFileSession::backUpOnOpening()
{
    if (const Result<ChangeMark> mark = ChangeMark::of(*m_db))
        m_mark = *mark;
    Result<std::optional<BackupFile>> made = m_backups.backupOnOpen(*m_db);
    if (made)
        m_openingBackup = *made;
    else
        m_backupProblem = made.error();
}

Result<std::optional<BackupFile>> DataFileSession::backupIfChanged()
{
    if (m_db->isServer())
        return std::optional<BackupFile>(); // the server's backups are its administrator's
    // Before the check has passed the file may be damaged: no copy of it, and the mark of the
    // last backup is only taken then.
    if (m_checkState != FileCheckState::Passed)
        return std::optional<BackupFile>();
    return m_backups.backupIfChangedSince(*m_db, m_mark);
}

Status DataFileSession::refreshLock()
{
    if (!m_lock)
        return {};
    return m_lock->refresh();
}

Result<RestoreOutcome> DataFileSession::restoreFrom(const QString &backup)
{
    if (m_db && m_db->isServer())
        return m_db->requireFile(tr("Restoring a backup")).error();
    if (!m_lock)
        return Error::make(Error::Kind::Storage,
                           tr("The data file is open read-only: open it for editing to restore "
                              "a backup."));
    // The check reads the file that the restore replaces: it ends first.
    waitForFileCheck();
    if (m_db)
        WriteGate::release(*m_db);
    m_db.reset();
    Result<RestoreOutcome> outcome = restoreBackup(backup, m_path, m_lock.get());
    Result<std::unique_ptr<Database>> reopened = Database::open(m_path);
    if (!reopened)
        return reopened.error();
    m_db = std::move(reopened).value();
    m_checkState = FileCheckState::Passed; // restoreBackup checked the copy before it went in
    if (const Result<ChangeMark> mark = ChangeMark::of(*m_db))
        m_mark = *mark;
    return outcome;
}

} // namespace wzsw
