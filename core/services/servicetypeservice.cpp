#include "services/servicetypeservice.h"

#include "services/recordwriter.h"
#include "services/referencechecks.h"
#include "services/usagerefusal.h"
#include "storage/servicetyperepository.h"

using namespace Qt::StringLiterals;

namespace wzsw {

Result<QList<RuleViolation>> ServiceTypeService::check(const ServiceType &type) const
{
    Violations violations(u"service_type"_s, type.code);
    violations.append(validateServiceType(type));
    if (Status status =
            requireFreeCode(ServiceTypeRepository(m_db).byCode(type.code), type, violations);
        !status)
        return status.error();
    return violations.take();
}

Status ServiceTypeService::save(ServiceType &type)
{
    type.code = type.code.trimmed();
    RecordWriter<ServiceType> writer(m_db, [this](const ServiceType &t) { return check(t); });
    return writer.save(type, {u"service_type"_s, type.code});
}

Status ServiceTypeService::remove(Id id)
{
    const Result<ServiceType> type = ServiceTypeRepository(m_db).find(id);
    if (!type)
        return type.error();
    return RecordWriter<ServiceType>(m_db, {}).remove(id, {u"service_type"_s, type->code}, [&]() {
        return refusalWhileUsed(usesOfServiceType(m_db, id), u"service_type"_s, type->code,
                                [&](const QString &uses) -> QString {
                                    return tr("Service type %1 is still used by %2; "
                                              "deactivate it instead.")
                                        .arg(type->code, uses);
                                });
    });
}

} // namespace wzsw
