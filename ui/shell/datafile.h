#pragma once

#include "common/result.h"
#include "domain/places.h"
#include "domain/recordkind.h"
#include "storage/database.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace wzsw {

/// The data file open in the window: its Database connection and its undo stack, one of each
/// per open file (Tiled's Document). Pages read through database(); every change a person makes
/// is one QUndoCommand pushed on undoStack() that stores at once (one transaction) and then
/// calls notifyChanged(), so every list showing that kind of record refreshes.
class DataFile : public QObject
{
    Q_OBJECT

public:
    /// Opens an existing data file.
    ///
    /// Hook for the safety issue: a second program with the same file open, and falling back to
    /// read-only, are decided here, before the connection is made; callers already pass the
    /// mode and show isReadOnly().
    static Result<std::unique_ptr<DataFile>> open(const QString &path,
                                                  Database::Mode mode = Database::Mode::ReadWrite);
    /// Makes a new data file with the default service types and `first` as its first
    /// municipality (checked by core's rules); nothing is left behind when that fails.
    static Result<std::unique_ptr<DataFile>> create(const QString &path, const Municipality &first);

    ~DataFile() override;

    Database &database() const { return *m_database; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString path() const { return m_database->path(); }
    /// The file's name without its folder, for titles.
    QString fileName() const;
    bool isReadOnly() const { return m_database->isReadOnly(); }

    /// Records of `kind` were stored, changed or removed: lists showing them refresh.
    void notifyChanged(RecordKind kind);

signals:
    void recordsChanged(wzsw::RecordKind kind);
    /// An undo or redo (`action`, e.g. "Undo Change client") could not be stored: `message`
    /// says why, in the user's language. The window tells the user.
    void changeFailed(const QString &action, const QString &message);

private:
    explicit DataFile(std::unique_ptr<Database> database);

    std::unique_ptr<Database> m_database;
    QUndoStack *m_undoStack;
};

} // namespace wzsw
