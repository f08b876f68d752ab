#include "seed.h"
#include "services/placeservice.h"
#include "servicetesthelpers.h"
#include "storage/placerepository.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

Municipality municipality(const QString &code, const QString &name)
{
    Municipality m;
    m.code = code;
    m.name = name;
    return m;
}

Neighbourhood neighbourhood(const QString &code, const QString &name, Id municipalityId)
{
    Neighbourhood n;
    n.code = code;
    n.name = name;
    n.municipalityId = municipalityId;
    return n;
}

} // namespace

TEST_CASE("a municipality code is GM and four digits, stored in capitals, and unique")
{
    test::TempDataFile file;
    PlaceService service(file.db());
    for (const QString &bad : {u"GM855"_s, u"GM08555"_s, u"WK0855"_s, u"GM08a5"_s, u""_s}) {
        Municipality m = municipality(bad, u"Tilburg"_s);
        INFO(bad.toStdString());
        CHECK(test::hasViolation(service.save(m), u"code"_s, Rule::Format));
    }
    Municipality tilburg = municipality(u" gm0855"_s, u"Tilburg"_s);
    REQUIRE(service.save(tilburg).ok());
    CHECK(tilburg.code == u"GM0855"_s);

    Municipality again = municipality(u"GM0855"_s, u"Tilburg-bis"_s);
    CHECK(test::hasViolation(service.save(again), u"code"_s, Rule::Unique));
    Municipality nameless = municipality(u"GM0785"_s, {});
    CHECK(test::hasViolation(service.save(nameless), u"name"_s, Rule::Required));
}

TEST_CASE("a neighbourhood code carries its municipality's digits and is unique")
{
    test::TempDataFile file;
    PlaceService service(file.db());
    Municipality tilburg = municipality(u"GM0855"_s, u"Tilburg"_s);
    REQUIRE(service.save(tilburg).ok());

    Neighbourhood wrongDigits = neighbourhood(u"WK078501"_s, u"Centrum"_s, tilburg.id);
    CHECK(test::hasViolation(service.save(wrongDigits), u"code"_s, Rule::Format));
    Neighbourhood tooShort = neighbourhood(u"WK08551"_s, u"Centrum"_s, tilburg.id);
    CHECK(test::hasViolation(service.save(tooShort), u"code"_s, Rule::Format));
    Neighbourhood noMunicipality = neighbourhood(u"WK085501"_s, u"Centrum"_s, 6060);
    CHECK(test::hasViolation(service.save(noMunicipality), u"municipality_code"_s,
                             Rule::UnknownCode));

    Neighbourhood centrum = neighbourhood(u"wk085501"_s, u"Centrum"_s, tilburg.id);
    REQUIRE(service.save(centrum).ok());
    CHECK(centrum.code == u"WK085501"_s);
    Neighbourhood twin = neighbourhood(u"WK085501"_s, u"Tweeling"_s, tilburg.id);
    CHECK(test::hasViolation(service.save(twin), u"code"_s, Rule::Unique));
}

TEST_CASE("a municipality's code cannot change away from its neighbourhoods' digits")
{
    test::TempDataFile file;
    PlaceService service(file.db());
    Municipality tilburg = municipality(u"GM0855"_s, u"Tilburg"_s);
    REQUIRE(service.save(tilburg).ok());
    Neighbourhood centrum = neighbourhood(u"WK085501"_s, u"Centrum"_s, tilburg.id);
    REQUIRE(service.save(centrum).ok());

    tilburg.code = u"GM0856"_s;
    const Status refused = service.save(tilburg);
    CHECK(test::hasViolation(refused, u"code"_s, Rule::Inconsistent));
    CHECK(test::messageFor(refused, u"code"_s).contains(u"WK085501"_s));
    tilburg.code = u"GM0855"_s;
    tilburg.name = u"Gemeente Tilburg"_s;
    CHECK(service.save(tilburg).ok());
}

TEST_CASE("places still in use cannot be deleted")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    test::storeClient(file.db(), test::validClient(basics.centrum));
    PlaceService service(file.db());

    const Status usedNeighbourhood = service.removeNeighbourhood(basics.centrum);
    CHECK(test::hasViolation(usedNeighbourhood, u"code"_s, Rule::InUse));
    CHECK(usedNeighbourhood.error().message.contains(u"WK085501"_s));
    const Status usedMunicipality = service.removeMunicipality(basics.tilburg);
    CHECK(test::hasViolation(usedMunicipality, u"code"_s, Rule::InUse));
    CHECK(usedMunicipality.error().message.contains(u"2 neighbourhood"_s));

    REQUIRE(service.removeNeighbourhood(basics.goirleCentrum).ok());
    REQUIRE(service.removeMunicipality(basics.goirle).ok());
    CHECK(PlaceRepository(file.db()).allMunicipalities().value().size() == 1);
}
