#include "demo/demopersons.h"
#include "demo/demoworld.h"
#include "domain/client.h"
#include "domain/planning.h"
#include "domain/service.h"
#include "storage/bulkinserter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

QList<TargetGroup> pickTargetGroups(DemoRandom &random, bool elderly)
{
    QList<TargetGroup> groups;
    if (elderly)
        groups.append(TargetGroup::Elderly);
    const auto add = [&](TargetGroup group, int chance) {
        if (random.percent(chance))
            groups.append(group);
    };
    add(TargetGroup::PhysicalDisability, 28);
    add(TargetGroup::Lonely, elderly ? 40 : 25);
    add(TargetGroup::ChronicIllness, 25);
    add(TargetGroup::Psychiatric, elderly ? 4 : 25);
    add(TargetGroup::IntellectualDisability, elderly ? 1 : 15);
    add(TargetGroup::InformalCarer, 8);
    if (groups.isEmpty())
        groups.append(random.percent(50) ? TargetGroup::ChronicIllness
                                         : TargetGroup::PhysicalDisability);
    return normalizedSet(groups);
}

ClientEndReason pickEndReason(DemoRandom &random, bool elderly)
{
    using R = ClientEndReason;
    static constexpr R reasons[] = {R::NotNeeded, R::Moved, R::CareHome, R::Deceased, R::Other};
    static constexpr int elderlyWeights[] = {28, 12, 25, 30, 5};
    static constexpr int youngerWeights[] = {60, 30, 0, 0, 10};
    return reasons[random.weighted(elderly ? std::span<const int>(elderlyWeights)
                                           : std::span<const int>(youngerWeights))];
}

Client makeClient(DemoWorld &world, DemoRandom &random, int number, int place, bool elderly)
{
    const DemoPlace &home = world.places[std::size_t(place)];
    const QDate asOf = DemoWorld::asOf();
    Client client;
    client.code = demoCode(u"C-", number, 4);
    // A fifth came in with the start of the project, the rest over the next 20 months. The
    // last intakes (and so the last consent dates, at most ten days later) lie before
    // November 2026, when this generator was written: the file check measures "consent in the
    // future" from the real today, and a demo file should pass it from the day it can be made.
    client.intakeDate = random.percent(22)
                            ? random.dateBetween(QDate(2025, 1, 2), QDate(2025, 2, 28))
                            : random.dateBetween(QDate(2025, 3, 1), QDate(2026, 10, 31));
    const int age = elderly ? random.between(67, 97) : random.between(25, 66);
    DemoPersonSpec spec;
    spec.district = home.districts[std::size_t(random.below(int(home.districts.size())))];
    spec.bornTo = client.intakeDate.addYears(-age);
    spec.bornFrom = spec.bornTo.addDays(-364);
    spec.femalePercent = elderly ? 62 : 52;
    spec.emailPercent = elderly ? 25 : 60;
    spec.mobilePercent = elderly ? 25 : 80;
    spec.bsnPercent = home.data->processesBsn ? 70 : 0;
    client.person = makeDemoPerson(world, random, spec);
    client.targetGroups = pickTargetGroups(random, elderly);
    client.livesAlone = random.percent(elderly ? 62 : 45);
    if (random.percent(65)) {
        const int partner = world.pickPartner(
            random, place,
            {PartnerKind::HomeCare, PartnerKind::Welfare, PartnerKind::HousingCorporation,
             PartnerKind::InformalCareOrg, PartnerKind::CareHome});
        client.referredByPartnerId = partner < 0 ? 0 : world.partners[std::size_t(partner)].id;
    }
    if (random.percent(30)) {
        const QDate end = random.dateBetween(client.intakeDate.addDays(45), asOf.addDays(200));
        if (end <= asOf) {
            client.endDate = end;
            client.endReason = pickEndReason(random, elderly);
        }
    }
    // Consent is asked at the intake and recorded within days; some files still lack it.
    if (random.percent(92)) {
        const QDate last = client.endDate.isValid() ? client.endDate : asOf;
        client.consentDate = std::min(client.intakeDate.addDays(random.between(0, 10)), last);
    }
    return client;
}

/// A provider in the client's municipality (else in a neighbouring one) who offers the type
/// and is in the project around `date`; -1 when none turns up in a few tries.
int findProvider(const DemoWorld &world, DemoRandom &random, int place, int type, const QDate &date)
{
    const auto available = [&](int index) {
        const DemoProviderRef &p = world.providers[std::size_t(index)];
        return p.start <= date.addDays(21) && (!p.exit.isValid() || p.exit >= date.addDays(14));
    };
    const auto tryIn = [&](int inPlace) {
        const std::vector<int> &candidates =
            world.byPlaceAndType[std::size_t(inPlace)][std::size_t(type)];
        if (candidates.empty())
            return -1;
        const int candidate = candidates[std::size_t(random.below(int(candidates.size())))];
        return available(candidate) ? candidate : -1;
    };
    for (int attempt = 0; attempt < 12; ++attempt)
        if (const int found = tryIn(place); found >= 0)
            return found;
    for (int attempt = 0; attempt < 12; ++attempt)
        if (const int found = tryIn(world.pickPlace(random)); found >= 0)
            return found;
    return -1;
}

