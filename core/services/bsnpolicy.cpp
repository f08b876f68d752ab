#include "services/bsnpolicy.h"

#include "rules/violations.h"
#include "services/privacysettings.h"

namespace wzsw {

Result<BsnPolicy> BsnPolicy::of(Database &db)
{
    const Result<bool> processes = PrivacySettings(db).processesBsns();
    if (!processes)
        return processes.error();
    return BsnPolicy(*processes);
}

void BsnPolicy::check(const QString &bsn, Violations &violations, const QString &field) const
{
    if (!m_processes && !bsn.trimmed().isEmpty())
        violations.bsnNotProcessed(field);
}

} // namespace wzsw
