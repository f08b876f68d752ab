// Import rules for clients and providers.
#include "common/values.h"
#include "exchange/importfactories.h"
#include "exchange/recordimport.h"
#include "rules/entityrules.h"
#include "services/personchecks.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

void readPerson(RowReader &row, ImportContext &c, QString &code, Person &p)
{
    row.code(col::PersonCode, code);
    row.text(col::GivenName, p.givenName);
    row.text(col::FamilyNamePrefix, p.familyNamePrefix);
    row.text(col::FamilyName, p.familyName);
    row.date(col::BirthDate, p.birthDate);
    row.optionalChoice(col::Gender, p.gender);
    row.text(col::Street, p.street);
    row.text(col::HouseNumber, p.houseNumber);
    row.code(col::Postcode, p.postcode);
    row.text(col::Place, p.place);
    row.reference(col::PersonNeighbourhood, c.neighbourhoods, p.neighbourhoodId);
    row.text(col::Phone, p.phone);
    row.text(col::Email, p.email);
    row.code(col::Bsn, p.bsn);
    normalizePerson(p); // the postcode as "1234 AB"
}

/// Unique per kind of person: another holder is a violation.
void checkBsn(RowReader &row, const QHash<QString, QString> &bsns, const QString &code,
              const QString &bsn)
{
    if (bsn.isEmpty())
        return;
    const QString holder = bsns.value(bsn);
    if (!holder.isEmpty() && holder != code)
        row.violations().bsnTaken(row.columnName(col::Bsn), holder);
}

void rememberBsn(QHash<QString, QString> &bsns, const QString &code, const QString &bsn,
                 const QString &storedBsn)
{
    if (!storedBsn.isEmpty() && storedBsn != bsn && bsns.value(storedBsn) == code)
        bsns.remove(storedBsn);
    if (!bsn.isEmpty() && !bsns.contains(bsn))
        bsns.insert(bsn, code);
}

/// Deliveries already stored for this person that the new dates would leave outside them.
/// (Deliveries in the same import are checked against the new dates when they are read.)
template <typename T>
void checkStoredDeliveries(RowReader &row, ImportContext &c, const T &person, const QDate &from,
                           const QDate &to, int field)
{
    const Result<qint64> outside =
        PersonRepository<T>(c.db()).deliveriesOutside(person.id, from, to);
    if (!outside)
        return c.fail(outside.error());
    if (*outside > 0)
        row.violations().deliveriesOutside(row.columnName(field), *outside);
}

} // namespace

template <> struct ImportRules<Client>
{
    static constexpr ExchangeEntity entity = ExchangeEntity::Client;
    static QString name() { return u"client"_s; }
    static Client blank() { return {}; }
    static CodedRecords<Client> &records(ImportContext &c) { return c.clients; }
    static bool sameChildren(const Client &a, const Client &b)
    {
        return normalizedSet(a.targetGroups) == normalizedSet(b.targetGroups);
    }

    static void read(RowReader &row, ImportContext &c, Client &x, const Client *stored)
    {
        readPerson(row, c, x.code, x.person);
        row.choices(col::TargetGroups, x.targetGroups);
        row.boolean(col::LivesAlone, x.livesAlone, false);
        row.reference(col::ClientReferredBy, c.partners, x.referredByPartnerId);
        row.date(col::IntakeDate, x.intakeDate);
        row.date(col::ClientEndDate, x.endDate);
        row.optionalChoice(col::ClientEndReason, x.endReason);
        row.date(col::ConsentDate, x.consentDate);
        row.addRules(validateClient(x, c.today()));
        checkBsn(row, c.clientBsns, x.code, x.person.bsn);
        if (stored && (stored->intakeDate != x.intakeDate || stored->endDate != x.endDate))
            checkStoredDeliveries(row, c, x, x.intakeDate, x.endDate,
                                  x.endDate.isValid() ? col::ClientEndDate : col::IntakeDate);
    }
    static void remember(ImportContext &c, const Client &x, const Client *stored)
    {
        rememberBsn(c.clientBsns, x.code, x.person.bsn, stored ? stored->person.bsn : QString());
    }
};

template <> struct ImportRules<Provider>
{
    static constexpr ExchangeEntity entity = ExchangeEntity::Provider;
    static QString name() { return u"provider"_s; }
    static Provider blank() { return {}; }
    static CodedRecords<Provider> &records(ImportContext &c) { return c.providers; }
    static bool sameChildren(const Provider &a, const Provider &b)
    {
        QList<Id> left = a.serviceTypeIds;
        QList<Id> right = b.serviceTypeIds;
        std::sort(left.begin(), left.end());
        std::sort(right.begin(), right.end());
        return left == right;
    }

    static void read(RowReader &row, ImportContext &c, Provider &p, const Provider *stored)
    {
        readPerson(row, c, p.code, p.person);
        if (!stored)
            row.requireColumn(col::Background);
        row.choice(col::Background, p.background);
        row.references(col::ServiceTypeCodes, c.serviceTypes, p.serviceTypeIds);
        row.number(col::HoursPerWeek, p.hoursPerWeek);
        row.date(col::ProviderStart, p.startDate);
        row.date(col::ExitDate, p.exitDate);
        row.optionalChoice(col::ExitReason, p.exitReason);
        row.date(col::CourseEnrolled, p.course.enrolledDate);
        row.wholeNumber(col::CourseLevel, p.course.level);
        row.date(col::CourseCertified, p.course.certifiedDate);
        row.date(col::CourseDropped, p.course.droppedDate);
        row.reference(col::ProviderReferredBy, c.partners, p.referredByPartnerId);
        row.addRules(validateProvider(p, c.today()));
        checkBsn(row, c.providerBsns, p.code, p.person.bsn);
        if (stored && stored->startDate != p.startDate)
            checkStoredDeliveries(row, c, p, p.startDate, QDate(), col::ProviderStart);
    }
    static void remember(ImportContext &c, const Provider &p, const Provider *stored)
    {
        rememberBsn(c.providerBsns, p.code, p.person.bsn, stored ? stored->person.bsn : QString());
    }
};

std::unique_ptr<FileImport> makePeopleImport(ExchangeEntity entity, ImportContext &context)
{
    switch (entity) {
    case ExchangeEntity::Client:
        return std::make_unique<RecordImport<Client>>(context);
    case ExchangeEntity::Provider:
        return std::make_unique<RecordImport<Provider>>(context);
    default:
        return nullptr;
    }
}

} // namespace wzsw
