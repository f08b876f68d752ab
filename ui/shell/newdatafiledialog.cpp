#include "shell/newdatafiledialog.h"

#include "rules/entityrules.h"
#include "widgets/fieldmessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wzsw {

NewDataFileDialog::NewDataFileDialog(QWidget *parent)
    : QDialog(parent), m_code(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_codeMessage(new FieldMessage(m_code, this)), m_nameMessage(new FieldMessage(m_name, this))
{
    setWindowTitle(tr("New data file"));
    auto *intro = new QLabel(tr("A data file holds the work of one project organisation. Which "
                                "municipality does it start with? More can be added later."),
                             this);
    intro->setWordWrap(true);

    m_code->setPlaceholderText(u"GM0855"_s);
    m_code->setMaxLength(6);
    m_code->setAccessibleName(tr("Municipality code"));
    m_name->setPlaceholderText(u"Tilburg"_s);
    m_name->setAccessibleName(tr("Municipality name"));
    // CBS codes are written in capitals; typing them small is no mistake.
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int cursor = m_code->cursorPosition();
        m_code->setText(text.toUpper());
        m_code->setCursorPosition(cursor);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Municipality &code (CBS):"), m_code);
    form->addRow(QString(), m_codeMessage);
    form->addRow(tr("Municipality &name:"), m_name);
    form->addRow(QString(), m_nameMessage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

Municipality NewDataFileDialog::municipality() const
{
    Municipality municipality;
    municipality.code = m_code->text().trimmed().toUpper();
    municipality.name = m_name->text().trimmed();
    return municipality;
}

bool NewDataFileDialog::validate()
{
    m_codeMessage->clearMessage();
    m_nameMessage->clearMessage();
    const QList<RuleViolation> violations = validateMunicipality(municipality());
    for (const RuleViolation &violation : violations) {
        if (violation.field == u"code"_s)
            m_codeMessage->showMessage(violation.message);
        else
            m_nameMessage->showMessage(violation.message);
    }
    if (!violations.isEmpty())
        (violations.front().field == u"code"_s ? m_code : m_name)->setFocus();
    return violations.isEmpty();
}

void NewDataFileDialog::accept()
{
    if (validate())
        QDialog::accept();
}

} // namespace wzsw
