#include "demo/demoworld.h"
#include "domain/service.h"
#include "storage/bulkinserter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

/// Deliveries per client, on average over the file.
constexpr qint64 deliveriesPerClient = 10;

/// How many visits a recurring plan would get at its frequency, in thousandths.
qint64 naturalVisitsMilli(const DemoRequestPlan &plan)
{
    return (plan.from.daysTo(plan.to) + 1) * 1000 / plan.periodDays;
}

/// Visits spread evenly over the plan's span with a few days' jitter, moved off the weekend
/// when the span allows.
QDate visitDate(DemoRandom &random, const DemoRequestPlan &plan, int visit, int visits)
{
    const qint64 span = plan.from.daysTo(plan.to) + 1;
    const qint64 step = span / visits;
    const int jitter = int(std::min<qint64>(3, step / 3));
    const qint64 offset = std::clamp<qint64>(
        span * (2 * visit + 1) / (2 * visits) + random.between(-jitter, jitter), 0, span - 1);
    const QDate date = plan.from.addDays(offset);
    if (date.dayOfWeek() <= 5)
        return date;
    // Any weekday of the same week, so Mondays and Fridays do not collect the weekends.
    const QDate weekday = date.addDays(1 - date.dayOfWeek() + random.between(0, 4));
    return weekday >= plan.from && weekday <= plan.to ? weekday : date;
}

} // namespace

/// Once-requests get one delivery each; the recurring plans share the rest of 10 x clients in
/// proportion to the visits their frequency and span would give (a weekly request over half
/// a year weighs more than a monthly one over three months), rounded at random so the total
/// stays on target. All arithmetic is in integers, so the same seed gives the same file on
/// every platform.
Status writeDeliveries(DemoWorld &world)
{
    DemoRandom random = world.random(DemoWorld::DeliveryStream);
    const qint64 wanted = qint64(world.options.clients) * deliveriesPerClient;
    qint64 once = 0;
    qint64 totalMilli = 0;
    for (const DemoRequestPlan &plan : world.plans) {
        if (plan.periodDays == 0)
            ++once;
        else
            totalMilli += naturalVisitsMilli(plan);
    }
    const qint64 forRecurring = std::max<qint64>(0, wanted - once);

    BulkInserter<Delivery> inserter(world.db);
    Id lastServedClient = 0;
    for (const DemoRequestPlan &plan : world.plans) {
        int visits = 1;
        if (plan.periodDays != 0) {
            const qint64 expectedMilli =
                totalMilli == 0 ? 0 : naturalVisitsMilli(plan) * forRecurring * 1000 / totalMilli;
            visits = int(expectedMilli / 1000) + (random.below(1000) < expectedMilli % 1000);
            visits = int(std::min<qint64>(visits, plan.from.daysTo(plan.to) + 1));
        }
        const DemoTypeRef &type = world.types[std::size_t(plan.type)];
        DemoTally &tally = world.places[std::size_t(plan.place)].tally;
        for (int visit = 0; visit < visits; ++visit) {
            Delivery delivery;
            delivery.clientId = plan.clientId;
            delivery.providerId = world.providers[std::size_t(plan.provider)].id;
            delivery.serviceTypeId = type.id;
            delivery.date = visitDate(random, plan, visit, visits);
            delivery.quarterHours =
                random.between(type.profile->minQuarters, type.profile->maxQuarters);
            // Now and then an extra visit outside the request.
            delivery.requestId = random.percent(96) ? plan.id : 0;
            delivery.feeCents = defaultFee(delivery.quarterHours, type.fee);
            if (random.percent(6))
                delivery.note = random.pick(type.profile->deliveryNotes).toString();
            if (Status status = inserter.insert(delivery); !status)
                return status;

            ++tally.deliveries;
            tally.quarterHours += delivery.quarterHours;
            const std::size_t year = delivery.date.year() == 2025 ? 0 : 1;
            ++tally.deliveriesByYear[year];
            tally.feesByYear[year] += *delivery.feeCents;
            if (inserter.count() % 8192 == 0 && !world.advance(30, 95, inserter.count(), wanted))
                return DemoWorld::cancelled();
        }
        if (visits > 0) {
            world.providers[std::size_t(plan.provider)].servedPlaces |= 1u << plan.place;
            if (plan.clientId != lastServedClient) {
                ++tally.clientsServed;
                lastServedClient = plan.clientId;
            }
        }
    }
    for (const DemoProviderRef &provider : world.providers)
        for (std::size_t place = 0; place < world.places.size(); ++place)
            if (provider.servedPlaces & (1u << place))
                ++world.places[place].tally.providersActive;
    world.summary.deliveries = inserter.count();
    return {};
}

} // namespace wzsw
