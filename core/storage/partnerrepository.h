#pragma once

#include "domain/partner.h"
#include "storage/table.h"

namespace wzsw {

/// Partner organisations and their written agreements.
class PartnerRepository
{
public:
    explicit PartnerRepository(Database &db) : m_db(db), m_partners(db), m_agreements(db) {}

    Table<Partner> &partners() { return m_partners; }
    Table<Agreement> &agreements() { return m_agreements; }

    Result<std::optional<Partner>> partnerByCode(const QString &code) const
    {
        return m_partners.findWhere(QStringLiteral("code = ?"), {code});
    }
    Result<QList<Agreement>> agreementsOf(Id partnerId) const
    {
        return m_agreements.list(QStringLiteral("partner_id = ?"), {qlonglong(partnerId)},
                                 QStringLiteral("start_date, id"));
    }
    /// Whether anything still refers to the partner (agreements, people, trajectories).
    Result<bool> isReferenced(Id partnerId) const;

private:
    Database &m_db;
    Table<Partner> m_partners;
    Table<Agreement> m_agreements;
};

} // namespace wzsw
