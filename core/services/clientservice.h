#pragma once

#include "common/result.h"
#include "domain/client.h"
#include "storage/personrepository.h"

#include <QCoreApplication>

namespace wzsw {

class Database;

/// Creating, changing and deleting clients as a user does it: every rule of domain.md,
/// one transaction per action, an audit entry with each change.
class ClientService
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::ClientService)

public:
    explicit ClientService(Database &db) : m_db(db) {}

    /// Every broken rule, those needing the data file included; empty when `client` can be
    /// saved. For forms that show problems before the user presses save.
    Result<QList<RuleViolation>> check(const Client &client) const;

    /// Stores a new (id 0) or changed client; a new client without code gets the next free
    /// one. Nothing is stored when a rule is broken.
    Status save(Client &client);

    /// Deletes a client without deliveries; one with deliveries is refused (end it instead).
    /// `expectedVersion`: the version the person saw (RecordWriter::expectingVersion).
    Status remove(Id id, int expectedVersion = 0);

    /// Records that might be the same person, for the intake screen to warn about.
    Result<QList<DuplicateCandidate>> possibleDuplicates(const Client &client) const;

    /// Records in the audit log that the user revealed this client's BSN on purpose.
    Status recordBsnRevealed(const Client &client);

private:
    Database &m_db;
};

} // namespace wzsw
