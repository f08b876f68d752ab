#pragma once

#include "records/recordtraits.h"
#include "shell/datafile.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <optional>

namespace wzsw {

/// Undo and redo that could not be done (someone changed the record meanwhile, the disk is
/// full) are told to the user through DataFile::changeFailed(); the command is then dropped
/// from the stack, as it no longer describes the data.
void reportCommandFailure(DataFile &file, const QString &action, const Error &error);

/// One stored change of one record as an undoable command: a create (no `before`), an update
/// (before and after) or a delete (no `after`). Each direction runs through the record's core
/// service, so it is one transaction with its rules checked and its audit entry written.
///
/// A record removed by undo comes back under its old id (RecordWriter's restore), so the
/// commands after it on the stack, and other records referring to it, still find it.
template <typename T> class RecordCommand : public QUndoCommand
{
public:
    /// Stores `after` (a new record when its id is 0) and, when that works, pushes the command
    /// on the file's undo stack with the change already done. `after` is updated to what was
    /// stored (id, version, code, default fee). Nothing is pushed when the service refuses.
    static Status save(DataFile &file, const std::optional<T> &before, T &after,
                       const QString &text = {})
    {
        if (Status status = RecordTraits<T>::save(file.database(), after); !status)
            return status;
        auto *command = new RecordCommand(file, before, after, text);
        file.undoStack()->push(command);
        file.notifyChanged(RecordTraits<T>::kind);
        return {};
    }

    /// Removes the stored record `before` and pushes the command; refused (ConcurrentChange)
    /// when someone changed or removed it since `before` was read.
    static Status remove(DataFile &file, const T &before)
    {
        if (Status status = RecordTraits<T>::remove(file.database(), before.id, before.version);
            !status)
            return status;
        file.undoStack()->push(new RecordCommand(file, before, std::nullopt, {}));
        file.notifyChanged(RecordTraits<T>::kind);
        return {};
    }

    void redo() override
    {
        if (m_done) {
            m_done = false; // the first redo is the change save() already made
            return;
        }
        run(m_after, m_before);
    }
    void undo() override { run(m_before, m_after); }

private:
    RecordCommand(DataFile &file, std::optional<T> before, std::optional<T> after,
                  const QString &text)
        : m_file(file), m_before(std::move(before)), m_after(std::move(after))
    {
        if (!text.isEmpty())
            setText(text);
        else if (!m_before)
            setText(RecordTraits<T>::addText());
        else if (!m_after)
            setText(RecordTraits<T>::removeText());
        else
            setText(RecordTraits<T>::changeText());
        m_version = m_after ? m_after->version : 0;
    }

    /// Brings the stored record from `from` to `to`; nullopt means "not there".
    void run(const std::optional<T> &to, const std::optional<T> &from)
    {
        Status status;
        if (!to) {
            // The version stored by this command, or the one `from` was read with.
            const int stored = m_version != 0 ? m_version : from->version;
            status = RecordTraits<T>::remove(m_file.database(), from->id, stored);
            m_version = 0;
        } else {
            T value = *to;
            // Version 0 with an id: store the removed record again under that id.
            value.version = from ? m_version : 0;
            status = RecordTraits<T>::save(m_file.database(), value);
            m_version = value.version;
        }
        if (!status) {
            setObsolete(true);
            reportCommandFailure(m_file, text(), status.error());
        }
        m_file.notifyChanged(RecordTraits<T>::kind);
    }

    DataFile &m_file;
    std::optional<T> m_before;
    std::optional<T> m_after;
    int m_version = 0; ///< the stored record's version while it exists
    bool m_done = true;
};

} // namespace wzsw
