#pragma once

#include "domain/servicetype.h"
#include "storage/table.h"

namespace wzsw {

/// The catalogue of service types and their hourly fees.
class ServiceTypeRepository : public Table<ServiceType>
{
public:
    using Table::Table;

    Result<QList<ServiceType>> all(bool activeOnly = false) const
    {
        return list(activeOnly ? QStringLiteral("active = 1") : QString(), {},
                    QStringLiteral("code"));
    }
    Result<std::optional<ServiceType>> byCode(const QString &code) const
    {
        return findWhere(QStringLiteral("code = ?"), {code});
    }

    /// The default catalogue of domain.md, for a new data file.
    static QList<ServiceType> defaultCatalogue();
};

} // namespace wzsw
