#include "records/deliveryform.h"

#include "common/values.h"
#include "records/forminputs.h"
#include "rules/violations.h"
#include "storage/workrepositories.h"
#include "widgets/displayformat.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace wzsw {

DeliveryForm::DeliveryForm(DataFile &file, const Delivery &delivery, QWidget *parent)
    : TypedForm(file, delivery, parent),
      m_client(new PersonPicker(file.database(), RecordKind::Client)),
      m_provider(new PersonPicker(file.database(), RecordKind::Provider)),
      m_serviceType(new ReferenceCombo(file.database(), RecordKind::ServiceType, {})),
      m_date(new DateField), m_hours(new QLineEdit), m_fee(new QLineEdit), m_request(new QComboBox),
      m_note(new QLineEdit)
{
    setObjectName(u"deliveryForm"_s);
    QFormLayout *main = addSection(tr("Delivery"), 0);
    addField(main, u"date"_s, m_date);
    addField(main, u"client_code"_s, m_client);
    addField(main, u"provider_code"_s, m_provider);
    addField(main, u"service_type_code"_s, m_serviceType);
    addField(main, u"hours"_s, m_hours);
    m_fee->setPlaceholderText(tr("hours × fee per hour"));
    addField(main, u"fee"_s, m_fee);
    addField(main, u"request"_s, m_request);
    addField(main, u"note"_s, m_note);

    const Delivery &d = start();
    m_client->setId(d.clientId);
    m_provider->setId(d.providerId);
    m_serviceType->setId(d.serviceTypeId);
    m_date->setDate(d.date.isValid() ? d.date : QDate::currentDate());
    m_hours->setText(d.quarterHours > 0 ? display::hours(d.quarterHours) : QString());
    m_fee->setText(d.feeCents && d.id != 0 ? formatMoney(*d.feeCents, DecimalMark::Comma)
                                           : QString());
    m_note->setText(d.note);
    fillRequests();
    connect(m_client, &PersonPicker::idChanged, this, &DeliveryForm::fillRequests);
}

void DeliveryForm::fillRequests()
{
    const Id keep = m_request->count() ? m_request->currentData().toLongLong() : start().requestId;
    m_request->clear();
    m_request->addItem(tr("(none)"), qlonglong(0));
    if (m_client->id() == 0)
        return;
    if (const auto requests = RequestRepository(file().database()).ofClient(m_client->id()))
        for (const ServiceRequest &r : *requests)
            m_request->addItem(display::date(r.requestDate) + u" – "_s + r.description.left(40),
                               qlonglong(r.id));
    m_request->setCurrentIndex(std::max(0, m_request->findData(qlonglong(keep))));
}

Delivery DeliveryForm::value() const
{
    Delivery d = start();
    d.clientId = m_client->id();
    d.providerId = m_provider->id();
    d.serviceTypeId = m_serviceType->id();
    d.date = m_date->date();
    d.quarterHours = parseQuarterHours(m_hours->text().trimmed()).value_or(0);
    d.feeCents = m_fee->text().trimmed().isEmpty()
                     ? std::nullopt
                     : parseMoney(m_fee->text().remove(u'€').trimmed());
    d.requestId = m_request->currentData().toLongLong();
    d.note = m_note->text().trimmed();
    return d;
}

Status DeliveryForm::save()
{
    // Hours and fee that are not numbers never reach the record: say so at their fields.
    Violations typed(u"delivery"_s, {});
    typed.readQuarterHours(u"hours"_s, m_hours->text().trimmed());
    const QString fee = m_fee->text().remove(u'€').trimmed();
    if (!fee.isEmpty() && !parseMoney(fee))
        typed.add(u"fee"_s, Rule::Format,
                  tr("%1 \"%2\" is not an amount in euros.").arg(fieldLabel(u"fee"_s), fee));
    if (!typed.isEmpty()) {
        // Together with core's other findings, so the user sees everything at once.
        const Result<QList<RuleViolation>> others =
            RecordTraits<Delivery>::check(file().database(), value());
        QList<RuleViolation> all = typed.take();
        if (others)
            for (const RuleViolation &v : *others)
                if (v.field != u"hours"_s && v.field != u"fee"_s)
                    all.append(v);
        return Error::invalid(all);
    }
    return TypedForm::save();
}

} // namespace wzsw
