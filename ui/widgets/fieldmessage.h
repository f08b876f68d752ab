#pragma once

#include <QLabel>

namespace wzsw {

/// The message under an input that says what is wrong with it (a RuleViolation's message),
/// hidden while there is none. Screen readers get it as the input's description.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    /// `input` is the field the message belongs to.
    explicit FieldMessage(QWidget *input, QWidget *parent = nullptr);

    void showMessage(const QString &message);
    void clearMessage();

private:
    QWidget *m_input;
};

} // namespace wzsw
