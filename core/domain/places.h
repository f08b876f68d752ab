#pragma once

#include "domain/ids.h"

#include <QString>

namespace wzsw {

/// A municipality with its CBS code (`GM` + 4 digits, Tilburg = GM0855).
struct Municipality
{
    Id id = 0;
    int version = 0;
    QString code;
    QString name;
};

/// A CBS district (`WK` + the municipality's 4 digits + 2 digits).
struct Neighbourhood
{
    Id id = 0;
    int version = 0;
    QString code;
    QString name;
    Id municipalityId = 0;
};

} // namespace wzsw
