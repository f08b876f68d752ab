#pragma once

#include "records/typedform.h"

class QComboBox;
class QLineEdit;

namespace wzsw {

class DateField;
class PersonPicker;
class ReferenceCombo;

/// Every field of a delivery. Hours and fee are typed as text ("1,5", "€ 22,50") so a wrong
/// one gets core's message; an empty fee is hours x the service type's fee per hour.
class DeliveryForm : public TypedForm<Delivery>
{
    Q_OBJECT

public:
    DeliveryForm(DataFile &file, const Delivery &delivery, QWidget *parent = nullptr);
    Delivery value() const override;

protected:
    Status save() override;

private:
    void fillRequests();

    PersonPicker *m_client;
    PersonPicker *m_provider;
    ReferenceCombo *m_serviceType;
    DateField *m_date;
    QLineEdit *m_hours;
    QLineEdit *m_fee;
    QComboBox *m_request;
    QLineEdit *m_note;
};

} // namespace wzsw
