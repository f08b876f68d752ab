#pragma once

#include "domain/enums.h"
#include "domain/ids.h"

#include <QDate>
#include <QString>

namespace wzsw {

/// A provider's route towards work: orientation -> activation -> placement.
struct Trajectory
{
    Id id = 0;
    int version = 0;
    Id providerId = 0;
    TrajectoryType type = TrajectoryType::Orientation;
    Framework framework = Framework::Participatiewet;
    Id partnerId = 0; ///< responsible partner, 0 = none
    QDate startDate;
    QDate plannedEndDate;
    QDate actualEndDate;
    TrajectoryStatus status = TrajectoryStatus::Planned;
    QString goals;
    QString result;
};

/// A provider's level on the participation ladder (1 isolated .. 6 paid work) at a date.
struct LadderAssessment
{
    Id id = 0;
    int version = 0;
    Id providerId = 0;
    QDate date;
    int level = 1;
};

} // namespace wzsw
