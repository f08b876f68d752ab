#include "services/providerservice.h"

#include "services/personchecks.h"
#include "services/personwrites.h"
#include "services/recorddescriptions.h"
#include "services/recordwriter.h"
#include "services/referencechecks.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

QList<Id> normalizedIds(QList<Id> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace

Result<QList<RuleViolation>> ProviderService::check(const Provider &provider) const
{
    Violations violations(u"provider"_s, provider.code);
    violations.append(validateProvider(provider, QDate::currentDate()));
    ProviderRepository repository(m_db);
    if (Status status = checkPersonInFile(m_db, repository, provider, violations); !status)
        return status.error();
    for (Id typeId : provider.serviceTypeIds) {
        if (Status status =
                requireExisting<ServiceType>(m_db, typeId, u"service_type_codes"_s, violations);
            !status)
            return status.error();
    }
    // Only the start bounds deliveries (domain.md); an exit date ends the trajectory work,
    // not the record of what was delivered.
    const Result<qint64> outside =
        repository.deliveriesOutside(provider.id, provider.startDate, {});
    if (!outside)
        return outside.error();
    if (*outside > 0)
        violations.deliveriesOutside(u"start_date"_s, *outside);
    return violations.take();
}

Status ProviderService::save(Provider &provider)
{
    return savePersonWithCode<Provider, ProviderRepository>(m_db, provider, [&]() -> Status {
        provider.serviceTypeIds = normalizedIds(provider.serviceTypeIds);
        normalizePerson(provider.person);
        QStringList extraChanges;
        if (provider.id != 0) {
            Provider stored;
            stored.id = provider.id;
            if (Status status = Mapping<Provider>::readChildren(m_db, stored); !status)
                return status;
            if (normalizedIds(stored.serviceTypeIds) != provider.serviceTypeIds)
                extraChanges.append(u"service_type_codes"_s);
        }
        RecordWriter<Provider> writer(m_db, [this](const Provider &p) { return check(p); });
        return writer.saveInOpenTransaction(provider, {u"provider"_s, provider.code}, extraChanges);
    });
}

Status ProviderService::remove(Id id, int expectedVersion)
{
    return removeUndeliveredPerson<Provider, ProviderRepository>(
        m_db, id, expectedVersion, u"provider"_s, [](const QString &code) {
            return tr("Provider %1 has deliveries and cannot be deleted; record an exit date "
                      "instead.")
                .arg(code);
        });
}

Result<QList<RuleViolation>> ProviderService::check(const LadderAssessment &assessment) const
{
    const Result<QString> providerCode = codeOf<Provider>(m_db, assessment.providerId);
    if (!providerCode)
        return providerCode.error();
    const QString record = describeAssessment(*providerCode, assessment);
    Violations violations(u"ladder"_s, record);
    violations.append(validateLadder(assessment, record));
    if (Status status =
            requireExisting<Provider>(m_db, assessment.providerId, u"provider_code"_s, violations);
        !status)
        return status.error();
    return violations.take();
}

Status ProviderService::save(LadderAssessment &assessment)
{
    const Result<QString> providerCode = codeOf<Provider>(m_db, assessment.providerId);
    if (!providerCode)
        return providerCode.error();
    RecordWriter<LadderAssessment> writer(m_db,
                                          [this](const LadderAssessment &a) { return check(a); });
    return writer.save(assessment, {u"ladder"_s, describeAssessment(*providerCode, assessment)});
}

Status ProviderService::removeAssessment(Id id, int expectedVersion)
{
    const Result<LadderAssessment> assessment = Table<LadderAssessment>(m_db).find(id);
    if (!assessment)
        return assessment.error();
    const Result<QString> providerCode = codeOf<Provider>(m_db, assessment->providerId);
    if (!providerCode)
        return providerCode.error();
    RecordWriter<LadderAssessment> writer(m_db, {});
    return writer.expectingVersion(expectedVersion)
        .remove(id, {u"ladder"_s, describeAssessment(*providerCode, *assessment)});
}

Status ProviderService::recordBsnRevealed(const Provider &provider)
{
    return recordBsnReveal(m_db, u"provider"_s, provider.id, provider.code);
}

Result<QList<DuplicateCandidate>>
ProviderService::possibleDuplicates(const Provider &provider) const
{
    return ProviderRepository(m_db).possibleDuplicates(provider.person, provider.id);
}

} // namespace wzsw
