#include "rules/entityrules.h"
#include "rules/identity.h"
#include "rules/violations.h"

using namespace Qt::StringLiterals;

namespace wzsw {

Violations_t validateMunicipality(const Municipality &municipality)
{
    Violations v(u"municipality"_s, municipality.code);
    if (!isValidMunicipalityCode(municipality.code))
        v.add(u"code"_s, Rule::Format,
              Violations::tr("A municipality code is GM followed by 4 digits (Tilburg: GM0855)."));
    v.requireText(u"name"_s, municipality.name);
    return v.take();
}

Violations_t validateNeighbourhood(const Neighbourhood &neighbourhood,
                                   const QString &municipalityCode)
{
    Violations v(u"neighbourhood"_s, neighbourhood.code);
    if (!isValidNeighbourhoodCode(neighbourhood.code, municipalityCode))
        v.add(u"code"_s, Rule::Format,
              Violations::tr("A neighbourhood code is WK followed by the 4 digits of its "
                             "municipality and 2 more (WK085501)."));
    v.requireText(u"name"_s, neighbourhood.name);
    v.requireReference(u"municipality_code"_s, neighbourhood.municipalityId);
    return v.take();
}

Violations_t validateServiceType(const ServiceType &type)
{
    Violations v(u"service_type"_s, type.code);
    v.requireText(u"code"_s, type.code);
    v.requireText(u"name_nl"_s, type.nameNl);
    if (type.feePerHourCents < 0)
        v.add(u"fee_per_hour"_s, Rule::OutOfRange,
              Violations::tr("The fee per hour may not be negative."));
    return v.take();
}

Violations_t validatePartner(const Partner &partner)
{
    Violations v(u"partner"_s, partner.code);
    v.requireText(u"code"_s, partner.code);
    v.requireText(u"name"_s, partner.name);
    v.checkEmail(u"email"_s, partner.email);
    return v.take();
}

Violations_t validateAgreement(const Agreement &agreement, const QString &record)
{
    Violations v(u"agreement"_s, record);
    v.requireReference(u"partner_code"_s, agreement.partnerId);
    v.requireText(u"title"_s, agreement.title);
    if (agreement.scopes.isEmpty())
        v.add(u"scope"_s, Rule::Required, Violations::tr("Choose at least one scope."));
    v.requireDate(u"start_date"_s, agreement.startDate);
    v.requireOrder(u"start_date"_s, agreement.startDate, u"end_date"_s, agreement.endDate);
    return v.take();
}

} // namespace wzsw
