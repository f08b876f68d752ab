#pragma once

#include "common/result.h"
#include "domain/places.h"

#include <QCoreApplication>

namespace wzsw {

class Database;

/// Municipalities and their neighbourhoods, with their CBS codes.
class PlaceService
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::PlaceService)

public:
    explicit PlaceService(Database &db) : m_db(db) {}

    /// `GM` + 4 digits, not used by another municipality, a name; a changed code must still
    /// be the start of every neighbourhood code of the municipality.
    Result<QList<RuleViolation>> check(const Municipality &municipality) const;
    /// Stores a new or changed municipality; the code is stored in capitals ("gm0855" is
    /// GM0855).
    Status save(Municipality &municipality);
    /// Refused while neighbourhoods, partners, targets, budget lines or settings refer to it.
    Status removeMunicipality(Id id);

    /// `WK` + the municipality's 4 digits + 2 digits, not used by another neighbourhood, a
    /// name, an existing municipality.
    Result<QList<RuleViolation>> check(const Neighbourhood &neighbourhood) const;
    /// Stores a new or changed neighbourhood; the code is stored in capitals.
    Status save(Neighbourhood &neighbourhood);
    /// Refused while clients or providers live in it.
    Status removeNeighbourhood(Id id);

private:
    Database &m_db;
};

} // namespace wzsw
