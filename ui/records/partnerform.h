#pragma once

#include "records/typedform.h"

class QLineEdit;

namespace wzsw {

class EnumCombo;
class ReferenceCombo;

/// Every field of a partner organisation; no municipality means a regional partner.
class PartnerForm : public TypedForm<Partner>
{
    Q_OBJECT

public:
    PartnerForm(DataFile &file, const Partner &partner, QWidget *parent = nullptr);
    Partner value() const override;

private:
    QLineEdit *m_code;
    QLineEdit *m_name;
    EnumCombo *m_kind;
    ReferenceCombo *m_municipality;
    QLineEdit *m_contact;
    QLineEdit *m_phone;
    QLineEdit *m_email;
};

} // namespace wzsw
