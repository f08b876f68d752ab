#pragma once

#include "figures/reportnarrative.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace wzsw {

/// The three texts the project leader writes per report ("what works", "what does not", "next
/// steps"), plain text as ReportNarrative describes. Read-only for an issued report.
class NarrativeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit NarrativeEditor(QWidget *parent = nullptr);

    ReportNarrative narrative() const;
    void setNarrative(const ReportNarrative &narrative);
    void setReadOnly(bool readOnly);
    /// Whether the texts were edited since setNarrative().
    bool isModified() const;

    QPlainTextEdit *whatWorksEdit() const { return m_whatWorks; }
    QPlainTextEdit *whatDoesNotWorkEdit() const { return m_whatDoesNotWork; }
    QPlainTextEdit *nextStepsEdit() const { return m_nextSteps; }

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_whatWorksLabel;
    QLabel *m_whatDoesNotWorkLabel;
    QLabel *m_nextStepsLabel;
    QPlainTextEdit *m_whatWorks;
    QPlainTextEdit *m_whatDoesNotWork;
    QPlainTextEdit *m_nextSteps;
    bool m_modified = false;
};

} // namespace wzsw
