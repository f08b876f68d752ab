#include "demo/demopersons.h"
#include "demo/demoworld.h"
#include "domain/partner.h"
#include "domain/places.h"
#include "domain/planning.h"
#include "storage/bulkinserter.h"
#include "storage/servicetyperepository.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

Status writePlaces(DemoWorld &world)
{
    BulkInserter<Municipality> municipalities(world.db);
    BulkInserter<Neighbourhood> neighbourhoods(world.db);
    for (const DemoMunicipality &data : demoMunicipalities()) {
        Municipality municipality;
        municipality.code = data.code.toString();
        municipality.name = data.name.toString();
        if (Status status = municipalities.insert(municipality); !status)
            return status;
        DemoPlace place;
        place.id = municipality.id;
        place.data = &data;
        const int placeIndex = int(world.places.size());
        int number = 0;
        for (const DemoDistrict &district : data.districts) {
            Neighbourhood neighbourhood;
            neighbourhood.code = u"WK"_s + municipality.code.mid(2) + demoCode(u"", ++number, 2);
            neighbourhood.name = district.name.toString();
            neighbourhood.municipalityId = municipality.id;
            if (Status status = neighbourhoods.insert(neighbourhood); !status)
                return status;
            place.districts.push_back(int(world.districts.size()));
            world.districts.push_back({neighbourhood.id, placeIndex, &district});
        }
        world.places.push_back(std::move(place));
    }
    world.summary.municipalities = municipalities.count();
    world.summary.neighbourhoods = neighbourhoods.count();
    return {};
}

/// The default catalogue: types already in the file are used with their fees, missing ones
/// are added.
Status writeServiceTypes(DemoWorld &world)
{
    ServiceTypeRepository repository(world.db);
    BulkInserter<ServiceType> inserter(world.db);
    for (ServiceType type : ServiceTypeRepository::defaultCatalogue()) {
        const Result<std::optional<ServiceType>> existing = repository.byCode(type.code);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            type = **existing;
        else if (Status status = inserter.insert(type); !status)
            return status;
        world.types.push_back({type.id, type.feePerHourCents, demoServiceProfile(type.code)});
    }
    world.summary.serviceTypes = inserter.count();
    return {};
}

QList<AgreementScope> scopesOf(PartnerKind kind)
{
    using S = AgreementScope;
    switch (kind) {
    case PartnerKind::HomeCare:
        return {S::ClientReferral, S::ServiceDelivery};
    case PartnerKind::CareHome:
        return {S::ClientReferral, S::Placements};
    case PartnerKind::HousingCorporation:
        return {S::ClientReferral, S::ServiceDelivery, S::Financing};
    case PartnerKind::VolunteerOrg:
        return {S::ProviderReferral, S::ServiceDelivery};
    case PartnerKind::InformalCareOrg:
        return {S::ClientReferral};
    case PartnerKind::Welfare:
        return {S::ClientReferral, S::ProviderReferral};
    case PartnerKind::MunicipalDepartment:
        return {S::ProviderReferral, S::Financing};
    case PartnerKind::Education:
        return {S::Training};
    case PartnerKind::ReintegrationCompany:
        return {S::ProviderReferral, S::Placements};
    case PartnerKind::Other:
        break;
    }
    return {S::Financing};
}

/// One agreement per partner. Every fourth signed one has its review date within 60 days after
/// interim report 1, and every fourth another its end date within 60 days after interim report
/// 2, so both reports flag agreements as expiring.
Agreement makeAgreement(DemoRandom &random, const Partner &partner, int sequence)
{
    Agreement agreement;
    agreement.partnerId = partner.id;
    agreement.title = demoAgreementTitle(partner.kind).toString();
    agreement.scopes = normalizedSet(scopesOf(partner.kind));
    QStringList commitments;
    for (AgreementScope scope : agreement.scopes)
        commitments.append(demoAgreementCommitment(scope).toString());
    agreement.commitments = commitments.join(u' ');

    static constexpr int statusWeights[] = {8, 72, 10, 10}; // draft, signed, ended, terminated
    agreement.status = AgreementStatus(random.weighted(statusWeights));
    const QDate start = DemoCalendar::projectStart();
    switch (agreement.status) {
    case AgreementStatus::Draft:
        // Being prepared for the follow-up period.
        agreement.startDate = QDate(2027, 1, 1);
        agreement.endDate = QDate(2027, 12, 31);
        return agreement;
    case AgreementStatus::Signed:
        agreement.startDate = random.dateBetween(start.addMonths(-2), start.addMonths(2));
        agreement.endDate = random.percent(70)
                                ? DemoCalendar::projectEnd()
                                : (random.percent(50) ? DemoCalendar::interim2() : QDate());
        agreement.reviewDate = agreement.startDate.addMonths(random.percent(50) ? 6 : 12);
        if (sequence % 4 == 1)
            agreement.reviewDate = DemoCalendar::interim1().addDays(random.between(10, 55));
        else if (sequence % 4 == 3)
            agreement.endDate = DemoCalendar::interim2().addDays(random.between(10, 55));
        break;
    case AgreementStatus::Ended:
        agreement.startDate = random.dateBetween(start.addMonths(-6), start);
        agreement.endDate = random.dateBetween(DemoCalendar::interim1(), DemoCalendar::interim2());
        break;
    case AgreementStatus::Terminated:
        agreement.startDate = random.dateBetween(start.addMonths(-2), start.addMonths(2));
        agreement.endDate = random.dateBetween(start.addMonths(4), start.addMonths(18));
        break;
    }
    agreement.signedDate = agreement.startDate.addDays(-random.between(5, 40));
    agreement.document = u"Overeenkomsten/"_s + partner.code + u".pdf"_s;
    return agreement;
}

