// FigureQueries::measuresNamed: the few measures a target needs, on the world of
// tests/support/figureseed.cpp.
#include "figureseed.h"
#include "storage/figurequeries.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

TEST_CASE("measures named for a target are computed and the measures of other queries left 0")
{
    test::TempDataFile file;
    const test::FigureWorld world = test::seedFigureWorld(file.db());
    const FigureQueries tilburg(file.db(), FigureScope{world.basics.tilburg});
    const Period period{test::worldFrom(), test::worldTo()};

    const Measures m = tilburg.measuresNamed(period, {u"deliveries"_s}).value();
    // D1 (01-01), D2 (06-30), D5, D6, D7, D8 of Tilburg clients, as in the full measures.
    CHECK(m.deliveries == 6);
    // The same query gives the hours: 2 + 1.25 + 3 + 0.75 + 1.5 + 1 = 9.5 h = 38 quarters.
    CHECK(m.deliveryQuarterHours == 38);
    // Clients and providers come from other queries, which did not run.
    CHECK(m.clientsServed == 0);
    CHECK(m.clientsNew == 0);
    CHECK(m.providersActive == 0);
}

TEST_CASE("measures named with clients served and a provider measure run both their queries")
{
    test::TempDataFile file;
    const test::FigureWorld world = test::seedFigureWorld(file.db());
    const FigureQueries tilburg(file.db(), FigureScope{world.basics.tilburg});
    const Period period{test::worldFrom(), test::worldTo()};

    const Measures m =
        tilburg.measuresNamed(period, {u"clients_served"_s, u"providers_active"_s}).value();
    // Served: C1 (D1, D2, D8), C2 (D5), C3 (D6), C5 (D7).
    CHECK(m.clientsServed == 4);
    CHECK(m.providersActive == tilburg.measures(period).value().providersActive);
    CHECK(m.deliveries == 0);
}

TEST_CASE("a measure name the program does not know computes every measure")
{
    test::TempDataFile file;
    const test::FigureWorld world = test::seedFigureWorld(file.db());
    const FigureQueries tilburg(file.db(), FigureScope{world.basics.tilburg});
    const Period period{test::worldFrom(), test::worldTo()};

    const Measures m = tilburg.measuresNamed(period, {u"no_such_measure"_s}).value();
    CHECK(m.deliveries == 6);
    CHECK(m.clientsServed == 4);
}
