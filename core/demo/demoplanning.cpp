#include "demo/demoworld.h"
#include "domain/planning.h"
#include "storage/bulkinserter.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

/// A project leader's estimate of a figure: 85% to 125% of what the data will show, so some
/// targets are met and some fall behind. Never below 1, which a target must exceed 0 by.
double estimate(DemoRandom &random, qint64 actual)
{
    return double(std::max<qint64>(1, actual * random.between(85, 125) / 100));
}

DemoTally regionTally(const DemoWorld &world)
{
    DemoTally sum;
    for (const DemoPlace &place : world.places) {
        const DemoTally &t = place.tally;
        sum.clients += t.clients;
        sum.clientsServed += t.clientsServed;
        sum.deliveries += t.deliveries;
        sum.quarterHours += t.quarterHours;
        sum.providers += t.providers;
        sum.trajectoriesStarted += t.trajectoriesStarted;
        sum.placementsStarted += t.placementsStarted;
        sum.trajectoriesCompleted += t.trajectoriesCompleted;
        sum.outflowPaidWork += t.outflowPaidWork;
        sum.courseCertified += t.courseCertified;
        sum.ladderUp += t.ladderUp;
        for (std::size_t year = 0; year < 2; ++year) {
            sum.deliveriesByYear[year] += t.deliveriesByYear[year];
            sum.feesByYear[year] += t.feesByYear[year];
        }
    }
    // A provider working in several municipalities counts once for the region.
    sum.providersActive = 0;
    for (const DemoProviderRef &provider : world.providers)
        sum.providersActive += provider.servedPlaces != 0 ? 1 : 0;
    return sum;
}

/// Targets over the whole project on the measures of reports.md, and deliveries per year.
Status writeTargets(DemoRandom &random, BulkInserter<Target> &inserter, Id municipality,
                    const DemoTally &tally)
{
    const QList<std::pair<QString, qint64>> measures{
        {u"clients_new"_s, tally.clients},
        {u"clients_served"_s, tally.clientsServed},
        {u"deliveries"_s, tally.deliveries},
        {u"delivery_hours"_s, tally.quarterHours / 4},
        {u"providers_new"_s, tally.providers},
        {u"providers_active"_s, tally.providersActive},
        {u"trajectories_started.total"_s, tally.trajectoriesStarted},
        {u"trajectories_started.placement"_s, tally.placementsStarted},
        {u"trajectories_completed.total"_s, tally.trajectoriesCompleted},
        {u"outflow_paid_work"_s, tally.outflowPaidWork},
        {u"course_certified"_s, tally.courseCertified},
        {u"ladder_up"_s, tally.ladderUp},
    };
    const auto add = [&](const QString &measure, const QDate &from, const QDate &to,
                         qint64 actual) {
        Target target;
        target.municipalityId = municipality;
        target.fromDate = from;
        target.toDate = to;
        target.measure = measure;
        target.value = estimate(random, actual);
        return inserter.insert(target);
    };
    for (const auto &[measure, actual] : measures)
        if (Status status =
                add(measure, DemoCalendar::projectStart(), DemoCalendar::projectEnd(), actual);
            !status)
            return status;
    for (int year = 0; year < 2; ++year)
        if (Status status = add(u"deliveries"_s, QDate(2025 + year, 1, 1),
                                QDate(2025 + year, 12, 31), tally.deliveriesByYear[year]);
            !status)
            return status;
    return {};
}

/// Whole euros as cents.
Cents euros(qint64 amount)
{
    return Cents(amount) * 100;
}

/// The financing plan per year: costs scale with the clients and providers of the scope,
/// municipal budgets cover most of them, client fees are planned near what was charged and
/// realised exactly as charged; the region adds the province's subsidy and its coordination.
Status writeBudget(DemoRandom &random, BulkInserter<BudgetLine> &inserter, Id municipality,
                   const DemoTally &tally, bool region)
{
    for (int year = 0; year < 2; ++year) {
        const auto add = [&](BudgetKind kind, BudgetCategory category, Cents planned,
                             Cents realised) {
            BudgetLine line;
            line.municipalityId = municipality;
            line.fromDate = QDate(2025 + year, 1, 1);
            line.toDate = QDate(2025 + year, 12, 31);
            line.kind = kind;
            line.category = category;
            line.plannedCents = planned;
            line.realisedCents = realised;
            return inserter.insert(line);
        };
        // 88% to 106% of the plan spent or received, in whole euros.
        const auto spent = [&](Cents planned) {
            return euros(planned / 100 * random.between(88, 106) / 100);
        };
        QList<std::tuple<BudgetKind, BudgetCategory, Cents>> lines;
        using C = BudgetCategory;
        if (region) {
            lines.append(
                {BudgetKind::Income, C::ProvinceSubsidy, euros(50'000 + 20 * tally.clients)});
            lines.append({BudgetKind::Cost, C::ProjectLeadership, euros(30'000)});
            lines.append({BudgetKind::Cost, C::Other, euros(5'000)});
        } else {
            const Cents costs = euros(20'000 + 250 * tally.clients + 600 * tally.providers +
                                      40 * tally.clients + 3'500);
            lines.append(
                {BudgetKind::Cost, C::ProjectLeadership, euros(20'000 + 250 * tally.clients)});
            lines.append({BudgetKind::Cost, C::Training, euros(600 * tally.providers)});
            lines.append({BudgetKind::Cost, C::Materials, euros(1'000 + 40 * tally.clients)});
            lines.append({BudgetKind::Cost, C::Other, euros(2'500)});
            lines.append({BudgetKind::Income, C::WwbReintegration, costs / 200 * 100});
            lines.append({BudgetKind::Income, C::Wmo, costs / 1000 * 300});
            lines.append({BudgetKind::Income, C::PartnerContribution, costs / 1000 * 100});
        }
        for (const auto &[kind, category, planned] : lines)
            if (Status status = add(kind, category, planned, spent(planned)); !status)
                return status;
        if (!region) {
            const Cents fees = tally.feesByYear[std::size_t(year)];
            const Cents planned = euros(fees / 100 * random.between(90, 110) / 100);
            if (Status status = add(BudgetKind::Income, C::ClientFees, planned, fees); !status)
                return status;
        }
    }
    return {};
}

} // namespace

Status writePlanning(DemoWorld &world)
{
    DemoRandom random = world.random(DemoWorld::PlanningStream);
    BulkInserter<Target> targets(world.db);
    BulkInserter<BudgetLine> budget(world.db);
    const DemoTally region = regionTally(world);
    if (Status status = writeTargets(random, targets, 0, region); !status)
        return status;
    if (Status status = writeBudget(random, budget, 0, region, true); !status)
        return status;
    for (const DemoPlace &place : world.places) {
        if (Status status = writeTargets(random, targets, place.id, place.tally); !status)
            return status;
        if (Status status = writeBudget(random, budget, place.id, place.tally, false); !status)
            return status;
    }
    world.summary.targets = targets.count();
    world.summary.budgetLines = budget.count();
    return {};
}

} // namespace wzsw
