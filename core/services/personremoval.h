#pragma once

#include "rules/violations.h"
#include "services/recordwriter.h"

#include <functional>

namespace wzsw {

/// Deletes a client or provider (`Repository` ClientRepository or ProviderRepository) as a
/// person asked: refused (Rule::InUse, with `deliveredMessage` of the code) when deliveries
/// name them, since those must keep their person; refused as changed meanwhile when the stored
/// version is no longer `expectedVersion` (see RecordWriter::expectingVersion).
template <typename Person, typename Repository>
Status removeUndeliveredPerson(Database &db, Id id, int expectedVersion, const QString &entity,
                               const std::function<QString(const QString &code)> &deliveredMessage)
{
    Repository repository(db);
    const Result<Person> person = repository.find(id);
    if (!person)
        return person.error();
    return RecordWriter<Person>(db, {})
        .expectingVersion(expectedVersion)
        .remove(id, {entity, person->code}, [&]() -> Result<QList<RuleViolation>> {
            const Result<bool> hasDeliveries = repository.hasDeliveries(id);
            if (!hasDeliveries)
                return hasDeliveries.error();
            Violations violations(entity, person->code);
            if (*hasDeliveries)
                violations.add(QStringLiteral("code"), Rule::InUse, deliveredMessage(person->code));
            return violations.take();
        });
}

} // namespace wzsw
