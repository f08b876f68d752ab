#include "services/trajectoryservice.h"

#include "common/values.h"
#include "services/recorddescriptions.h"
#include "services/recordwriter.h"
#include "services/referencechecks.h"
#include "storage/personrepository.h"
#include "storage/workrepositories.h"

using namespace Qt::StringLiterals;

namespace wzsw {

Result<QList<RuleViolation>> TrajectoryService::check(const Trajectory &trajectory) const
{
    const Result<QString> providerCode = codeOf<Provider>(m_db, trajectory.providerId);
    if (!providerCode)
        return providerCode.error();
    const QString record = describeTrajectory(*providerCode, trajectory);
    Violations violations(u"trajectory"_s, record);
    violations.append(validateTrajectory(trajectory, record));
    if (Status status =
            requireExisting<Provider>(m_db, trajectory.providerId, u"provider_code"_s, violations);
        !status)
        return status.error();
    if (Status status =
            requireExisting<Partner>(m_db, trajectory.partnerId, u"partner_code"_s, violations);
        !status)
        return status.error();

    if (trajectory.status == TrajectoryStatus::Running && trajectory.providerId != 0) {
        const Result<std::optional<Trajectory>> other =
            TrajectoryRepository(m_db).runningOf(trajectory.providerId, trajectory.id);
        if (!other)
            return other.error();
        if (other->has_value()) {
            const Trajectory &running = **other;
            violations.add(
                u"status"_s, Rule::OneRunning,
                tr("Provider %1 already has a running trajectory (%2, started %3). "
                   "Complete or break off that one first.")
                    .arg(*providerCode, label(running.type), isoDate(running.startDate)));
        }
    }
    return violations.take();
}

Status TrajectoryService::save(Trajectory &trajectory)
{
    const Result<QString> providerCode = codeOf<Provider>(m_db, trajectory.providerId);
    if (!providerCode)
        return providerCode.error();
    RecordWriter<Trajectory> writer(m_db, [this](const Trajectory &t) { return check(t); });
    return writer.save(trajectory,
                       {u"trajectory"_s, describeTrajectory(*providerCode, trajectory)});
}

Status TrajectoryService::remove(Id id, int expectedVersion)
{
    const Result<Trajectory> trajectory = TrajectoryRepository(m_db).find(id);
    if (!trajectory)
        return trajectory.error();
    const Result<QString> providerCode = codeOf<Provider>(m_db, trajectory->providerId);
    if (!providerCode)
        return providerCode.error();
    return RecordWriter<Trajectory>(m_db, {})
        .expectingVersion(expectedVersion)
        .remove(id, {u"trajectory"_s, describeTrajectory(*providerCode, *trajectory)});
}

} // namespace wzsw
