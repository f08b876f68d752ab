#include "rules/entityrules.h"
#include "rules/violations.h"

using namespace Qt::StringLiterals;

namespace wzsw {

Violations_t validateTrajectory(const Trajectory &trajectory, const QString &record)
{
    Violations v(u"trajectory"_s, record);
    v.requireReference(u"provider_code"_s, trajectory.providerId);
    v.requireDate(u"start_date"_s, trajectory.startDate);
    v.requireOrder(u"start_date"_s, trajectory.startDate, u"planned_end_date"_s,
                   trajectory.plannedEndDate);
    v.requireOrder(u"start_date"_s, trajectory.startDate, u"actual_end_date"_s,
                   trajectory.actualEndDate);
    const bool finished = trajectory.status == TrajectoryStatus::Completed ||
                          trajectory.status == TrajectoryStatus::BrokenOff;
    if (finished && !trajectory.actualEndDate.isValid())
        v.add(u"actual_end_date"_s, Rule::EndDateNeeded,
              Violations::tr("A trajectory that is %1 needs an actual end date.")
                  .arg(label(trajectory.status)));
    return v.take();
}

Violations_t validateLadder(const LadderAssessment &assessment, const QString &record)
{
    Violations v(u"ladder"_s, record);
    v.requireReference(u"provider_code"_s, assessment.providerId);
    v.requireDate(u"date"_s, assessment.date);
    v.checkRange(u"level"_s, assessment.level, 1, 6);
    return v.take();
}

Violations_t validateRequest(const ServiceRequest &request, const QString &record)
{
    Violations v(u"request"_s, record);
    v.requireReference(u"client_code"_s, request.clientId);
    v.requireReference(u"service_type_code"_s, request.serviceTypeId);
    v.requireDate(u"request_date"_s, request.requestDate);
    if (request.status == RequestStatus::Matched && request.providerId == 0)
        v.add(u"provider_code"_s, Rule::Required,
              Violations::tr("A matched request needs the provider it was matched to."));
    return v.take();
}

Violations_t validateDelivery(const Delivery &delivery, const DeliveryContext &context)
{
    Violations v(u"delivery"_s, context.record);
    v.requireReference(u"client_code"_s, delivery.clientId);
    v.requireReference(u"provider_code"_s, delivery.providerId);
    v.requireReference(u"service_type_code"_s, delivery.serviceTypeId);
    v.requireDate(u"date"_s, delivery.date);
    if (delivery.quarterHours <= 0 || delivery.quarterHours > maxQuarterHoursPerDelivery)
        v.add(u"hours"_s, Rule::HoursRange,
              Violations::tr("Hours must be more than 0 and at most 12 per delivery."));
    if (delivery.requestId != 0 && context.requestClientId != 0 &&
        context.requestClientId != delivery.clientId)
        v.add(u"request"_s, Rule::Inconsistent,
              Violations::tr("The request this delivery answers belongs to another client."));
    if (delivery.feeCents && *delivery.feeCents < 0)
        v.add(u"fee"_s, Rule::OutOfRange, Violations::tr("The fee may not be negative."));
    if (delivery.date.isValid()) {
        if (context.clientIntake.isValid() && delivery.date < context.clientIntake)
            v.add(u"date"_s, Rule::DateOrder,
                  Violations::tr("The date lies before the client's intake date (%1).")
                      .arg(context.clientIntake.toString(Qt::ISODate)));
        if (context.clientEnd.isValid() && delivery.date > context.clientEnd)
            v.add(u"date"_s, Rule::DateOrder,
                  Violations::tr("The date lies after the client's end date (%1).")
                      .arg(context.clientEnd.toString(Qt::ISODate)));
        if (context.providerStart.isValid() && delivery.date < context.providerStart)
            v.add(u"date"_s, Rule::DateOrder,
                  Violations::tr("The date lies before the provider's start date (%1).")
                      .arg(context.providerStart.toString(Qt::ISODate)));
    }
    return v.take();
}

} // namespace wzsw
