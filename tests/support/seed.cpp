#include "seed.h"

#include "storage/placerepository.h"
#include "storage/servicetyperepository.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace wzsw::test {

namespace {

Id addMunicipality(Database &db, const QString &code, const QString &name)
{
    Municipality m;
    m.code = code;
    m.name = name;
    REQUIRE(PlaceRepository(db).municipalities().insert(m).ok());
    return m.id;
}

Id addNeighbourhood(Database &db, const QString &code, const QString &name, Id municipality)
{
    Neighbourhood n;
    n.code = code;
    n.name = name;
    n.municipalityId = municipality;
    REQUIRE(PlaceRepository(db).neighbourhoods().insert(n).ok());
    return n.id;
}

} // namespace

Basics seedBasics(Database &db)
{
    Basics ids;
    ids.tilburg = addMunicipality(db, u"GM0855"_s, u"Tilburg"_s);
    ids.goirle = addMunicipality(db, u"GM0785"_s, u"Goirle"_s);
    ids.centrum = addNeighbourhood(db, u"WK085501"_s, u"Centrum"_s, ids.tilburg);
    ids.noord = addNeighbourhood(db, u"WK085502"_s, u"Noord"_s, ids.tilburg);
    ids.goirleCentrum = addNeighbourhood(db, u"WK078501"_s, u"Goirle-Centrum"_s, ids.goirle);
    ServiceTypeRepository types(db);
    for (ServiceType type : ServiceTypeRepository::defaultCatalogue()) {
        REQUIRE(types.insert(type).ok());
        if (type.code == u"boodschappen"_s)
            ids.boodschappen = type.id;
        if (type.code == u"klusjes"_s)
            ids.klusjes = type.id;
    }
    return ids;
}

Client validClient(Id neighbourhood)
{
    Client c;
    c.person.givenName = u"Truus"_s;
    c.person.familyNamePrefix = u"van der"_s;
    c.person.familyName = u"Heijden"_s;
    c.person.birthDate = QDate(1941, 3, 14);
    c.person.gender = Gender::Female;
    c.person.street = u"Heuvelring"_s;
    c.person.houseNumber = u"12a"_s;
    c.person.postcode = u"5038 CL"_s;
    c.person.place = u"Tilburg"_s;
    c.person.neighbourhoodId = neighbourhood;
    c.targetGroups = {TargetGroup::Elderly, TargetGroup::Lonely};
    c.livesAlone = true;
    c.intakeDate = QDate(2025, 1, 1);
    return c;
}

Provider validProvider(Id neighbourhood)
{
    Provider p;
    p.person.givenName = u"Mehmet"_s;
    p.person.familyName = u"Yılmaz"_s;
    p.person.birthDate = QDate(1988, 7, 2);
    p.person.postcode = u"5041 AB"_s;
    p.person.houseNumber = u"3"_s;
    p.person.neighbourhoodId = neighbourhood;
    p.background = Background::WelfareBenefit;
    p.hoursPerWeek = 16;
    p.startDate = QDate(2025, 1, 1);
    return p;
}

} // namespace wzsw::test
