#include "services/datafilesetup.h"

#include "rules/entityrules.h"
#include "storage/auditrepository.h"
#include "storage/placerepository.h"
#include "storage/servicetyperepository.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace wzsw {

Status initialiseDataFile(Database &db, const std::optional<Municipality> &firstMunicipality)
{
    WriteTransaction tx(db);
    if (!tx.ok())
        return tx.error();
    if (firstMunicipality) {
        Municipality municipality = *firstMunicipality;
        if (const QList<RuleViolation> violations = validateMunicipality(municipality);
            !violations.isEmpty())
            return Error::invalid(violations);
        if (Status status = PlaceRepository(db).municipalities().insert(municipality); !status)
            return status;
    }
    ServiceTypeRepository types(db);
    for (ServiceType type : ServiceTypeRepository::defaultCatalogue())
        if (Status status = types.insert(type); !status)
            return status;
    AuditEntry entry = AuditEntry::by(u"create"_s, u"file"_s);
    if (Status status = AuditRepository(db).append(entry); !status)
        return status;
    return tx.commit();
}

} // namespace wzsw
