#pragma once

#include "records/typedform.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace wzsw {

class DateField;

/// A case note (contactmoment) on the client or provider it was opened for.
class NoteForm : public TypedForm<ContactNote>
{
    Q_OBJECT

public:
    NoteForm(DataFile &file, const ContactNote &note, QWidget *parent = nullptr);
    ContactNote value() const override;

private:
    DateField *m_date;
    QLineEdit *m_author;
    QPlainTextEdit *m_text;
};

} // namespace wzsw
