#pragma once

#include "figures/reportdata.h"
#include "seed.h"

namespace wzsw::test {

/// A small, hand-made world for the report figures, built with the repositories (not the demo
/// generator), on top of seedBasics(): Tilburg (Centrum, Noord) and Goirle (Goirle-Centrum).
/// The interim-1 period of Tilburg is 2025-01-01 .. 2025-06-30 (181 days); every record sits on
/// or just beside an edge of that period. The tests work out each figure by hand from the list
/// in figureseed.cpp, which says per record what it is there to test.
struct FigureWorld
{
    Basics basics;
    Id regionalPartner = 0;
};

FigureWorld seedFigureWorld(Database &db);

/// The interim-1 period of Tilburg in the world above.
inline QDate worldFrom()
{
    return QDate(2025, 1, 1);
}
inline QDate worldTo()
{
    return QDate(2025, 6, 30);
}

/// The interim-1 report of `municipality` (empty: the region) over the world's period above;
/// fails the test when it cannot be computed.
ReportData worldReport(Database &db, const QString &municipality);

/// The figures of the service type with `code` among `m`'s; fails the test when there is none.
const TypeFigures &typeOf(const Measures &m, const QString &code);

} // namespace wzsw::test