int periodDays(RequestFrequency frequency)
{
    switch (frequency) {
    case RequestFrequency::Once:
        return 0;
    case RequestFrequency::Weekly:
        return 7;
    case RequestFrequency::Fortnightly:
        return 14;
    case RequestFrequency::Monthly:
        break;
    }
    return 30;
}

/// One to three requests. A matched request gets a span for its deliveries: from a few days
/// after the request (and not before the provider started) until the help ends, the client
/// leaves, the provider leaves or the project ends. Requests whose help ended are closed.
Status writeRequests(DemoWorld &world, DemoRandom &random, BulkInserter<ServiceRequest> &inserter,
                     const Client &client, int place)
{
    const QDate asOf = DemoWorld::asOf();
    const QDate activeEnd = client.endDate.isValid() ? client.endDate : asOf;
    std::vector<int> typeWeights;
    for (const DemoTypeRef &type : world.types)
        typeWeights.push_back(type.profile ? type.profile->weight : 0);
    static constexpr int countWeights[] = {55, 30, 15};
    const int count = random.weighted(countWeights) + 1;
    for (int r = 0; r < count; ++r) {
        ServiceRequest request;
        request.clientId = client.id;
        const QDate date = r == 0 ? client.intakeDate.addDays(random.between(0, 7))
                                  : random.dateBetween(client.intakeDate.addDays(14), activeEnd);
        request.requestDate = std::min(date, activeEnd);
        const int type = random.weighted(typeWeights);
        const DemoServiceProfile &profile = *world.types[std::size_t(type)].profile;
        request.serviceTypeId = world.types[std::size_t(type)].id;
        request.frequency = RequestFrequency(random.weighted(profile.frequencyWeights));
        request.description = random.pick(profile.descriptions).toString();

        DemoRequestPlan plan;
        int provider = -1;
        if (random.percent(6))
            request.status = RequestStatus::Cancelled;
        else if (request.requestDate > asOf.addDays(-30) && random.percent(50))
            request.status = RequestStatus::Open; // still waiting for a match
        else
            provider = findProvider(world, random, place, type, request.requestDate);
        if (provider >= 0) {
            const DemoProviderRef &matched = world.providers[std::size_t(provider)];
            request.providerId = matched.id;
            const int period = periodDays(request.frequency);
            plan.from = std::max(request.requestDate.addDays(random.between(2, 10)), matched.start);
            plan.to = std::min({activeEnd, matched.exit.isValid() ? matched.exit : asOf,
                                plan.from.addDays(period == 0 ? 21 : random.between(60, 420))});
            plan.periodDays = period;
            request.status = plan.to < asOf || plan.from > plan.to ? RequestStatus::Closed
                                                                   : RequestStatus::Matched;
        } else if (request.status != RequestStatus::Cancelled) {
            request.status = RequestStatus::Open;
        }
        if (Status status = inserter.insert(request); !status)
            return status;
        if (provider >= 0 && plan.from <= plan.to) {
            plan.id = request.id;
            plan.clientId = client.id;
            plan.place = place;
            plan.provider = provider;
            plan.type = type;
            world.plans.push_back(plan);
        }
    }
    return {};
}

} // namespace

Status writeClients(DemoWorld &world)
{
    DemoRandom random = world.random(DemoWorld::ClientStream);
    BulkInserter<Client> clients(world.db);
    BulkInserter<ServiceRequest> requests(world.db);
    BulkInserter<ContactNote> notes(world.db);
    const DemoNoteTexts &texts = demoNoteTexts();
    const int wanted = world.options.clients;
    for (int i = 0; i < wanted; ++i) {
        const int place = world.pickPlace(random);
        const bool elderly = random.percent(72);
        Client client = makeClient(world, random, i + 1, place, elderly);
        if (Status status = clients.insert(client); !status)
            return status;
        if (Status status = writeRequests(world, random, requests, client, place); !status)
            return status;

        const QString &author = world.places[std::size_t(place)].leader;
        const QDate activeEnd = client.endDate.isValid() ? client.endDate : DemoWorld::asOf();
        QList<ContactNote> clientNotes;
        if (random.percent(80))
            clientNotes.append({0, 0, client.id, 0, client.intakeDate, author,
                                random.pick(texts.clientIntake).toString()});
        if (client.intakeDate.addDays(30) <= activeEnd && random.percent(50))
            clientNotes.append({0, 0, client.id, 0,
                                random.dateBetween(client.intakeDate.addDays(30), activeEnd),
                                author, random.pick(texts.clientFollowUp).toString()});
        for (ContactNote &note : clientNotes)
            if (Status status = notes.insert(note); !status)
                return status;

        ++world.places[std::size_t(place)].tally.clients;
        if (i % 512 == 0 && !world.advance(8, 30, i, wanted))
            return DemoWorld::cancelled();
    }
    world.summary.clients = clients.count();
    world.summary.requests = requests.count();
    world.summary.notes += notes.count();
    return {};
}

} // namespace wzsw
