#include "shell/datafile.h"

#include "services/datafilesetup.h"

#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

namespace wzsw {

DataFile::DataFile(std::unique_ptr<Database> database)
    : m_database(std::move(database)), m_undoStack(new QUndoStack(this))
{}

DataFile::~DataFile()
{
    // The commands may refer to the database: they go first.
    delete m_undoStack;
}

Result<std::unique_ptr<DataFile>> DataFile::open(const QString &path, Database::Mode mode)
{
    Result<std::unique_ptr<Database>> database = Database::open(path, mode);
    if (!database)
        return database.error();
    return std::unique_ptr<DataFile>(new DataFile(std::move(database).value()));
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
    return std::unique_ptr<DataFile>(new DataFile(std::move(database).value()));
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
