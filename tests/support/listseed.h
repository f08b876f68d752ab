#pragma once

#include "seed.h"

#include <QStringList>

namespace wzsw::test {

/// A predictable crowd for list tests: client number i (0-based, code C-0001 for i = 0) has
///  - family name `listFamilyNames[i % 10]` (with prefix "de" for "Vries"),
///  - given name `listGivenNames[i % 7]`,
///  - neighbourhood Centrum, Noord, Goirle-Centrum for i % 3 = 0, 1, 2,
///  - postcode "50nn AB" with nn = 10 + i % 40,
///  - intake 2025-01-01, and an end date 2025-03-01 ("no longer needed") when i % 5 = 4.
/// So expected counts follow from modular arithmetic, worked out in each test.
extern const QStringList listFamilyNames;
extern const QStringList listGivenNames;

/// Adds `count` such clients in one transaction (on top of seedBasics).
void seedListClients(Database &db, const Basics &basics, int count);

} // namespace wzsw::test
