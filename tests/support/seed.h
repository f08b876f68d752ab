#pragma once

#include "domain/client.h"
#include "domain/provider.h"
#include "storage/database.h"

namespace wzsw::test {

/// Ids of the small world `seedBasics` creates.
struct Basics
{
    Id tilburg = 0;       ///< GM0855
    Id centrum = 0;       ///< WK085501, in Tilburg
    Id noord = 0;         ///< WK085502, in Tilburg
    Id goirle = 0;        ///< GM0785
    Id goirleCentrum = 0; ///< WK078501
    Id boodschappen = 0;  ///< service type, 5.00 an hour
    Id klusjes = 0;       ///< service type, 7.50 an hour
};

/// Two municipalities, three neighbourhoods and the default service types.
Basics seedBasics(Database &db);

/// A client that passes every rule, living in `neighbourhood`, intake 2025-01-01.
Client validClient(Id neighbourhood);
/// A provider that passes every rule, living in `neighbourhood`, start 2025-01-01.
Provider validProvider(Id neighbourhood);

} // namespace wzsw::test
