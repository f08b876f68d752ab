#pragma once

#include <QStringView>

#include <span>

namespace wzsw {

/// A district (wijk) of a demo municipality: its name, the place (woonplaats) its addresses
/// carry and the four-digit postcode range of that place.
struct DemoDistrict
{
    QStringView name;
    QStringView place;
    int postcodeFrom;
    int postcodeTo;
};

/// A municipality of Midden-Brabant with its real CBS code, its rough population (thousands,
/// which weighs how many demo people live there), its telephone area code, whether its
/// agreement lets the project record BSNs, its districts and a few of its own streets.
struct DemoMunicipality
{
    QStringView code;
    QStringView name;
    int population;
    QStringView areaCode;
    bool processesBsn;
    std::span<const DemoDistrict> districts;
    std::span<const QStringView> streets;
};

/// The ten municipalities, Tilburg first. District codes are WK + the municipality's digits +
/// the district's position (01, 02, ...).
std::span<const DemoMunicipality> demoMunicipalities();

/// Street names found in almost every Brabant town.
std::span<const QStringView> demoCommonStreets();

} // namespace wzsw
