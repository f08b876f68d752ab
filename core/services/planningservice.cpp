#include "services/planningservice.h"

#include "services/recorddescriptions.h"
#include "services/recordwriter.h"
#include "services/referencechecks.h"
#include "storage/workrepositories.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

/// The checks every planning record shares: `own` (its pure rules and any found already)
/// and an existing municipality.
template <typename T>
Result<QList<RuleViolation>> checkPlanning(Database &db, const T &value, const QString &entity,
                                           const QString &record, const QList<RuleViolation> &own)
{
    Violations violations(entity, record);
    violations.append(own);
    if (Status status = requireExisting<Municipality>(db, value.municipalityId,
                                                      u"municipality_code"_s, violations);
        !status)
        return status.error();
    return violations.take();
}

/// Saves or deletes a planning record with the record described by `describe`.
template <typename T, typename Describe>
Status savePlanning(Database &db, T &value, const QString &entity, const Describe &describe,
                    typename RecordWriter<T>::Check check)
{
    const Result<QString> municipalityCode = codeOf<Municipality>(db, value.municipalityId);
    if (!municipalityCode)
        return municipalityCode.error();
    RecordWriter<T> writer(db, std::move(check));
    return writer.save(value, {entity, describe(*municipalityCode, value)});
}

template <typename T, typename Describe>
Status removePlanning(Database &db, Id id, int expectedVersion, const QString &entity,
                      const Describe &describe)
{
    const Result<T> value = Table<T>(db).find(id);
    if (!value)
        return value.error();
    const Result<QString> municipalityCode = codeOf<Municipality>(db, value->municipalityId);
    if (!municipalityCode)
        return municipalityCode.error();
    return RecordWriter<T>(db, {})
        .expectingVersion(expectedVersion)
        .remove(id, {entity, describe(*municipalityCode, *value)});
}

QString settingsRecord(const QString &municipalityCode, const ProjectSettings &)
{
    return describeSettings(municipalityCode);
}

} // namespace

Result<QList<RuleViolation>> PlanningService::check(const Target &target) const
{
    const Result<QString> code = codeOf<Municipality>(m_db, target.municipalityId);
    if (!code)
        return code.error();
    const QString record = describeTarget(*code, target);
    return checkPlanning(m_db, target, u"target"_s, record, validateTarget(target, record));
}

Status PlanningService::save(Target &target)
{
    return savePlanning(m_db, target, u"target"_s, describeTarget,
                        [this](const Target &t) { return check(t); });
}

Status PlanningService::removeTarget(Id id, int expectedVersion)
{
    return removePlanning<Target>(m_db, id, expectedVersion, u"target"_s, describeTarget);
}

Result<QList<RuleViolation>> PlanningService::check(const BudgetLine &line) const
{
    const Result<QString> code = codeOf<Municipality>(m_db, line.municipalityId);
    if (!code)
        return code.error();
    const QString record = describeBudgetLine(*code, line);
    return checkPlanning(m_db, line, u"budget"_s, record, validateBudgetLine(line, record));
}

Status PlanningService::save(BudgetLine &line)
{
    return savePlanning(m_db, line, u"budget"_s, describeBudgetLine,
                        [this](const BudgetLine &b) { return check(b); });
}

Status PlanningService::removeBudgetLine(Id id, int expectedVersion)
{
    return removePlanning<BudgetLine>(m_db, id, expectedVersion, u"budget"_s, describeBudgetLine);
}

Result<QList<RuleViolation>> PlanningService::check(const ProjectSettings &settings) const
{
    const Result<QString> code = codeOf<Municipality>(m_db, settings.municipalityId);
    if (!code)
        return code.error();
    const QString record = describeSettings(*code);
    Violations scope(u"settings"_s, record);
    const Result<std::optional<ProjectSettings>> existing =
        PlanningRepository(m_db).settingsOf(settings.municipalityId);
    if (!existing)
        return existing.error();
    if (existing->has_value() && (*existing)->id != settings.id)
        scope.add(
            u"municipality_code"_s, Rule::Unique,
            settings.municipalityId == 0
                ? tr("The region already has its project settings; change those.")
                : tr("Municipality %1 already has its project settings; change those.").arg(*code));
    return checkPlanning(m_db, settings, u"settings"_s, record,
                         validateProjectSettings(settings, record) + scope.take());
}

Status PlanningService::save(ProjectSettings &settings)
{
    return savePlanning(m_db, settings, u"settings"_s, settingsRecord,
                        [this](const ProjectSettings &s) { return check(s); });
}

Status PlanningService::removeSettings(Id id, int expectedVersion)
{
    return removePlanning<ProjectSettings>(m_db, id, expectedVersion, u"settings"_s,
                                           settingsRecord);
}

} // namespace wzsw
