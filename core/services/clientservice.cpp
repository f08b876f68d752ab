#include "services/clientservice.h"

#include "services/personchecks.h"
#include "services/personwrites.h"
#include "services/recordwriter.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace wzsw {

Result<QList<RuleViolation>> ClientService::check(const Client &client) const
{
    Violations violations(u"client"_s, client.code);
    violations.append(validateClient(client, QDate::currentDate()));
    ClientRepository repository(m_db);
    if (Status status = checkPersonInFile(m_db, repository, client, violations); !status)
        return status.error();
    const Result<qint64> outside =
        repository.deliveriesOutside(client.id, client.intakeDate, client.endDate);
    if (!outside)
        return outside.error();
    if (*outside > 0)
        violations.deliveriesOutside(client.endDate.isValid() ? u"end_date"_s : u"intake_date"_s,
                                     *outside);
    return violations.take();
}

Status ClientService::save(Client &client)
{
    return savePersonWithCode<Client, ClientRepository>(m_db, client, [&]() -> Status {
        QStringList extraChanges;
        if (client.id != 0) {
            Client stored;
            stored.id = client.id;
            if (Status status = Mapping<Client>::readChildren(m_db, stored); !status)
                return status;
            if (stored.targetGroups != normalizedSet(client.targetGroups))
                extraChanges.append(u"target_groups"_s);
        }
        client.targetGroups = normalizedSet(client.targetGroups);
        normalizePerson(client.person);
        RecordWriter<Client> writer(m_db, [this](const Client &c) { return check(c); });
        return writer.saveInOpenTransaction(client, {u"client"_s, client.code}, extraChanges);
    });
}

Status ClientService::remove(Id id, int expectedVersion)
{
    return removeUndeliveredPerson<Client, ClientRepository>(
        m_db, id, expectedVersion, u"client"_s, [](const QString &code) {
            return tr("Client %1 has deliveries and cannot be deleted; record an end date "
                      "instead.")
                .arg(code);
        });
}

Result<QList<DuplicateCandidate>> ClientService::possibleDuplicates(const Client &client) const
{
    return ClientRepository(m_db).possibleDuplicates(client.person, client.id);
}

Status ClientService::recordBsnRevealed(const Client &client)
{
    return recordBsnReveal(m_db, u"client"_s, client.id, client.code);
}

} // namespace wzsw
