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
{}

DataFile::~DataFile()
{
    // The commands may refer to the database: they go first.
    delete m_undoStack;
    delete m_keeper;
}

Result<std::unique_ptr<DataFile>> DataFile::open(const QString &path, Database::Mode mode)
{
    SessionOpening opening = DataFileSession::open(path, mode);
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
    return QFileInfo(path()).fileName();
}

void DataFile::notifyChanged(RecordKind kind)
{
    emit recordsChanged(kind);
}

} // namespace wzsw
