#pragma once

#include "storage/checkqueries.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace wzsw {

/// Asks for one client or provider by code, for the privacy commands that act on one person.
class PersonChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    PersonChoiceDialog(const QString &title, const QString &intro, const QString &acceptText,
                       QWidget *parent = nullptr);

    PersonKind kind() const;
    QString code() const;

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *codeEdit() const { return m_code; }

private:
    QComboBox *m_kind;
    QLineEdit *m_code;
    QPushButton *m_accept;
};

} // namespace wzsw
