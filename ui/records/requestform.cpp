#include "records/requestform.h"

#include "records/forminputs.h"

#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace wzsw {

RequestForm::RequestForm(DataFile &file, const ServiceRequest &request, QWidget *parent)
    : TypedForm(file, request, parent),
      m_client(new PersonPicker(file.database(), RecordKind::Client)),
      m_serviceType(new ReferenceCombo(file.database(), RecordKind::ServiceType, {})),
      m_date(new DateField), m_description(new QPlainTextEdit),
      m_frequency(EnumCombo::make<RequestFrequency>(false, nullptr)),
      m_status(EnumCombo::make<RequestStatus>(false, nullptr)),
      m_provider(new PersonPicker(file.database(), RecordKind::Provider)),
      m_match(new QPushButton(tr("Find a provider…")))
{
    setObjectName(u"requestForm"_s);
    QFormLayout *main = addSection(tr("Request"), 0);
    addField(main, u"client_code"_s, m_client);
    addField(main, u"service_type_code"_s, m_serviceType);
    addField(main, u"request_date"_s, m_date);
    addField(main, u"frequency"_s, m_frequency);
    m_description->setTabChangesFocus(true);
    addField(main, u"description"_s, m_description);
    QFormLayout *matching = addSection(tr("Matching"), 0);
    addField(matching, u"status"_s, m_status);
    addField(matching, u"provider_code"_s, m_provider);
    m_match->setObjectName(u"findProvider"_s);
    matching->addRow(QString(), m_match);
    // Matching works on the stored request: its ranking reads the request from the file.
    m_match->setEnabled(request.id != 0 && request.status == RequestStatus::Open);
    connect(m_match, &QPushButton::clicked, this, [this] {
        emit matchRequested(start().id);
        reject();
    });

    const ServiceRequest &r = start();
    m_client->setId(r.clientId);
    m_serviceType->setId(r.serviceTypeId);
    m_date->setDate(r.requestDate.isValid() || r.id != 0 ? r.requestDate : QDate::currentDate());
    m_description->setPlainText(r.description);
    m_frequency->setValue(std::optional(r.frequency));
    m_status->setValue(std::optional(r.status));
    m_provider->setId(r.providerId);
}

ServiceRequest RequestForm::value() const
{
    ServiceRequest r = start();
    r.clientId = m_client->id();
    r.serviceTypeId = m_serviceType->id();
    r.requestDate = m_date->date();
    r.description = m_description->toPlainText().trimmed();
    r.frequency = *m_frequency->value<RequestFrequency>();
    r.status = *m_status->value<RequestStatus>();
    r.providerId = m_provider->id();
    return r;
}

} // namespace wzsw
