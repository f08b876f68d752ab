#include "services/partnerservice.h"

#include "services/recorddescriptions.h"
#include "services/recordwriter.h"
#include "services/referencechecks.h"
#include "services/usagerefusal.h"
#include "storage/partnerrepository.h"

using namespace Qt::StringLiterals;

namespace wzsw {

Result<QList<RuleViolation>> PartnerService::check(const Partner &partner) const
{
    Violations violations(u"partner"_s, partner.code);
    violations.append(validatePartner(partner));
    if (Status status = requireFreeCode(PartnerRepository(m_db).partnerByCode(partner.code),
                                        partner, violations);
        !status)
        return status.error();
    if (Status status = requireExisting<Municipality>(m_db, partner.municipalityId,
                                                      u"municipality_code"_s, violations);
        !status)
        return status.error();
    return violations.take();
}

Status PartnerService::save(Partner &partner)
{
    partner.code = partner.code.trimmed();
    RecordWriter<Partner> writer(m_db, [this](const Partner &p) { return check(p); });
    return writer.save(partner, {u"partner"_s, partner.code});
}

Status PartnerService::remove(Id id, int expectedVersion)
{
    const Result<Partner> partner = Table<Partner>(m_db).find(id);
    if (!partner)
        return partner.error();
    return RecordWriter<Partner>(m_db, {})
        .expectingVersion(expectedVersion)
        .remove(id, {u"partner"_s, partner->code}, [&]() {
            return refusalWhileUsed(usesOfPartner(m_db, id), u"partner"_s, partner->code,
                                    [&](const QString &uses) -> QString {
                                        return tr("Partner %1 is still referred to by %2 and "
                                                  "cannot be deleted.")
                                            .arg(partner->code, uses);
                                    });
        });
}

Result<QList<RuleViolation>> PartnerService::check(const Agreement &agreement) const
{
    const Result<QString> partnerCode = codeOf<Partner>(m_db, agreement.partnerId);
    if (!partnerCode)
        return partnerCode.error();
    const QString record = describeAgreement(*partnerCode, agreement);
    Violations violations(u"agreement"_s, record);
    violations.append(validateAgreement(agreement, record));
    if (Status status =
            requireExisting<Partner>(m_db, agreement.partnerId, u"partner_code"_s, violations);
        !status)
        return status.error();
    return violations.take();
}

Status PartnerService::save(Agreement &agreement)
{
    const Result<QString> partnerCode = codeOf<Partner>(m_db, agreement.partnerId);
    if (!partnerCode)
        return partnerCode.error();
    agreement.scopes = normalizedSet(agreement.scopes);
    QStringList extraChanges;
    if (agreement.id != 0) {
        Agreement stored;
        stored.id = agreement.id;
        if (Status status = Mapping<Agreement>::readChildren(m_db, stored); !status)
            return status;
        if (stored.scopes != agreement.scopes)
            extraChanges.append(u"scope"_s);
    }
    RecordWriter<Agreement> writer(m_db, [this](const Agreement &a) { return check(a); });
    return writer.save(agreement, {u"agreement"_s, describeAgreement(*partnerCode, agreement)},
                       extraChanges);
}

Status PartnerService::removeAgreement(Id id, int expectedVersion)
{
    const Result<Agreement> agreement = Table<Agreement>(m_db).find(id);
    if (!agreement)
        return agreement.error();
    const Result<QString> partnerCode = codeOf<Partner>(m_db, agreement->partnerId);
    if (!partnerCode)
        return partnerCode.error();
    return RecordWriter<Agreement>(m_db, {})
        .expectingVersion(expectedVersion)
        .remove(id, {u"agreement"_s, describeAgreement(*partnerCode, *agreement)});
}

} // namespace wzsw
