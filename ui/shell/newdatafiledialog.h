#pragma once

#include "domain/places.h"

#include <QDialog>

class QLineEdit;

namespace wzsw {

class FieldMessage;

/// Asks for the first municipality of a new data file: CBS code and name, checked by core's
/// rules before the dialog closes.
class NewDataFileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewDataFileDialog(QWidget *parent = nullptr);

    Municipality municipality() const;
    QLineEdit *codeField() const { return m_code; }
    QLineEdit *nameField() const { return m_name; }

    /// Checks the input, shows what is wrong next to its field; true when all is right.
    bool validate();
    void accept() override;

private:
    QLineEdit *m_code;
    QLineEdit *m_name;
    FieldMessage *m_codeMessage;
    FieldMessage *m_nameMessage;
};

} // namespace wzsw
