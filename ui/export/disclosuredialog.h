#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace wzsw {

/// Asked before names or BSNs leave the program (spec/exchange-csv.md): says what will be in
/// the file and for whom, and takes the reason the audit log records. OK stays disabled until a
/// reason is given; Cancel is the default button.
class DisclosureDialog : public QDialog
{
    Q_OBJECT

public:
    DisclosureDialog(bool names, bool bsn, const QString &recipient, QWidget *parent = nullptr);

    QString reason() const;
    QLineEdit *reasonField() const { return m_reason; }
    QPushButton *okButton() const { return m_ok; }

private:
    QLineEdit *m_reason;
    QPushButton *m_ok;
};

} // namespace wzsw
