#include "export/disclosuredialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wzsw {

DisclosureDialog::DisclosureDialog(bool names, bool bsn, const QString &recipient, QWidget *parent)
    : QDialog(parent), m_reason(new QLineEdit(this))
{
    setWindowTitle(tr("Export with personal data"));
    auto *layout = new QVBoxLayout(this);
    const QString what = names && bsn ? tr("names and BSNs") : (names ? tr("names") : tr("BSNs"));
    const QString whom =
        recipient.trimmed().isEmpty() ? tr("no recipient named") : recipient.trimmed();
    auto *warning = new QLabel(
        tr("<p>This file will contain the <b>%1</b> of the persons in it (%2). Send it only "
           "when the recipient needs them and may have them, and never by ordinary e-mail.</p>"
           "<p>The export, with the reason you give, is recorded in the audit log.</p>")
            .arg(what.toHtmlEscaped(), whom.toHtmlEscaped()),
        this);
    warning->setWordWrap(true);
    layout->addWidget(warning);
    auto *form = new QFormLayout;
    m_reason->setObjectName(u"reasonField"_s);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setMaxLength(200);
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Export with %1").arg(what));
    m_ok->setEnabled(false);
    m_ok->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this] { m_ok->setEnabled(!reason().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString DisclosureDialog::reason() const
{
    return m_reason->text().simplified();
}

} // namespace wzsw
