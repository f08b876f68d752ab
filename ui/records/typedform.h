#pragma once

#include "records/recordcommand.h"
#include "records/recordeditor.h"
#include "records/recordform.h"

#include <optional>

namespace wzsw {

/// A detail form for records of type T: reads the inputs into a T, lets core's service check
/// it, and stores it as one undoable command (RecordCommand). A new record has no `before`.
template <typename T> class TypedForm : public RecordForm
{
public:
    /// `record` is a stored record to change, or (id 0) the preset of a new one.
    TypedForm(DataFile &file, const T &record, QWidget *parent)
        : RecordForm(file, parent), m_start(record)
    {
        if (record.id != 0) {
            m_before = record;
            offerRemoval(RecordTraits<T>::removeText());
        }
        setWindowTitle(m_before ? RecordTraits<T>::changeText() : RecordTraits<T>::addText());
    }

    /// The record as the inputs say now.
    virtual T value() const = 0;
    /// The record as stored, after a successful save.
    const T &stored() const { return m_stored; }

protected:
    /// A last word before storing a valid record (the duplicate warning of an intake); an
    /// error keeps the form open.
    virtual Status confirm(const T &value)
    {
        Q_UNUSED(value)
        return {};
    }

    Status save() override
    {
        T record = value();
        const Result<QList<RuleViolation>> violations =
            RecordTraits<T>::check(file().database(), record);
        if (!violations)
            return violations.error();
        if (!violations->isEmpty())
            return Error::invalid(*violations);
        if (Status status = confirm(record); !status)
            return status;
        if (Status status = RecordCommand<T>::save(file(), m_before, record); !status)
            return status;
        m_stored = record;
        return {};
    }

    Status remove() override { return RecordCommand<T>::remove(file(), *m_before); }

    bool isStillStored() const override
    {
        return m_before && RecordTraits<T>::load(file().database(), m_before->id).ok();
    }
    void openCurrentVersion() override
    {
        // Beside this form, which keeps the person's input until they close it.
        openRecordForm(file(), {RecordTraits<T>::kind, m_before->id}, parentWidget());
    }

    const std::optional<T> &before() const { return m_before; }
    /// The record the form started from: the stored one, or the preset of a new one.
    const T &start() const { return m_start; }

private:
    T m_start;
    std::optional<T> m_before;
    T m_stored{};
};

} // namespace wzsw
