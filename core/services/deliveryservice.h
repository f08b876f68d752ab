#pragma once

#include "common/result.h"
#include "domain/service.h"

#include <QCoreApplication>

namespace wzsw {

class Database;

/// Recording, changing and deleting delivered services.
class DeliveryService
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::DeliveryService)

public:
    explicit DeliveryService(Database &db) : m_db(db) {}

    /// Client, provider and service type exist; hours more than 0 and at most 12; the date
    /// not before the client's intake, not after the client's end date, not before the
    /// provider's start; a fee, when given, not negative; the request it answers, if any,
    /// exists and belongs to the same client.
    Result<QList<RuleViolation>> check(const Delivery &delivery) const;
    /// Stores a new (id 0) or changed delivery. An empty fee becomes the default: hours x the
    /// service type's fee per hour, rounded to whole cents; `delivery.feeCents` then holds it.
    Status save(Delivery &delivery);
    Status remove(Id id);

private:
    Database &m_db;
};

} // namespace wzsw
