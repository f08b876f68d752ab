#include "services/personchecks.h"

#include "rules/identity.h"
#include "services/bsnpolicy.h"
#include "services/referencechecks.h"
#include "storage/auditrepository.h"
#include "storage/partnerrepository.h"
#include "storage/placerepository.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

/// An erased person stays erased: the record cannot be changed, and the erasure date is set
/// by the erasure alone.
template <typename T>
Status checkErasure(const PersonRepository<T> &repository, const T &value, Violations &violations)
{
    QDate storedErasure;
    if (value.id != 0) {
        const Result<std::optional<T>> stored = repository.findIfExists(value.id);
        if (!stored)
            return stored.error();
        if (stored->has_value())
            storedErasure = (*stored)->person.erasedDate;
    }
    if (storedErasure.isValid())
        violations.erasedRecord(storedErasure);
    else if (value.person.isErased())
        violations.erasureNotByHand();
    return {};
}

} // namespace

template <typename T>
Status checkPersonInFile(Database &db, const PersonRepository<T> &repository, const T &value,
                         Violations &violations)
{
    const Result<Id> codeHolder = repository.idOfCode(value.code);
    if (!codeHolder)
        return codeHolder.error();
    if (*codeHolder != 0 && *codeHolder != value.id)
        violations.codeTaken(u"code"_s, value.code);

    if (Status status = checkErasure(repository, value, violations); !status)
        return status;

    const Result<BsnPolicy> bsns = BsnPolicy::of(db);
    if (!bsns)
        return bsns.error();
    bsns->check(value.person.bsn, violations);

    const Result<Id> bsnHolder = repository.bsnHolder(value.person.bsn, value.id);
    if (!bsnHolder)
        return bsnHolder.error();
    if (*bsnHolder != 0) {
        const Result<T> holder = repository.find(*bsnHolder);
        violations.bsnTaken(u"bsn"_s, holder ? holder->code : QString());
    }

    if (Status status = requireExisting<Neighbourhood>(db, value.person.neighbourhoodId,
                                                       u"neighbourhood_code"_s, violations);
        !status)
        return status;
    return requireExisting<Partner>(db, value.referredByPartnerId, u"referred_by_partner_code"_s,
                                    violations);
}

template Status checkPersonInFile<Client>(Database &, const PersonRepository<Client> &,
                                          const Client &, Violations &);
template Status checkPersonInFile<Provider>(Database &, const PersonRepository<Provider> &,
                                            const Provider &, Violations &);

void normalizePerson(Person &person)
{
    person.bsn = person.bsn.trimmed();
    person.postcode = person.postcode.trimmed();
    if (!person.postcode.isEmpty() && !postcodeProblem(person.postcode))
        person.postcode = normalizePostcode(person.postcode);
}

Status recordBsnReveal(Database &db, const QString &entity, Id id, const QString &code)
{
    WriteTransaction tx(db);
    if (!tx.ok())
        return tx.error();
    AuditEntry entry = AuditEntry::by(u"reveal_bsn"_s, entity, id, code, u"BSN shown"_s);
    if (Status status = AuditRepository(db).append(entry); !status)
        return status;
    return tx.commit();
}

} // namespace wzsw
