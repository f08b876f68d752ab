#include "services/placeservice.h"

#include "rules/identity.h"
#include "services/recordwriter.h"
#include "services/referencechecks.h"
#include "services/usagerefusal.h"
#include "storage/placerepository.h"

using namespace Qt::StringLiterals;

namespace wzsw {

Result<QList<RuleViolation>> PlaceService::check(const Municipality &municipality) const
{
    Violations violations(u"municipality"_s, municipality.code);
    violations.append(validateMunicipality(municipality));
    PlaceRepository places(m_db);
    if (Status status =
            requireFreeCode(places.municipalityByCode(municipality.code), municipality, violations);
        !status)
        return status.error();
    if (municipality.id != 0 && isValidMunicipalityCode(municipality.code)) {
        const Result<QList<Neighbourhood>> neighbourhoods =
            places.neighbourhoodsOf(municipality.id);
        if (!neighbourhoods)
            return neighbourhoods.error();
        QStringList mismatched;
        for (const Neighbourhood &n : *neighbourhoods)
            if (!isValidNeighbourhoodCode(n.code, municipality.code))
                mismatched.append(n.code);
        if (!mismatched.isEmpty())
            violations.add(u"code"_s, Rule::Inconsistent,
                           tr("The code cannot become %1: the codes of its neighbourhoods (%2) "
                              "start with the digits of the present code.")
                               .arg(municipality.code, mismatched.join(u", "_s)));
    }
    return violations.take();
}

Status PlaceService::save(Municipality &municipality)
{
    municipality.code = municipality.code.trimmed().toUpper();
    RecordWriter<Municipality> writer(m_db, [this](const Municipality &m) { return check(m); });
    return writer.save(municipality, {u"municipality"_s, municipality.code});
}

Status PlaceService::removeMunicipality(Id id)
{
    const Result<Municipality> municipality = Table<Municipality>(m_db).find(id);
    if (!municipality)
        return municipality.error();
    return RecordWriter<Municipality>(m_db, {}).remove(
        id, {u"municipality"_s, municipality->code}, [&]() {
            return refusalWhileUsed(usesOfMunicipality(m_db, id), u"municipality"_s,
                                    municipality->code, [&](const QString &uses) -> QString {
                                        return tr("Municipality %1 is still used by %2 and "
                                                  "cannot be deleted.")
                                            .arg(municipality->code, uses);
                                    });
        });
}

Result<QList<RuleViolation>> PlaceService::check(const Neighbourhood &neighbourhood) const
{
    const Result<QString> municipalityCode =
        codeOf<Municipality>(m_db, neighbourhood.municipalityId);
    if (!municipalityCode)
        return municipalityCode.error();
    Violations violations(u"neighbourhood"_s, neighbourhood.code);
    violations.append(validateNeighbourhood(neighbourhood, *municipalityCode));
    if (Status status = requireExisting<Municipality>(m_db, neighbourhood.municipalityId,
                                                      u"municipality_code"_s, violations);
        !status)
        return status.error();
    if (Status status =
            requireFreeCode(PlaceRepository(m_db).neighbourhoodByCode(neighbourhood.code),
                            neighbourhood, violations);
        !status)
        return status.error();
    return violations.take();
}

Status PlaceService::save(Neighbourhood &neighbourhood)
{
    neighbourhood.code = neighbourhood.code.trimmed().toUpper();
    RecordWriter<Neighbourhood> writer(m_db, [this](const Neighbourhood &n) { return check(n); });
    return writer.save(neighbourhood, {u"neighbourhood"_s, neighbourhood.code});
}

Status PlaceService::removeNeighbourhood(Id id)
{
    const Result<Neighbourhood> neighbourhood = Table<Neighbourhood>(m_db).find(id);
    if (!neighbourhood)
        return neighbourhood.error();
    return RecordWriter<Neighbourhood>(m_db, {}).remove(
        id, {u"neighbourhood"_s, neighbourhood->code}, [&]() {
            return refusalWhileUsed(usesOfNeighbourhood(m_db, id), u"neighbourhood"_s,
                                    neighbourhood->code, [&](const QString &uses) -> QString {
                                        return tr("Neighbourhood %1 is still used by %2 and "
                                                  "cannot be deleted.")
                                            .arg(neighbourhood->code, uses);
                                    });
        });
}

} // namespace wzsw
