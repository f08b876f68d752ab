#include "storage/partnerrepository.h"

using namespace Qt::StringLiterals;

namespace wzsw {

Result<bool> PartnerRepository::isReferenced(Id partnerId) const
{
    QSqlQuery query = prepare(m_db, uR"(SELECT
            EXISTS (SELECT 1 FROM agreements WHERE partner_id = :id)
         OR EXISTS (SELECT 1 FROM clients WHERE referred_by_partner_id = :id)
         OR EXISTS (SELECT 1 FROM providers WHERE referred_by_partner_id = :id)
         OR EXISTS (SELECT 1 FROM trajectories WHERE partner_id = :id))"_s);
    query.bindValue(u":id"_s, qlonglong(partnerId));
    if (Status status = exec(query); !status)
        return status.error();
    query.next();
    return query.value(0).toBool();
}

} // namespace wzsw
