#include "records/recordform.h"

#include "person/timelinepanel.h"
#include "rules/violations.h"
#include "shell/datafile.h"
#include "widgets/fieldmessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wzsw {

RecordForm::RecordForm(DataFile &file, QWidget *parent)
    : QDialog(parent), m_file(file), m_sections(new QGridLayout),
      m_generalMessage(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_generalMessage->setObjectName(u"generalMessage"_s);
    m_generalMessage->setWordWrap(true);
    QPalette warning = m_generalMessage->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_generalMessage->setPalette(warning);
    m_generalMessage->hide();

    auto *body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->addLayout(m_sections);
    bodyLayout->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_generalMessage);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordForm::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordForm::reject);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!file.isReadOnly());
}

QFormLayout *RecordForm::addSection(const QString &title, int column)
{
    auto *box = new QGroupBox(title);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_sections->addWidget(box, m_rowsInColumn[column]++, column, Qt::AlignTop);
    return form;
}

void RecordForm::addField(QFormLayout *section, const QString &field, QWidget *input)
{
    QString label = fieldLabel(field);
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    addField(section, field, label, input);
}

void RecordForm::addField(QFormLayout *section, const QString &field, const QString &label,
                          QWidget *input)
{
    auto *cell = new QWidget;
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    input->setParent(cell);
    input->setObjectName(field);
    input->setAccessibleName(label);
    cellLayout->addWidget(input);
    auto *message = new FieldMessage(input, cell);
    message->setObjectName(field + u"Message"_s);
    cellLayout->addWidget(message);
    auto *labelWidget = new QLabel(label + u':');
    labelWidget->setBuddy(input);
    section->addRow(labelWidget, cell);
    m_inputs.insert(field, input);
    m_fieldOrder.append(field);
    m_messages.insert(field, message);
}

void RecordForm::addTopWidget(QWidget *widget)
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(0, widget);
}

int RecordForm::addTab(QWidget *page, const QString &title)
{
    if (!m_tabs) {
        auto *layout = static_cast<QVBoxLayout *>(this->layout());
        const int at = layout->indexOf(m_scroll);
        layout->removeWidget(m_scroll);
        m_tabs = new QTabWidget(this);
        m_tabs->setObjectName(u"formTabs"_s);
        m_tabs->setDocumentMode(true);
        m_tabs->addTab(m_scroll, tr("Details"));
        layout->insertWidget(at, m_tabs, 1);
    }
    return m_tabs->addTab(page, title);
}

TimelinePanel *RecordForm::addTimeline(RecordKind personKind, Id person)
{
    auto *timeline = new TimelinePanel(m_file, personKind, person);
    const int tab = addTab(timeline, timeline->title());
    connect(timeline, &TimelinePanel::titleChanged, m_tabs,
            [tabs = m_tabs, tab](const QString &title) { tabs->setTabText(tab, title); });
    return timeline;
}

void RecordForm::clearMessages()
{
    for (FieldMessage *message : std::as_const(m_messages))
        message->clearMessage();
    m_generalMessage->clear();
    m_generalMessage->hide();
}

void RecordForm::showViolations(const QList<RuleViolation> &violations)
{
    clearMessages();
    QHash<QString, QStringList> atField;
    QStringList general;
    for (const RuleViolation &violation : violations) {
        if (m_messages.contains(violation.field))
            atField[violation.field].append(violation.message);
        else
            general.append(violation.message);
    }
    QWidget *first = nullptr;
    // In the order of the form, so the first input with a problem gets the focus.
    for (const QString &field : std::as_const(m_fieldOrder)) {
        if (!atField.contains(field))
            continue;
        m_messages.value(field)->showMessage(atField.value(field).join(u'\n'));
        if (!first)
            first = m_inputs.value(field);
    }
    if (!general.isEmpty()) {
        m_generalMessage->setText(general.join(u'\n'));
        m_generalMessage->show();
    }
    if (first)
        first->setFocus();
}

QString RecordForm::messageAt(const QString &field) const
{
    const FieldMessage *message = m_messages.value(field);
    return message ? message->text() : QString();
}

void RecordForm::accept()
{
    clearMessages();
    const Status status = save();
    if (status) {
        QDialog::accept();
        return;
    }
    if (status.error().kind == Error::Kind::Invalid) {
        showViolations(status.error().violations);
        return;
    }
    if (status.error().kind == Error::Kind::Cancelled)
        return;
    if (status.error().kind == Error::Kind::Conflict) {
        showConflict(status.error());
        return;
    }
    QMessageBox::warning(this, tr("Not saved"), status.error().message);
}

void RecordForm::showConflict(const Error &error)
{
    const QString kept = tr("Your input is still in this form: copy what still matters into the "
                            "current version, then close this form.");
    m_generalMessage->setText(error.message + u'\n' + kept);
    m_generalMessage->show();
    QMessageBox box(QMessageBox::Warning, tr("Not saved"), error.message, QMessageBox::NoButton,
                    this);
    box.setObjectName(u"conflictBox"_s);
    box.setInformativeText(kept);
    QPushButton *reopen = nullptr;
    if (isStillStored()) {
        reopen = box.addButton(tr("&Open the current version"), QMessageBox::AcceptRole);
        reopen->setObjectName(u"openCurrentButton"_s);
    }
    box.addButton(tr("&Keep my input"), QMessageBox::RejectRole);
    box.exec();
    if (reopen && box.clickedButton() == reopen)
        openCurrentVersion();
}

void RecordForm::offerRemoval(const QString &confirmTitle)
{
    m_removalTitle = confirmTitle;
    QPushButton *button = m_buttons->addButton(tr("&Delete..."), QDialogButtonBox::DestructiveRole);
    button->setObjectName(u"deleteButton"_s);
    button->setEnabled(!m_file.isReadOnly());
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, &RecordForm::removeRecord);
}

void RecordForm::removeRecord()
{
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, m_removalTitle, tr("Delete this record? Edit > Undo (Ctrl+Z) brings it back."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    // Core refuses a record that others still refer to (a client with deliveries): its message
    // says which, and the form stays open.
    if (const Status status = remove(); !status) {
        QMessageBox::warning(this, tr("Not deleted"), status.error().message);
        return;
    }
    QDialog::reject(); // closes the form; nothing of its inputs is saved
}

} // namespace wzsw
