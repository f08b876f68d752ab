#pragma once

#include "common/result.h"
#include "domain/partner.h"

#include <QCoreApplication>

namespace wzsw {

class Database;

/// Partner organisations and their written agreements.
class PartnerService
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::PartnerService)

public:
    explicit PartnerService(Database &db) : m_db(db) {}

    /// Code and name given, code not used by another partner, e-mail in form, municipality
    /// (when given; regional partners have none) existing.
    Result<QList<RuleViolation>> check(const Partner &partner) const;
    Status save(Partner &partner);
    /// Deletes a partner nothing refers to; one with agreements, referred clients or
    /// providers, or trajectories is refused.
    /// `expectedVersion`: the version the person saw (RecordWriter::expectingVersion).
    Status remove(Id id, int expectedVersion = 0);

    /// An existing partner, a title, at least one scope, a start date, the end not before it.
    Result<QList<RuleViolation>> check(const Agreement &agreement) const;
    Status save(Agreement &agreement);
    /// `expectedVersion`: the version the person saw (RecordWriter::expectingVersion).
    Status removeAgreement(Id id, int expectedVersion = 0);

private:
    Database &m_db;
};

} // namespace wzsw
