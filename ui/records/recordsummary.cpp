#include "records/recordsummary.h"

#include "rules/violations.h"
#include "services/bsnpolicy.h"
#include "storage/partnerrepository.h"
#include "storage/personrepository.h"
#include "storage/placerepository.h"
#include "storage/servicetyperepository.h"
#include "storage/workrepositories.h"
#include "widgets/displayformat.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

/// Collects the fields of one record, labelled by core's field names.
class Builder
{
public:
    explicit Builder(Database &db) : m_db(db) {}

    Builder &add(const QString &name, const QString &text)
    {
        QString label = fieldLabel(name);
        if (!label.isEmpty())
            label[0] = label[0].toUpper();
        m_fields.append({name, label, text});
        return *this;
    }
    Builder &date(const QString &name, const QDate &value)
    {
        return add(name, display::date(value));
    }
    template <typename E> Builder &code(const QString &name, const std::optional<E> &value)
    {
        return add(name, value ? label(*value) : QString());
    }
    template <typename E> Builder &code(const QString &name, E value)
    {
        return add(name, label(value));
    }
    template <typename E> Builder &codes(const QString &name, const QList<E> &values)
    {
        QStringList labels;
        for (E value : values)
            labels.append(label(value));
        return add(name, labels.join(u", "_s));
    }

    QString neighbourhood(Id id)
    {
        if (id == 0)
            return {};
        const Result<Neighbourhood> found = PlaceRepository(m_db).neighbourhoods().find(id);
        return found ? found->name + u" ("_s + found->code + u')' : QString();
    }
    QString municipality(Id id)
    {
        if (id == 0)
            return {};
        const Result<Municipality> found = PlaceRepository(m_db).municipalities().find(id);
        return found ? found->name : QString();
    }
    QString partner(Id id)
    {
        if (id == 0)
            return {};
        const Result<Partner> found = PartnerRepository(m_db).partners().find(id);
        return found ? found->name + u" ("_s + found->code + u')' : QString();
    }
    QString serviceType(Id id)
    {
        if (id == 0)
            return {};
        const Result<ServiceType> found = ServiceTypeRepository(m_db).find(id);
        return found ? found->displayName() : QString();
    }
    QString client(Id id)
    {
        if (id == 0)
            return {};
        const Result<Client> found = ClientRepository(m_db).find(id);
        return found ? found->person.fullName() + u" ("_s + found->code + u')' : QString();
    }
    QString provider(Id id)
    {
        if (id == 0)
            return {};
        const Result<Provider> found = ProviderRepository(m_db).find(id);
        return found ? found->person.fullName() + u" ("_s + found->code + u')' : QString();
    }

    void person(const Person &p)
    {
        add(u"given_name"_s, p.givenName);
        add(u"family_name_prefix"_s, p.familyNamePrefix);
        add(u"family_name"_s, p.familyName);
        date(u"birth_date"_s, p.birthDate);
        code(u"gender"_s, p.gender);
        add(u"street"_s, p.street);
        add(u"house_number"_s, p.houseNumber);
        add(u"postcode"_s, p.postcode);
        add(u"place"_s, p.place);
        add(u"neighbourhood_code"_s, neighbourhood(p.neighbourhoodId));
        add(u"phone"_s, p.phone);
        add(u"email"_s, p.email);
        // Shown masked: revealing it is a deliberate act of the detail form. Not shown at all
        // when the file does not process BSNs (its BSN switch).
        const Result<BsnPolicy> bsns = BsnPolicy::of(m_db);
        if (bsns && bsns->processesBsns())
            add(u"bsn"_s, maskedBsn(p.bsn));
    }

    QList<RecordSummary::Field> take() { return std::move(m_fields); }

private:
    Database &m_db;
    QList<RecordSummary::Field> m_fields;
};

template <typename T> Result<T> load(Database &db, Id id)
{
    return Table<T>(db).find(id);
}

} // namespace

QString RecordSummary::text(const QString &name) const
{
    for (const Field &field : fields)
        if (field.name == name)
            return field.text;
    return {};
}