struct PartnerPlan
{
    PartnerKind kind;
    QString name;
    int place;
};

QList<PartnerPlan> partnerPlans(const DemoWorld &world)
{
    QList<PartnerPlan> plans;
    for (int i = 0; i < int(world.places.size()); ++i) {
        const QString name = world.places[std::size_t(i)].data->name.toString();
        plans.append({PartnerKind::Welfare, u"Stichting Welzijn "_s + name, i});
        plans.append({PartnerKind::MunicipalDepartment,
                      u"Gemeente "_s + name + u", team Werk en Inkomen"_s, i});
        plans.append({PartnerKind::HousingCorporation, u"Woonstichting "_s + name, i});
        plans.append({PartnerKind::VolunteerOrg, u"Vrijwilligerscentrale "_s + name, i});
        if (world.places[std::size_t(i)].data->population >= 40)
            plans.append({PartnerKind::HomeCare, u"Thuiszorg "_s + name, i});
    }
    // Regional partners work for every municipality and have none of their own.
    plans.append({PartnerKind::HomeCare, u"Thuiszorg Midden-Brabant"_s, -1});
    plans.append({PartnerKind::CareHome, u"Zorggroep Hart van Brabant"_s, -1});
    plans.append({PartnerKind::Education, u"ROC Midden-Brabant, Zorg en Welzijn"_s, -1});
    plans.append({PartnerKind::ReintegrationCompany, u"Werkpad Re-integratie"_s, -1});
    plans.append({PartnerKind::InformalCareOrg, u"Mantelzorgsteunpunt Hart van Brabant"_s, -1});
    plans.append({PartnerKind::Other, u"Fonds Sociaal Brabant"_s, -1});
    return plans;
}

Status writePartners(DemoWorld &world, DemoRandom &random)
{
    BulkInserter<Partner> partners(world.db);
    BulkInserter<Agreement> agreements(world.db);
    int sequence = 0;
    for (const PartnerPlan &plan : partnerPlans(world)) {
        Partner partner;
        partner.code = demoCode(u"PA-", int(world.partners.size()) + 1, 2);
        partner.name = plan.name;
        partner.kind = plan.kind;
        partner.municipalityId = plan.place < 0 ? 0 : world.places[std::size_t(plan.place)].id;
        partner.contactPerson = makeDemoName(random);
        const QStringView area = plan.place < 0
                                     ? QStringView(u"013")
                                     : world.places[std::size_t(plan.place)].data->areaCode;
        partner.phone = makeDemoPhone(random, area, false);
        // A reserved top-level domain: no real organisation receives mail from the demo.
        partner.email = u"info@"_s + demoAsciiWord(plan.name) + u".example"_s;
        if (Status status = partners.insert(partner); !status)
            return status;
        world.partners.push_back({partner.id, partner.kind, plan.place});

        Agreement agreement = makeAgreement(random, partner, sequence++);
        if (Status status = agreements.insert(agreement); !status)
            return status;
    }
    world.summary.partners = partners.count();
    world.summary.agreements = agreements.count();
    return {};
}

Status writeSettings(DemoWorld &world, DemoRandom &random)
{
    BulkInserter<ProjectSettings> inserter(world.db);
    // The region's row first (municipality 0), then one per municipality.
    for (int i = -1; i < int(world.places.size()); ++i) {
        ProjectSettings settings;
        settings.municipalityId = i < 0 ? 0 : world.places[std::size_t(i)].id;
        settings.projectStart = DemoCalendar::projectStart();
        settings.interim1 = DemoCalendar::interim1();
        settings.interim2 = DemoCalendar::interim2();
        settings.projectEnd = DemoCalendar::projectEnd();
        settings.projectLeader = makeDemoName(random);
        if (i >= 0)
            world.places[std::size_t(i)].leader = settings.projectLeader;
        if (Status status = inserter.insert(settings); !status)
            return status;
    }
    world.summary.settings = inserter.count();
    return {};
}

} // namespace

Status writeOrganisation(DemoWorld &world)
{
    DemoRandom random = world.random(DemoWorld::OrganisationStream);
    if (Status status = writePlaces(world); !status)
        return status;
    if (Status status = writeServiceTypes(world); !status)
        return status;
    if (Status status = writePartners(world, random); !status)
        return status;
    return writeSettings(world, random);
}

} // namespace wzsw
