#pragma once

#include "common/result.h"
#include "domain/places.h"
#include "domain/recordkind.h"
#include "safety/datafilesession.h"
#include "storage/database.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QUndoStack;

namespace wzsw {

class SessionKeeper;

/// The data file open in the window: its Database connection and its undo stack, one of each
/// per open file (Tiled's Document). Pages read through database(); every change a person makes
/// is one QUndoCommand pushed on undoStack() that stores at once (one transaction) and then
/// calls notifyChanged(), so every list showing that kind of record refreshes.
class DataFile : public QObject
{
    Q_OBJECT

public:
    /// Opens an existing data file through core's safe opening (DataFileSession: writer lock,
    /// quick check, backup on opening), the quick check in the background: see
    /// isBeingChecked(). A refusal comes back as its error only; the window's interactive
    /// opening (ui/safety/safeopening.h) reads the whole refusal and offers what can be done
    /// instead.
    static Result<std::unique_ptr<DataFile>> open(const QString &path,
                                                  Database::Mode mode = Database::Mode::ReadWrite);
    /// A file opened by DataFileSession::open.
    static std::unique_ptr<DataFile> adopt(std::unique_ptr<DataFileSession> session);
    /// Makes a new data file with the default service types and `first` as its first
    /// municipality (checked by core's rules); nothing is left behind when that fails.
    static Result<std::unique_ptr<DataFile>> create(const QString &path, const Municipality &first);

    ~DataFile() override;

    Database &database() const { return m_session->database(); }
    /// The lock, the automatic backups and the restore of this file.
    DataFileSession &session() const { return *m_session; }
    /// The timers that back the file up every 30 minutes and keep its lock alive.
    SessionKeeper *keeper() const { return m_keeper; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /// The path or connection string as opened, a server's password included: never show or
    /// store it (displayName(), Preferences).
    QString path() const { return m_session->path(); }
    /// The path, or the server's connection string without its password: for messages.
    QString displayName() const { return m_session->displayName(); }
    /// The file's name without its folder, for titles; a server's displayName().
    QString fileName() const;
    /// Whether this is the regional server rather than a local file.
    bool isServer() const { return m_session->isServer(); }
    bool isReadOnly() const { return m_session->isReadOnly(); }
    /// While the file check on opening runs in the background: the file is shown and read, and
    /// nothing is written (core holds every write until the check has passed). Edit actions
    /// wait for fileCheckPassed().
    bool isBeingChecked() const;
    /// Waits for the check (tests, and flows that cannot go on without it) and reports its end
    /// as the timer would.
    FileCheckState waitForFileCheck();

    /// Records of `kind` were stored, changed or removed: lists showing them refresh.
    void notifyChanged(RecordKind kind);

signals:
    void recordsChanged(wzsw::RecordKind kind);
    /// An undo or redo (`action`, e.g. "Undo Change client") could not be stored: `message`
    /// says why, in the user's language. The window tells the user.
    void changeFailed(const QString &action, const QString &message);
    /// The check on opening passed: writing is open.
    void fileCheckPassed();
    /// The check on opening found damage or could not run: nothing was written; the window
    /// closes the file and offers the backup (SafeOpening::afterFailedCheck).
    void fileCheckFailed();

private:
    explicit DataFile(std::unique_ptr<DataFileSession> session);
    void reportCheck(FileCheckState state);

    std::unique_ptr<DataFileSession> m_session;
    QUndoStack *m_undoStack;
    SessionKeeper *m_keeper;
    QTimer m_checkPoll;
};

} // namespace wzsw
