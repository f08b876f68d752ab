#include "records/noteform.h"

#include "records/forminputs.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace wzsw {

NoteForm::NoteForm(DataFile &file, const ContactNote &note, QWidget *parent)
    : TypedForm(file, note, parent), m_date(new DateField), m_author(new QLineEdit),
      m_text(new QPlainTextEdit)
{
    setObjectName(u"noteForm"_s);
    QFormLayout *main = addSection(tr("Case note"), 0);
    const bool onClient = note.clientId != 0;
    auto *owner =
        new QLabel(personText(file.database(), onClient ? RecordKind::Client : RecordKind::Provider,
                              onClient ? note.clientId : note.providerId));
    addField(main, onClient ? u"client_code"_s : u"provider_code"_s, owner);
    addField(main, u"date"_s, m_date);
    m_author->setPlaceholderText(tr("you"));
    addField(main, u"author"_s, m_author);
    m_text->setTabChangesFocus(true);
    addField(main, u"text"_s, m_text);

    m_date->setDate(note.date.isValid() ? note.date : QDate::currentDate());
    m_author->setText(note.author);
    m_text->setPlainText(note.text);
}

ContactNote NoteForm::value() const
{
    ContactNote n = start();
    n.date = m_date->date();
    n.author = m_author->text().trimmed();
    n.text = m_text->toPlainText().trimmed();
    return n;
}

} // namespace wzsw
