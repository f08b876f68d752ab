#include "storage/database.h"
#include "storage/mapping.h"
#include "storage/mappinghelpers.h"

using namespace Qt::StringLiterals;

namespace wzsw {

// Entities without child rows share these no-op hooks.
#define WZSW_NO_CHILDREN(Type)                                                                     \
    QList<ChildRows> Mapping<Type>::children(const Type &)                                         \
    {                                                                                              \
        return {};                                                                                 \
    }                                                                                              \
    Status Mapping<Type>::writeChildren(Database &, const Type &)                                  \
    {                                                                                              \
        return {};                                                                                 \
    }                                                                                              \
    Status Mapping<Type>::readChildren(const Database &, Type &)                                   \
    {                                                                                              \
        return {};                                                                                 \
    }

#define WZSW_TABLE(Type, name, ...)                                                                \
    const QString &Mapping<Type>::table()                                                          \
    {                                                                                              \
        static const QString table = name;                                                         \
        return table;                                                                              \
    }                                                                                              \
    const QStringList &Mapping<Type>::columns()                                                    \
    {                                                                                              \
        static const QStringList list{__VA_ARGS__};                                                \
        return list;                                                                               \
    }

WZSW_TABLE(Trajectory, u"trajectories"_s, u"provider_id"_s, u"type"_s, u"framework"_s,
           u"partner_id"_s, u"start_date"_s, u"planned_end_date"_s, u"actual_end_date"_s,
           u"status"_s, u"goals"_s, u"result"_s)
WZSW_NO_CHILDREN(Trajectory)

QVariantList Mapping<Trajectory>::values(const Trajectory &t)
{
    return Binder()
        .id(t.providerId)
        .code(t.type)
        .code(t.framework)
        .id(t.partnerId)
        .date(t.startDate)
        .date(t.plannedEndDate)
        .date(t.actualEndDate)
        .code(t.status)
        .text(t.goals)
        .text(t.result)
        .take();
}

void Mapping<Trajectory>::read(const QSqlQuery &query, int first, Trajectory &t)
{
    Reader r(query, first);
    t.providerId = r.id();
    t.type = r.code(TrajectoryType::Orientation);
    t.framework = r.code(Framework::Other);
    t.partnerId = r.id();
    t.startDate = r.date();
    t.plannedEndDate = r.date();
    t.actualEndDate = r.date();
    t.status = r.code(TrajectoryStatus::Planned);
    t.goals = r.text();
    t.result = r.text();
}

WZSW_TABLE(LadderAssessment, u"ladder_assessments"_s, u"provider_id"_s, u"date"_s, u"level"_s)
WZSW_NO_CHILDREN(LadderAssessment)

QVariantList Mapping<LadderAssessment>::values(const LadderAssessment &a)
{
    return Binder().id(a.providerId).date(a.date).integer(a.level).take();
}

void Mapping<LadderAssessment>::read(const QSqlQuery &query, int first, LadderAssessment &a)
{
    Reader r(query, first);
    a.providerId = r.id();
    a.date = r.date();
    a.level = int(r.integer());
}

WZSW_TABLE(ServiceRequest, u"service_requests"_s, u"client_id"_s, u"service_type_id"_s,
           u"request_date"_s, u"description"_s, u"frequency"_s, u"status"_s, u"provider_id"_s)
WZSW_NO_CHILDREN(ServiceRequest)

QVariantList Mapping<ServiceRequest>::values(const ServiceRequest &s)
{
    return Binder()
        .id(s.clientId)
        .id(s.serviceTypeId)
        .date(s.requestDate)
        .text(s.description)
        .code(s.frequency)
        .code(s.status)
        .id(s.providerId)
        .take();
}

void Mapping<ServiceRequest>::read(const QSqlQuery &query, int first, ServiceRequest &s)
{
    Reader r(query, first);
    s.clientId = r.id();
    s.serviceTypeId = r.id();
    s.requestDate = r.date();
    s.description = r.text();
    s.frequency = r.code(RequestFrequency::Once);
    s.status = r.code(RequestStatus::Open);
    s.providerId = r.id();
}

WZSW_TABLE(Delivery, u"deliveries"_s, u"client_id"_s, u"provider_id"_s, u"service_type_id"_s,
           u"date"_s, u"quarter_hours"_s, u"request_id"_s, u"fee_cents"_s, u"note"_s)
WZSW_NO_CHILDREN(Delivery)

QVariantList Mapping<Delivery>::values(const Delivery &d)
{
    // The fee is always stored; callers fill in the default before writing.
    return Binder()
        .id(d.clientId)
        .id(d.providerId)
        .id(d.serviceTypeId)
        .date(d.date)
        .integer(d.quarterHours)
        .id(d.requestId)
        .integer(d.feeCents.value_or(0))
        .text(d.note)
        .take();
}

void Mapping<Delivery>::read(const QSqlQuery &query, int first, Delivery &d)
{
    Reader r(query, first);
    d.clientId = r.id();
    d.providerId = r.id();
    d.serviceTypeId = r.id();
    d.date = r.date();
    d.quarterHours = int(r.integer());
    d.requestId = r.id();
    d.feeCents = r.integer();
    d.note = r.text();
}

WZSW_TABLE(Target, u"targets"_s, u"municipality_id"_s, u"from_date"_s, u"to_date"_s, u"measure"_s,
           u"value"_s)
WZSW_NO_CHILDREN(Target)

QVariantList Mapping<Target>::values(const Target &t)
{
    return Binder()
        .id(t.municipalityId)
        .date(t.fromDate)
        .date(t.toDate)
        .text(t.measure)
        .real(t.value)
        .take();
}

void Mapping<Target>::read(const QSqlQuery &query, int first, Target &t)
{
    Reader r(query, first);
    t.municipalityId = r.id();
    t.fromDate = r.date();
    t.toDate = r.date();
    t.measure = r.text();
    t.value = r.real();
}

WZSW_TABLE(BudgetLine, u"budget_lines"_s, u"municipality_id"_s, u"from_date"_s, u"to_date"_s,
           u"kind"_s, u"category"_s, u"planned_cents"_s, u"realised_cents"_s)
WZSW_NO_CHILDREN(BudgetLine)

QVariantList Mapping<BudgetLine>::values(const BudgetLine &b)
{
    return Binder()
        .id(b.municipalityId)
        .date(b.fromDate)
        .date(b.toDate)
        .code(b.kind)
        .code(b.category)
        .integer(b.plannedCents)
        .integer(b.realisedCents)
        .take();
}

void Mapping<BudgetLine>::read(const QSqlQuery &query, int first, BudgetLine &b)
{
    Reader r(query, first);
    b.municipalityId = r.id();
    b.fromDate = r.date();
    b.toDate = r.date();
    b.kind = r.code(BudgetKind::Cost);
    b.category = r.code(BudgetCategory::Other);
    b.plannedCents = r.integer();
    b.realisedCents = r.integer();
}

WZSW_TABLE(ProjectSettings, u"project_settings"_s, u"municipality_id"_s, u"project_start"_s,
           u"interim_1"_s, u"interim_2"_s, u"project_end"_s, u"project_leader"_s)
WZSW_NO_CHILDREN(ProjectSettings)

QVariantList Mapping<ProjectSettings>::values(const ProjectSettings &s)
{
    return Binder()
        .id(s.municipalityId)
        .date(s.projectStart)
        .date(s.interim1)
        .date(s.interim2)
        .date(s.projectEnd)
        .text(s.projectLeader)
        .take();
}

void Mapping<ProjectSettings>::read(const QSqlQuery &query, int first, ProjectSettings &s)
{
    Reader r(query, first);
    s.municipalityId = r.id();
    s.projectStart = r.date();
    s.interim1 = r.date();
    s.interim2 = r.date();
    s.projectEnd = r.date();
    s.projectLeader = r.text();
}

WZSW_TABLE(ContactNote, u"contact_notes"_s, u"client_id"_s, u"provider_id"_s, u"date"_s,
           u"author"_s, u"text"_s)
WZSW_NO_CHILDREN(ContactNote)

QVariantList Mapping<ContactNote>::values(const ContactNote &n)
{
    return Binder().id(n.clientId).id(n.providerId).date(n.date).text(n.author).text(n.text).take();
}

void Mapping<ContactNote>::read(const QSqlQuery &query, int first, ContactNote &n)
{
    Reader r(query, first);
    n.clientId = r.id();
    n.providerId = r.id();
    n.date = r.date();
    n.author = r.text();
    n.text = r.text();
}

WZSW_TABLE(Municipality, u"municipalities"_s, u"code"_s, u"name"_s)
WZSW_NO_CHILDREN(Municipality)

QVariantList Mapping<Municipality>::values(const Municipality &m)
{
    return Binder().text(m.code).text(m.name).take();
}

void Mapping<Municipality>::read(const QSqlQuery &query, int first, Municipality &m)
{
    Reader r(query, first);
    m.code = r.text();
    m.name = r.text();
}

WZSW_TABLE(Neighbourhood, u"neighbourhoods"_s, u"code"_s, u"name"_s, u"municipality_id"_s)
WZSW_NO_CHILDREN(Neighbourhood)

QVariantList Mapping<Neighbourhood>::values(const Neighbourhood &n)
{
    return Binder().text(n.code).text(n.name).id(n.municipalityId).take();
}

void Mapping<Neighbourhood>::read(const QSqlQuery &query, int first, Neighbourhood &n)
{
    Reader r(query, first);
    n.code = r.text();
    n.name = r.text();
    n.municipalityId = r.id();
}

WZSW_TABLE(ServiceType, u"service_types"_s, u"code"_s, u"name_nl"_s, u"name_en"_s,
           u"fee_per_hour_cents"_s, u"active"_s)
WZSW_NO_CHILDREN(ServiceType)

QVariantList Mapping<ServiceType>::values(const ServiceType &t)
{
    return Binder()
        .text(t.code)
        .text(t.nameNl)
        .text(t.nameEn)
        .integer(t.feePerHourCents)
        .boolean(t.active)
        .take();
}

void Mapping<ServiceType>::read(const QSqlQuery &query, int first, ServiceType &t)
{
    Reader r(query, first);
    t.code = r.text();
    t.nameNl = r.text();
    t.nameEn = r.text();
    t.feePerHourCents = r.integer();
    t.active = r.boolean();
}

WZSW_TABLE(Partner, u"partners"_s, u"code"_s, u"name"_s, u"kind"_s, u"municipality_id"_s,
           u"contact_person"_s, u"phone"_s, u"email"_s)
WZSW_NO_CHILDREN(Partner)

QVariantList Mapping<Partner>::values(const Partner &p)
{
    return Binder()
        .text(p.code)
        .text(p.name)
        .code(p.kind)
        .id(p.municipalityId)
        .text(p.contactPerson)
        .text(p.phone)
        .text(p.email)
        .take();
}

void Mapping<Partner>::read(const QSqlQuery &query, int first, Partner &p)
{
    Reader r(query, first);
    p.code = r.text();
    p.name = r.text();
    p.kind = r.code(PartnerKind::Other);
    p.municipalityId = r.id();
    p.contactPerson = r.text();
    p.phone = r.text();
    p.email = r.text();
}

WZSW_TABLE(Agreement, u"agreements"_s, u"partner_id"_s, u"title"_s, u"start_date"_s, u"end_date"_s,
           u"signed_date"_s, u"status"_s, u"commitments"_s, u"review_date"_s, u"document"_s)

QVariantList Mapping<Agreement>::values(const Agreement &a)
{
    return Binder()
        .id(a.partnerId)
        .text(a.title)
        .date(a.startDate)
        .date(a.endDate)
        .date(a.signedDate)
        .code(a.status)
        .text(a.commitments)
        .date(a.reviewDate)
        .text(a.document)
        .take();
}

void Mapping<Agreement>::read(const QSqlQuery &query, int first, Agreement &a)
{
    Reader r(query, first);
    a.partnerId = r.id();
    a.title = r.text();
    a.startDate = r.date();
    a.endDate = r.date();
    a.signedDate = r.date();
    a.status = r.code(AgreementStatus::Draft);
    a.commitments = r.text();
    a.reviewDate = r.date();
    a.document = r.text();
}

QList<ChildRows> Mapping<Agreement>::children(const Agreement &a)
{
    return {{u"agreement_scopes"_s, u"agreement_id"_s, u"scope"_s, codesOf(a.scopes)}};
}

Status Mapping<Agreement>::writeChildren(Database &db, const Agreement &a)
{
    return replaceChildren(db, a.id, children(a));
}

Status Mapping<Agreement>::readChildren(const Database &db, Agreement &a)
{
    const Result<QVariantList> codes =
        loadChildValues(db, u"agreement_scopes"_s, u"agreement_id"_s, u"scope"_s, a.id);
    if (!codes)
        return codes.error();
    a.scopes = enumsOf<AgreementScope>(*codes);
    return {};
}

#undef WZSW_TABLE
#undef WZSW_NO_CHILDREN

} // namespace wzsw
