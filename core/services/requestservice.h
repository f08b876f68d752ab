#pragma once

#include "common/result.h"
#include "domain/service.h"

#include <QCoreApplication>

namespace wzsw {

class Database;

/// Clients' requests for help and their matching to a provider.
class RequestService
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::RequestService)

public:
    explicit RequestService(Database &db) : m_db(db) {}

    /// Client, service type and request date given and existing; a matched request names an
    /// existing provider; deliveries that answer it stay with its client.
    Result<QList<RuleViolation>> check(const ServiceRequest &request) const;
    Status save(ServiceRequest &request);
    /// Deletes a request; deliveries that answered it keep standing, without the link.
    /// `expectedVersion`: the version the person saw (RecordWriter::expectingVersion).
    Status remove(Id id, int expectedVersion = 0);

    /// Matches a stored request to a provider: status `matched` and the provider, in one
    /// change. `request` is updated to what was stored.
    Status match(ServiceRequest &request, Id providerId);

private:
    Database &m_db;
};

} // namespace wzsw
