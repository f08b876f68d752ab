#pragma once

#include "domain/person.h"

#include <QList>

namespace wzsw {

/// Someone who receives services at home (cliënt / hulpvrager).
struct Client
{
    Id id = 0;
    int version = 0; ///< bumped on every update, for "changed meanwhile" checks
    QString code;    ///< "C-0001"
    Person person;
    QList<TargetGroup> targetGroups;
    bool livesAlone = false;
    Id referredByPartnerId = 0;
    QDate intakeDate;
    QDate endDate;
    std::optional<ClientEndReason> endReason;
    QDate consentDate; ///< when consent to data processing was recorded; invalid = not yet
};

} // namespace wzsw
