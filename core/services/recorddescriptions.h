#pragma once

#include "domain/partner.h"
#include "domain/planning.h"
#include "domain/service.h"
#include "domain/trajectory.h"

#include <QString>

namespace wzsw {

/// How records without a code of their own are named in messages, in the file check and in the
/// audit log: by the codes of what they belong to, plus what sets them apart. Only codes and
/// dates, never personal data, and the same text in every language so the audit log reads the
/// same whatever language wrote it.

/// "P-0001 orientation 2025-01-01"
QString describeTrajectory(const QString &providerCode, const Trajectory &trajectory);
/// "P-0001 2025-03-01"
QString describeAssessment(const QString &providerCode, const LadderAssessment &assessment);
/// "C-0001 2025-01-05"
QString describeRequest(const QString &clientCode, const ServiceRequest &request);
/// "C-0001 P-0001 2025-02-03"
QString describeDelivery(const QString &clientCode, const QString &providerCode,
                         const Delivery &delivery);
/// "PA-01 Samenwerking thuiszorg"
QString describeAgreement(const QString &partnerCode, const Agreement &agreement);
/// "GM0855 deliveries 2025-01-01", "region deliveries 2025-01-01"
QString describeTarget(const QString &municipalityCode, const Target &target);
/// "GM0855 cost project_leadership 2025-01-01"
QString describeBudgetLine(const QString &municipalityCode, const BudgetLine &line);
/// "GM0855", or "region"
QString describeSettings(const QString &municipalityCode);
/// "C-0001 2025-01-05" (the client's or provider's code)
QString describeNote(const QString &ownerCode, const ContactNote &note);

} // namespace wzsw
