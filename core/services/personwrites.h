#pragma once

#include "rules/violations.h"
#include "services/recordwriter.h"
#include "storage/transaction.h"

#include <functional>

namespace wzsw {

/// Stores a client or provider (`Repository` ClientRepository or ProviderRepository) in one
/// write transaction: a new one without a code gets the next code, counted inside that
/// transaction, so two people creating one at the same moment get two codes (on the regional
/// server the count waits for the other's commit); then `store` writes it (the service's
/// RecordWriter::saveInOpenTransaction).
template <typename Person, typename Repository>
Status savePersonWithCode(Database &db, Person &person, const std::function<Status()> &store)
{
    WriteTransaction tx(db);
    if (!tx.ok())
        return tx.error();
    if (person.code.isEmpty()) {
        const Result<QString> code = Repository(db).nextCode();
        if (!code)
            return code.error();
        person.code = *code;
    }
    if (Status status = store(); !status)
        return status;
    return tx.commit();
}

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
