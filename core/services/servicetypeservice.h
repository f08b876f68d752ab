#pragma once

#include "common/result.h"
#include "domain/servicetype.h"

#include <QCoreApplication>

namespace wzsw {

class Database;

/// The catalogue of service types and their hourly fees.
class ServiceTypeService
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::ServiceTypeService)

public:
    explicit ServiceTypeService(Database &db) : m_db(db) {}

    /// A code not used by another type, a Dutch name, a fee per hour of at least 0.
    Result<QList<RuleViolation>> check(const ServiceType &type) const;
    /// Stores a new or changed type. A changed fee applies to deliveries recorded from then
    /// on; recorded deliveries keep the fee they were charged.
    Status save(ServiceType &type);
    /// Deletes a type nothing uses; one used by deliveries, requests or providers is refused
    /// (deactivate it instead: save it with `active` false).
    Status remove(Id id);

private:
    Database &m_db;
};

} // namespace wzsw
