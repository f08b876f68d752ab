#pragma once

#include "common/ruleviolation.h"
#include "domain/client.h"
#include "domain/partner.h"
#include "domain/places.h"
#include "domain/planning.h"
#include "domain/provider.h"
#include "domain/service.h"
#include "domain/servicetype.h"
#include "domain/trajectory.h"

#include <QList>

namespace wzsw {

/// The rules of spec/domain.md that a record can be checked against on its own, plus the
/// little it needs to know of related records. Rules that need the whole data file (unique
/// codes and BSNs, one running trajectory per provider, references) are checked by the
/// services and the importer against the database. All return an empty list when valid.

using Violations_t = QList<RuleViolation>;

Violations_t validateMunicipality(const Municipality &municipality);
Violations_t validateNeighbourhood(const Neighbourhood &neighbourhood,
                                   const QString &municipalityCode);
Violations_t validateServiceType(const ServiceType &type);
Violations_t validatePartner(const Partner &partner);
Violations_t validateAgreement(const Agreement &agreement, const QString &record);

Violations_t validateClient(const Client &client, const QDate &today);
Violations_t validateProvider(const Provider &provider, const QDate &today);

Violations_t validateTrajectory(const Trajectory &trajectory, const QString &record);
Violations_t validateLadder(const LadderAssessment &assessment, const QString &record);
Violations_t validateRequest(const ServiceRequest &request, const QString &record);

/// What a delivery is checked against: its client's and provider's dates, and the client of
/// the request it answers.
struct DeliveryContext
{
    QString record;
    QDate clientIntake;
    QDate clientEnd;
    QDate providerStart;
    Id requestClientId = 0; ///< 0 when it answers no request (or the request is unknown)
};
Violations_t validateDelivery(const Delivery &delivery, const DeliveryContext &context);

Violations_t validateTarget(const Target &target, const QString &record);
Violations_t validateBudgetLine(const BudgetLine &line, const QString &record);
Violations_t validateProjectSettings(const ProjectSettings &settings, const QString &record);
Violations_t validateContactNote(const ContactNote &note, const QString &record);

/// Upper bound of a delivery: 12 hours, in quarters.
constexpr int maxQuarterHoursPerDelivery = 48;

} // namespace wzsw
