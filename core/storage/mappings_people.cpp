#include "storage/database.h"
#include "storage/mapping.h"
#include "storage/mappinghelpers.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

// Clients and providers share their personal columns, in this order.
const QStringList personColumns{u"given_name"_s,   u"family_name_prefix"_s,
                                u"family_name"_s,  u"birth_date"_s,
                                u"gender"_s,       u"street"_s,
                                u"house_number"_s, u"postcode"_s,
                                u"place"_s,        u"neighbourhood_id"_s,
                                u"phone"_s,        u"email"_s,
                                u"bsn"_s,          u"erased_date"_s};

void bindPerson(Binder &b, const Person &p)
{
    b.text(p.givenName).text(p.familyNamePrefix).text(p.familyName).date(p.birthDate);
    b.code(p.gender).text(p.street).text(p.houseNumber).text(p.postcode).text(p.place);
    b.id(p.neighbourhoodId).text(p.phone).text(p.email).text(p.bsn).date(p.erasedDate);
}

void readPerson(Reader &r, Person &p)
{
    p.givenName = r.text();
    p.familyNamePrefix = r.text();
    p.familyName = r.text();
    p.birthDate = r.date();
    p.gender = r.optionalCode<Gender>();
    p.street = r.text();
    p.houseNumber = r.text();
    p.postcode = r.text();
    p.place = r.text();
    p.neighbourhoodId = r.id();
    p.phone = r.text();
    p.email = r.text();
    p.bsn = r.text();
    p.erasedDate = r.date();
}

} // namespace

const QString &Mapping<Client>::table()
{
    static const QString name = u"clients"_s;
    return name;
}

const QStringList &Mapping<Client>::columns()
{
    static const QStringList list = QStringList{u"code"_s} + personColumns +
                                    QStringList{u"lives_alone"_s, u"referred_by_partner_id"_s,
                                                u"intake_date"_s, u"end_date"_s,
                                                u"end_reason"_s,  u"consent_date"_s};
    return list;
}

QVariantList Mapping<Client>::values(const Client &c)
{
    Binder b;
    b.text(c.code);
    bindPerson(b, c.person);
    b.boolean(c.livesAlone).id(c.referredByPartnerId).date(c.intakeDate).date(c.endDate);
    b.code(c.endReason).date(c.consentDate);
    return b.take();
}

void Mapping<Client>::read(const QSqlQuery &query, int first, Client &c)
{
    Reader r(query, first);
    c.code = r.text();
    readPerson(r, c.person);
    c.livesAlone = r.boolean();
    c.referredByPartnerId = r.id();
    c.intakeDate = r.date();
    c.endDate = r.date();
    c.endReason = r.optionalCode<ClientEndReason>();
    c.consentDate = r.date();
}

QList<ChildRows> Mapping<Client>::children(const Client &c)
{
    return {
        {u"client_target_groups"_s, u"client_id"_s, u"target_group"_s, codesOf(c.targetGroups)}};
}

Status Mapping<Client>::writeChildren(Database &db, const Client &c)
{
    return replaceChildren(db, c.id, children(c));
}

Status Mapping<Client>::readChildren(const Database &db, Client &c)
{
    const Result<QVariantList> codes =
        loadChildValues(db, u"client_target_groups"_s, u"client_id"_s, u"target_group"_s, c.id);
    if (!codes)
        return codes.error();
    c.targetGroups = enumsOf<TargetGroup>(*codes);
    return {};
}

const QString &Mapping<Provider>::table()
{
    static const QString name = u"providers"_s;
    return name;
}

const QStringList &Mapping<Provider>::columns()
{
    static const QStringList list =
        QStringList{u"code"_s} + personColumns +
        QStringList{u"background"_s,          u"hours_per_week"_s,
                    u"start_date"_s,          u"exit_date"_s,
                    u"exit_reason"_s,         u"course_enrolled_date"_s,
                    u"course_level"_s,        u"course_certified_date"_s,
                    u"course_dropped_date"_s, u"referred_by_partner_id"_s};
    return list;
}

QVariantList Mapping<Provider>::values(const Provider &p)
{
    Binder b;
    b.text(p.code);
    bindPerson(b, p.person);
    b.code(p.background).real(p.hoursPerWeek).date(p.startDate).date(p.exitDate);
    b.code(p.exitReason).date(p.course.enrolledDate);
    if (p.course.level == 0)
        b.id(0); // NULL
    else
        b.integer(p.course.level);
    b.date(p.course.certifiedDate).date(p.course.droppedDate).id(p.referredByPartnerId);
    return b.take();
}

void Mapping<Provider>::read(const QSqlQuery &query, int first, Provider &p)
{
    Reader r(query, first);
    p.code = r.text();
    readPerson(r, p.person);
    p.background = r.code(Background::Other);
    p.hoursPerWeek = r.real();
    p.startDate = r.date();
    p.exitDate = r.date();
    p.exitReason = r.optionalCode<ExitReason>();
    p.course.enrolledDate = r.date();
    p.course.level = int(r.integer());
    p.course.certifiedDate = r.date();
    p.course.droppedDate = r.date();
    p.referredByPartnerId = r.id();
}

QList<ChildRows> Mapping<Provider>::children(const Provider &p)
{
    QVariantList ids;
    for (Id id : p.serviceTypeIds)
        ids.append(qlonglong(id));
    return {{u"provider_service_types"_s, u"provider_id"_s, u"service_type_id"_s, ids}};
}

Status Mapping<Provider>::writeChildren(Database &db, const Provider &p)
{
    return replaceChildren(db, p.id, children(p));
}

Status Mapping<Provider>::readChildren(const Database &db, Provider &p)
{
    const Result<QVariantList> ids = loadChildValues(db, u"provider_service_types"_s,
                                                     u"provider_id"_s, u"service_type_id"_s, p.id);
    if (!ids)
        return ids.error();
    p.serviceTypeIds.clear();
    for (const QVariant &id : *ids)
        p.serviceTypeIds.append(id.toLongLong());
    return {};
}

} // namespace wzsw
