#include "safety/personchoicedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wzsw {

PersonChoiceDialog::PersonChoiceDialog(const QString &title, const QString &intro,
                                       const QString &acceptText, QWidget *parent)
    : QDialog(parent), m_kind(new QComboBox(this)), m_code(new QLineEdit(this))
{
    setObjectName(u"personChoiceDialog"_s);
    setWindowTitle(title);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    m_kind->setObjectName(u"kindBox"_s);
    m_kind->addItem(tr("Client"), int(PersonKind::Client));
    m_kind->addItem(tr("Provider"), int(PersonKind::Provider));
    m_code->setObjectName(u"codeEdit"_s);
    m_code->setPlaceholderText(tr("e.g. C-0001"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Person is a"), m_kind);
    form->addRow(tr("&Code"), m_code);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(u"acceptButton"_s);
    m_accept->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_accept->setEnabled(!text.trimmed().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

PersonKind PersonChoiceDialog::kind() const
{
    return PersonKind(m_kind->currentData().toInt());
}

QString PersonChoiceDialog::code() const
{
    return m_code->text().trimmed();
}

} // namespace wzsw
