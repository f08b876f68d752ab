#include "widgets/fieldmessage.h"

namespace wzsw {

FieldMessage::FieldMessage(QWidget *input, QWidget *parent) : QLabel(parent), m_input(input)
{
    setWordWrap(true);
    QPalette warning = palette();
    // A dark red that stays readable on the light and the dark palette alike.
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    setPalette(warning);
    hide();
}

void FieldMessage::showMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
    if (m_input)
        m_input->setAccessibleDescription(message);
}

void FieldMessage::clearMessage()
{
    showMessage({});
}

} // namespace wzsw
