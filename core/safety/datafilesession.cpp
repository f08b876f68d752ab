#include "safety/datafilesession.h"

#include "safety/fileaside.h"
#include "storage/checkqueries.h"
#include "storage/serverlocation.h"
#include "storage/transaction.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace wzsw {

class SessionOpener
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::DataFileSession)

public:
    SessionOpener(QString path, Database::Mode mode, AutoBackup backups)
        : m_path(std::move(path)), m_mode(mode), m_session(new DataFileSession(m_path, backups))
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

        Result<std::unique_ptr<Database>> db = Database::open(m_path, m_mode);
        if (!db)
            return refuse(OpenRefusal::Reason::Failed, db.error());
        m_session->m_db = std::move(db).value();

        if (writing) {
            // Find out now, not at the first save.
            const Status probe = probeWrite(*m_session->m_db);
            if (!probe && probe.error().kind != Error::Kind::Conflict)
                return refuse(OpenRefusal::Reason::WriteProtected, writeProtected());
        }

        const Result<QStringList> problems = quickCheckProblems(*m_session->m_db);
        if (!problems)
            return refuse(OpenRefusal::Reason::Failed, problems.error());
        if (!problems->isEmpty())
            return damaged(problems->constFirst());

        m_session->m_storageWarning = StorageLocation::warningFor(m_path);
        if (writing)
            backUpOnOpening();
        return {std::move(m_session), {}};
    }

private:
    SessionOpening openServer()
    {
        Result<std::unique_ptr<Database>> db = Database::open(m_path, m_mode);
        if (!db)
            return refuse(OpenRefusal::Reason::Failed, db.error());
        m_session->m_db = std::move(db).value();
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

    SessionOpening damaged(const QString &firstProblem)
    {
        const bool writing = m_mode == Database::Mode::ReadWrite;
        m_session->m_db.reset();
        OpenRefusal refusal;
        refusal.reason = OpenRefusal::Reason::Damaged;
        refusal.offeredBackup = m_session->m_backups.latestVerifiedBackup();
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
        return {nullptr, std::move(refusal)};
    }

    void backUpOnOpening()
    {
        DataFileSession &s = *m_session;
        const Result<ChangeMark> mark = ChangeMark::of(*s.m_db);
        if (mark)
            s.m_mark = *mark;
        Result<std::optional<BackupFile>> made = s.m_backups.backupOnOpen(*s.m_db);
        if (made)
            s.m_openingBackup = *made;
        else
            s.m_backupProblem = made.error();
    }

    QString m_path;
    Database::Mode m_mode;
    std::unique_ptr<DataFileSession> m_session;
};

DataFileSession::DataFileSession(QString path, AutoBackup backups)
    : m_path(std::move(path)), m_backups(std::move(backups))
{}

DataFileSession::~DataFileSession()
{
    // The connection closes before the lock goes, so nobody takes the file over while this
    // program still has it open.
    m_db.reset();
    m_lock.reset();
}

SessionOpening DataFileSession::open(const QString &path, Database::Mode mode)
{
    return SessionOpener(path, mode, AutoBackup(path)).run();
}

SessionOpening DataFileSession::open(const QString &path, Database::Mode mode,
                                     const QString &backupFolder)
{
    return SessionOpener(path, mode, AutoBackup(path, backupFolder)).run();
}

Result<std::optional<BackupFile>> DataFileSession::backupIfChanged()
{
    if (m_db->isServer())
        return std::optional<BackupFile>(); // the server's backups are its administrator's
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
    m_db.reset();
    Result<RestoreOutcome> outcome = restoreBackup(backup, m_path, m_lock.get());
    Result<std::unique_ptr<Database>> reopened = Database::open(m_path);
    if (!reopened)
        return reopened.error();
    m_db = std::move(reopened).value();
    if (const Result<ChangeMark> mark = ChangeMark::of(*m_db))
        m_mark = *mark;
    return outcome;
}

} // namespace wzsw
