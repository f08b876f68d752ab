#pragma once

#include "common/result.h"
#include "domain/ids.h"

#include <QList>
#include <QString>

namespace wzsw {

class Database;

/// How many records of one kind refer to a record: what keeps it from being deleted.
struct Usage
{
    QString entity; ///< the referring kind: "neighbourhood", "delivery", "provider_skill", ...
    qint64 count = 0;

    bool operator==(const Usage &) const = default;
};

/// Every kind of record that refers to the given one, with how many; kinds without references
/// are left out, so an empty list means the record may go.
Result<QList<Usage>> usesOfMunicipality(const Database &db, Id id);
Result<QList<Usage>> usesOfNeighbourhood(const Database &db, Id id);
Result<QList<Usage>> usesOfServiceType(const Database &db, Id id);
Result<QList<Usage>> usesOfPartner(const Database &db, Id id);

} // namespace wzsw
