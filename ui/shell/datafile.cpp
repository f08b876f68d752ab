#include "shell/datafile.h"

#include "safety/sessionkeeper.h"
#include "services/datafilesetup.h"

#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

namespace wzsw {

DataFile::DataFile(std::unique_ptr<DataFileSession> session)
    : m_session(std::move(session)), m_undoStack(new QUndoStack(this)),
      m_keeper(new SessionKeeper(*m_session, this))
{
    if (m_session->fileCheckState() != FileCheckState::Running)
        return;
    // Core's check has no Qt signal of its own: asking a few times a second costs nothing and
    // keeps the worker free of this thread's objects.
    m_checkPoll.setInterval(50);
    connect(&m_checkPoll, &QTimer::timeout, this,
            [this] { reportCheck(m_session->pollFileCheck()); });
    m_checkPoll.start();
}

DataFile::~DataFile()
{
    // The commands may refer to the database: they go first.
    delete m_undoStack;
    delete m_keeper;
}

Result<std::unique_ptr<DataFile>> DataFile::open(const QString &path, Database::Mode mode)
{
    SessionOpening opening = DataFileSession::open(path, mode, FileCheckTiming::InBackground);
    if (!opening)
        return opening.refusal.error;
    return adopt(std::move(opening.session));
}

std::unique_ptr<DataFile> DataFile::adopt(std::unique_ptr<DataFileSession> session)
{
    return std::unique_ptr<DataFile>(new DataFile(std::move(session)));
}

Result<std::unique_ptr<DataFile>> DataFile::create(const QString &path, const Municipality &first)
{
    Result<std::unique_ptr<Database>> database = Database::create(path);
    if (!database)
        return database.error();
    if (Status status = initialiseDataFile(**database, first); !status) {
        database.value().reset();
        QFile::remove(path); // never leave a half-made file behind
        return status.error();
    }
    // Made, closed, and opened again the safe way: with the lock and a first backup.
    database.value().reset();
    return open(path);
}

QString DataFile::fileName() const
{
    return isServer() ? displayName() : QFileInfo(path()).fileName();
}

bool DataFile::isBeingChecked() const
{
    return m_session->fileCheckState() == FileCheckState::Running;
}

FileCheckState DataFile::waitForFileCheck()
{
    const FileCheckState state = m_session->waitForFileCheck();
    reportCheck(state);
    return state;
}

void DataFile::reportCheck(FileCheckState state)
{
    if (state == FileCheckState::Running || !m_checkPoll.isActive())
        return; // still running, or told already
    m_checkPoll.stop();
    if (state == FileCheckState::Passed)
        emit fileCheckPassed();
    else
        emit fileCheckFailed();
}

void DataFile::notifyChanged(RecordKind kind)
{
    emit recordsChanged(kind);
}

} // namespace wzsw
