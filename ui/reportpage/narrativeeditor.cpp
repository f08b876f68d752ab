#include "reportpage/narrativeeditor.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

QPlainTextEdit *textEdit(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(60);
    return edit;
}

} // namespace

NarrativeEditor::NarrativeEditor(QWidget *parent)
    : QWidget(parent), m_whatWorksLabel(new QLabel(this)), m_whatDoesNotWorkLabel(new QLabel(this)),
      m_nextStepsLabel(new QLabel(this)), m_whatWorks(textEdit(this)),
      m_whatDoesNotWork(textEdit(this)), m_nextSteps(textEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const auto &[label, edit] : {std::pair{m_whatWorksLabel, m_whatWorks},
                                      std::pair{m_whatDoesNotWorkLabel, m_whatDoesNotWork},
                                      std::pair{m_nextStepsLabel, m_nextSteps}}) {
        label->setBuddy(edit);
        layout->addWidget(label);
        layout->addWidget(edit, 1);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            m_modified = true;
            emit edited();
        });
    }
    retranslate();
}

ReportNarrative NarrativeEditor::narrative() const
{
    return {m_whatWorks->toPlainText(), m_whatDoesNotWork->toPlainText(),
            m_nextSteps->toPlainText()};
}

void NarrativeEditor::setNarrative(const ReportNarrative &narrative)
{
    m_whatWorks->setPlainText(narrative.whatWorks);
    m_whatDoesNotWork->setPlainText(narrative.whatDoesNotWork);
    m_nextSteps->setPlainText(narrative.nextSteps);
    m_modified = false;
}

void NarrativeEditor::setReadOnly(bool readOnly)
{
    for (QPlainTextEdit *edit : {m_whatWorks, m_whatDoesNotWork, m_nextSteps})
        edit->setReadOnly(readOnly);
}

bool NarrativeEditor::isModified() const
{
    return m_modified;
}

void NarrativeEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NarrativeEditor::retranslate()
{
    m_whatWorksLabel->setText(tr("What &works"));
    m_whatDoesNotWorkLabel->setText(tr("What does &not work"));
    m_nextStepsLabel->setText(tr("Ne&xt steps"));
    m_whatWorks->setAccessibleName(tr("What works"));
    m_whatDoesNotWork->setAccessibleName(tr("What does not work"));
    m_nextSteps->setAccessibleName(tr("Next steps"));
    const QString hint = tr("A new line starts a paragraph; \"- \" starts a bullet. No names or "
                            "case details: the report is for the steering group.");
    for (QPlainTextEdit *edit : {m_whatWorks, m_whatDoesNotWork, m_nextSteps})
        edit->setToolTip(hint);
}

} // namespace wzsw
