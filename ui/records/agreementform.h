#pragma once

#include "records/typedform.h"

class QLineEdit;
class QPlainTextEdit;

namespace wzsw {

class CheckList;
class DateField;
class EnumCombo;
class ReferenceCombo;

/// Every field of a written agreement with a partner.
class AgreementForm : public TypedForm<Agreement>
{
    Q_OBJECT

public:
    AgreementForm(DataFile &file, const Agreement &agreement, QWidget *parent = nullptr);
    Agreement value() const override;

private:
    ReferenceCombo *m_partner;
    QLineEdit *m_title;
    CheckList *m_scope;
    DateField *m_start;
    DateField *m_end;
    DateField *m_signed;
    EnumCombo *m_status;
    DateField *m_review;
    QPlainTextEdit *m_commitments;
    QLineEdit *m_document;
};

} // namespace wzsw