Result<RecordSummary> RecordSummaries::of(Database &db, const RecordRef &record)
{
    Builder b(db);
    RecordSummary summary;
    switch (record.kind) {
    case RecordKind::Client: {
        const Result<Client> c = load<Client>(db, record.id);
        if (!c)
            return c.error();
        summary.heading = tr("Client %1: %2").arg(c->code, c->person.fullName());
        b.add(u"code"_s, c->code);
        b.person(c->person);
        b.codes(u"target_groups"_s, c->targetGroups);
        b.add(u"lives_alone"_s, display::yesNo(c->livesAlone));
        b.add(u"referred_by_partner_code"_s, b.partner(c->referredByPartnerId));
        b.date(u"intake_date"_s, c->intakeDate);
        b.date(u"end_date"_s, c->endDate);
        b.code(u"end_reason"_s, c->endReason);
        b.date(u"consent_date"_s, c->consentDate);
        break;
    }
    case RecordKind::Provider: {
        const Result<Provider> p = load<Provider>(db, record.id);
        if (!p)
            return p.error();
        summary.heading = tr("Provider %1: %2").arg(p->code, p->person.fullName());
        b.add(u"code"_s, p->code);
        b.person(p->person);
        b.code(u"background"_s, p->background);
        QStringList types;
        for (Id type : p->serviceTypeIds)
            types.append(b.serviceType(type));
        b.add(u"service_type_codes"_s, types.join(u", "_s));
        b.add(u"hours_per_week"_s, display::number(p->hoursPerWeek));
        b.date(u"start_date"_s, p->startDate);
        b.date(u"exit_date"_s, p->exitDate);
        b.code(u"exit_reason"_s, p->exitReason);
        b.date(u"course_enrolled_date"_s, p->course.enrolledDate);
        b.add(u"course_level"_s,
              p->course.level > 0 ? QString::number(p->course.level) : QString());
        b.date(u"course_certified_date"_s, p->course.certifiedDate);
        b.date(u"course_dropped_date"_s, p->course.droppedDate);
        b.add(u"referred_by_partner_code"_s, b.partner(p->referredByPartnerId));
        break;
    }
    case RecordKind::Trajectory: {
        const Result<Trajectory> t = load<Trajectory>(db, record.id);
        if (!t)
            return t.error();
        const QString provider = b.provider(t->providerId);
        summary.heading = tr("Trajectory of %1").arg(provider);
        b.add(u"provider_code"_s, provider);
        b.code(u"type"_s, t->type);
        b.code(u"framework"_s, t->framework);
        b.add(u"partner_code"_s, b.partner(t->partnerId));
        b.date(u"start_date"_s, t->startDate);
        b.date(u"planned_end_date"_s, t->plannedEndDate);
        b.date(u"actual_end_date"_s, t->actualEndDate);
        b.code(u"status"_s, t->status);
        b.add(u"goals"_s, t->goals);
        b.add(u"result"_s, t->result);
        break;
    }
    case RecordKind::Request: {
        const Result<ServiceRequest> r = load<ServiceRequest>(db, record.id);
        if (!r)
            return r.error();
        const QString client = b.client(r->clientId);
        summary.heading = tr("Request of %1").arg(client);
        b.add(u"client_code"_s, client);
        b.add(u"service_type_code"_s, b.serviceType(r->serviceTypeId));
        b.date(u"request_date"_s, r->requestDate);
        b.add(u"description"_s, r->description);
        b.code(u"frequency"_s, r->frequency);
        b.code(u"status"_s, r->status);
        b.add(u"provider_code"_s, b.provider(r->providerId));
        break;
    }
    case RecordKind::Delivery: {
        const Result<Delivery> d = load<Delivery>(db, record.id);
        if (!d)
            return d.error();
        summary.heading = tr("Delivery of %1").arg(display::date(d->date));
        b.add(u"client_code"_s, b.client(d->clientId));
        b.add(u"provider_code"_s, b.provider(d->providerId));
        b.add(u"service_type_code"_s, b.serviceType(d->serviceTypeId));
        b.date(u"date"_s, d->date);
        b.add(u"hours"_s, display::hours(d->quarterHours));
        b.add(u"fee"_s, d->feeCents ? display::money(*d->feeCents) : QString());
        b.add(u"note"_s, d->note);
        break;
    }
    case RecordKind::Partner: {
        const Result<Partner> p = load<Partner>(db, record.id);
        if (!p)
            return p.error();
        summary.heading = tr("Partner %1: %2").arg(p->code, p->name);
        b.add(u"code"_s, p->code);
        b.add(u"name"_s, p->name);
        b.code(u"kind"_s, p->kind);
        b.add(u"municipality_code"_s,
              p->municipalityId ? b.municipality(p->municipalityId) : tr("regional"));
        b.add(u"contact_person"_s, p->contactPerson);
        b.add(u"phone"_s, p->phone);
        b.add(u"email"_s, p->email);
        break;
    }
    case RecordKind::Agreement: {
        const Result<Agreement> a = load<Agreement>(db, record.id);
        if (!a)
            return a.error();
        summary.heading = tr("Agreement: %1").arg(a->title);
        b.add(u"partner_code"_s, b.partner(a->partnerId));
        b.add(u"title"_s, a->title);
        b.codes(u"scope"_s, a->scopes);
        b.date(u"start_date"_s, a->startDate);
        b.date(u"end_date"_s, a->endDate);
        b.date(u"signed_date"_s, a->signedDate);
        b.code(u"status"_s, a->status);
        b.add(u"commitments"_s, a->commitments);
        b.date(u"review_date"_s, a->reviewDate);
        b.add(u"document"_s, a->document);
        break;
    }
    default:
        return Error::make(Error::Kind::NotFound, tr("This kind of record has no summary."));
    }
    summary.fields = b.take();
    return summary;
}

} // namespace wzsw
