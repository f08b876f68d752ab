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
    /// `expectedVersion`: the version the person saw (RecordWriter::expectingVersion).
    Status remove(Id id, int expectedVersion = 0);

    /// Stores several deliveries as one action of the user (a week typed in a grid): every
    /// rule of every delivery is checked first, in the one write transaction that then stores
    /// them all, so either all are stored or, when any rule is broken, none. Each violation's
    /// message then begins with its row, the delivery's place in `deliveries` counted from 1
    /// ("Row 2: Hours ..."); its field is as check() gives it. On success ids, versions and
    /// default fees are filled in. Deliveries with an id and version 0 are stored again under
    /// that id: what redoing the action does after removeAll() undid it.
    Status saveAll(QList<Delivery> &deliveries);
    /// Removes the deliveries `ids` in one transaction, each with its audit entry: undoes
    /// saveAll(). Nothing is removed when one of them no longer exists.
    Status removeAll(const QList<Id> &ids);

private:
    Database &m_db;
};

} // namespace wzsw
