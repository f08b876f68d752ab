#pragma once

#include "domain/ids.h"

#include <QString>

namespace wzsw {

/// A kind of service with the fee a client pays per hour.
struct ServiceType
{
    Id id = 0;
    int version = 0;
    QString code;
    QString nameNl;
    QString nameEn;
    Cents feePerHourCents = 0;
    bool active = true;

    QString displayName() const;
};

} // namespace wzsw
