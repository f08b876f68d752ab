#pragma once

#include "records/typedform.h"

class QPlainTextEdit;
class QPushButton;

namespace wzsw {

class DateField;
class EnumCombo;
class PersonPicker;
class ReferenceCombo;

/// Every field of a client's request for help, and the way to its matching: "Find a
/// provider" opens the ranked list of providers for a stored, open request.
class RequestForm : public TypedForm<ServiceRequest>
{
    Q_OBJECT

public:
    RequestForm(DataFile &file, const ServiceRequest &request, QWidget *parent = nullptr);
    ServiceRequest value() const override;

signals:
    /// "Find a provider" was pressed for the stored request `requestId`.
    void matchRequested(wzsw::Id requestId);

private:
    PersonPicker *m_client;
    ReferenceCombo *m_serviceType;
    DateField *m_date;
    QPlainTextEdit *m_description;
    EnumCombo *m_frequency;
    EnumCombo *m_status;
    PersonPicker *m_provider;
    QPushButton *m_match;
};

} // namespace wzsw
