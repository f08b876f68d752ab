#include "demo/demopersons.h"
#include "demo/demoworld.h"
#include "domain/planning.h"
#include "domain/provider.h"
#include "domain/trajectory.h"
#include "storage/bulkinserter.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

// Planned length in days of an orientation, an activation and a placement trajectory.
constexpr int plannedDays[] = {90, 180, 180};
// The highest ladder level reached while still in the project: 5 and 6 mean paid work.
constexpr int levelBeforeWork = 4;

/// What a provider's time in the project produced besides the provider record itself.
struct Career
{
    QList<Trajectory> trajectories;
    QList<LadderAssessment> ladder;
};

Background pickBackground(DemoRandom &random)
{
    // welfare, wsw, civic integration, WW, Wajong/WIA, volunteer, other
    static constexpr int weights[] = {38, 10, 12, 8, 10, 16, 6};
    return Background(random.weighted(weights));
}

Framework frameworkOf(Background background)
{
    switch (background) {
    case Background::WelfareBenefit:
        return Framework::Participatiewet;
    case Background::Wsw:
        return Framework::Wsw;
    case Background::CivicIntegration:
        return Framework::Wi;
    case Background::Volunteer:
        return Framework::Wmo;
    default:
        return Framework::Other;
    }
}

/// Where someone starts on the participation ladder: far from work on welfare or in civic
/// integration, closer to it from sheltered work or unemployment benefit.
int firstLevel(DemoRandom &random, Background background)
{
    switch (background) {
    case Background::WelfareBenefit:
    case Background::CivicIntegration:
        return random.between(1, 3);
    case Background::Wsw:
    case Background::UnemploymentBenefit:
    case Background::Volunteer:
        return random.between(3, 4);
    default:
        return random.between(2, 3);
    }
}

/// Mostly a step up, sometimes none, now and then a step back.
int nextLevel(DemoRandom &random, int level)
{
    const int roll = random.below(100);
    if (roll < 75)
        return std::min(level + 1, levelBeforeWork);
    return roll < 95 ? level : std::max(level - 1, 1);
}

void assess(Career &career, const QDate &date, int level)
{
    LadderAssessment assessment;
    assessment.date = date;
    assessment.level = level;
    career.ladder.append(assessment);
}

void setExit(Provider &provider, const QDate &date, ExitReason reason)
{
    provider.exitDate = date;
    provider.exitReason = reason;
}

/// Volunteers without a trajectory: an assessment every half year, and some leave.
void planVolunteer(DemoRandom &random, Provider &provider, Career &career, int level)
{
    const QDate asOf = DemoWorld::asOf();
    if (random.percent(15) && provider.startDate.addDays(60) <= asOf) {
        static constexpr ExitReason reasons[] = {ExitReason::VolunteerElsewhere, ExitReason::Moved,
                                                 ExitReason::Other};
        setExit(provider, random.dateBetween(provider.startDate.addDays(60), asOf),
                random.pick(std::span<const ExitReason>(reasons)));
    }
    const QDate last = provider.exitDate.isValid() ? provider.exitDate : asOf;
    for (QDate date = provider.startDate.addDays(182); date <= last; date = date.addDays(182)) {
        const int roll = random.below(100);
        level = roll < 30 ? std::min(level + 1, levelBeforeWork)
                          : (roll < 90 ? level : std::max(level - 1, 1));
        assess(career, date, level);
    }
}

/// Orientation -> activation -> placement, each completed, broken off or still running at the
/// end of the project; a broken-off trajectory or a completed placement ends the provider's
/// time in the project. Only the last trajectory can be running, so there is never more than
/// one; a next step that would start after the project ends is recorded as planned.
void planTrajectories(DemoWorld &world, DemoRandom &random, Provider &provider, int place,
                      Career &career, int level)
{
    const QDate asOf = DemoWorld::asOf();
    const bool skipOrientation = (provider.background == Background::Wsw ||
                                  provider.background == Background::UnemploymentBenefit) &&
                                 random.percent(50);
    QDate start = provider.startDate;
    for (int stage = skipOrientation ? 1 : 0;; ++stage) {
        Trajectory t;
        t.type = TrajectoryType(stage);
        t.framework = frameworkOf(provider.background);
        const int partner =
            world.pickPartner(random, place,
                              {PartnerKind::ReintegrationCompany, PartnerKind::Welfare,
                               PartnerKind::MunicipalDepartment});
        t.partnerId = partner < 0 ? 0 : world.partners[std::size_t(partner)].id;
        t.startDate = start;
        t.plannedEndDate = start.addDays(plannedDays[stage]);
        t.goals = random.pick(demoTrajectoryGoals(t.type)).toString();
        if (start > asOf) {
            t.status = TrajectoryStatus::Planned;
            career.trajectories.append(t);
            return;
        }
        const QDate end = start.addDays(plannedDays[stage] * random.between(80, 130) / 100);
        if (end > asOf) {
            t.status = TrajectoryStatus::Running;
            career.trajectories.append(t);
            if (start.addDays(120) <= asOf)
                assess(career, start.addDays(120),
                       random.percent(50) ? std::min(level + 1, levelBeforeWork) : level);
            return;
        }
        if (random.percent(stage == 0 ? 12 : 15)) {
            t.status = TrajectoryStatus::BrokenOff;
            t.actualEndDate = start.addDays(random.between(30, plannedDays[stage] - 1));
            t.result = random.pick(demoTrajectoryResults(t.status)).toString();
            career.trajectories.append(t);
            assess(career, t.actualEndDate, random.percent(60) ? level : std::max(level - 1, 1));
            const QDate exit = t.actualEndDate.addDays(random.between(0, 21));
            static constexpr int weights[] = {10, 55, 20, 15}; // education, dropped, moved, other
            static constexpr ExitReason reasons[] = {ExitReason::Education, ExitReason::DroppedOut,
                                                     ExitReason::Moved, ExitReason::Other};
            if (exit <= asOf)
                setExit(provider, exit, reasons[random.weighted(weights)]);
            return;
        }
        t.status = TrajectoryStatus::Completed;
        t.actualEndDate = end;
        t.result = random.pick(demoTrajectoryResults(t.status)).toString();
        career.trajectories.append(t);
        if (t.type == TrajectoryType::Placement) {
            const QDate exit = end.addDays(random.between(0, 30));
            if (exit > asOf) {
                assess(career, end, std::min(level + 1, 5));
                return;
            }
            static constexpr int weights[] = {55, 30, 10, 5};
            static constexpr ExitReason reasons[] = {
                ExitReason::PaidWorkRegular, ExitReason::PaidWorkSubsidised, ExitReason::Education,
                ExitReason::VolunteerElsewhere};
            const ExitReason reason = reasons[random.weighted(weights)];
            setExit(provider, exit, reason);
            assess(career, exit,
                   reason == ExitReason::PaidWorkRegular
                       ? 6
                       : (reason == ExitReason::PaidWorkSubsidised ? 5 : nextLevel(random, level)));
            return;
        }
        level = nextLevel(random, level);
        assess(career, end, level);
        start = end.addDays(random.between(1, 21));
        // A placement completed above ends the loop, so stage never passes 2.
    }
}

/// The MBO course "woonzorgserviceverlener" for about a third of the providers.
void planCourse(DemoRandom &random, Provider &provider)
{
    const bool volunteer = provider.background == Background::Volunteer;
    if (!random.percent(volunteer ? 10 : 35))
        return;
    const QDate last = provider.exitDate.isValid() ? provider.exitDate : DemoWorld::asOf();
    CourseEnrolment &course = provider.course;
    const QDate enrolled = provider.startDate.addDays(random.between(30, 150));
    if (enrolled > last)
        return;
    course.enrolledDate = enrolled;
    static constexpr int levelWeights[] = {10, 50, 35, 5};
    course.level = random.weighted(levelWeights) + 1;
    const int roll = random.below(100);
    if (roll < 45) {
        const QDate certified = enrolled.addDays(random.between(280, 400));
        if (certified <= last)
            course.certifiedDate = certified;
    } else if (roll < 65) {
        const QDate dropped = enrolled.addDays(random.between(30, 200));
        if (dropped <= last)
            course.droppedDate = dropped;
    }
    if (!course.certifiedDate.isValid() && !course.droppedDate.isValid() &&
        provider.exitReason == ExitReason::DroppedOut)
        course.droppedDate = provider.exitDate;
}

QList<Id> pickServiceTypes(const DemoWorld &world, DemoRandom &random, quint32 &mask)
{
    std::vector<int> weights;
    for (const DemoTypeRef &type : world.types)
        weights.push_back(type.profile ? type.profile->weight : 0);
    QList<Id> ids;
    const int wanted = random.between(2, 4);
    for (int attempt = 0; attempt < 20 && ids.size() < wanted; ++attempt) {
        const int index = random.weighted(weights);
        if (mask & (1u << index))
            continue;
        mask |= 1u << index;
        ids.append(world.types[std::size_t(index)].id);
    }
    return ids;
}

Provider makeProvider(DemoWorld &world, DemoRandom &random, int number, int place, quint32 &types)
{
    const DemoPlace &home = world.places[std::size_t(place)];
    Provider provider;
    provider.code = demoCode(u"P-", number, 4);
    provider.background = pickBackground(random);
    const bool volunteer = provider.background == Background::Volunteer;
    const QDate projectStart = DemoCalendar::projectStart();
    // About a third started with the project; the others joined over the next 22 months.
    provider.startDate = random.percent(30)
                             ? random.dateBetween(projectStart.addDays(5), QDate(2025, 1, 31))
                             : random.dateBetween(QDate(2025, 2, 1), QDate(2026, 10, 31));
    const int age = volunteer ? random.between(20, 72) : random.between(19, 62);
    DemoPersonSpec spec;
    spec.district = home.districts[std::size_t(random.below(int(home.districts.size())))];
    spec.bornTo = provider.startDate.addYears(-age);
    spec.bornFrom = spec.bornTo.addDays(-364);
    spec.femalePercent = 58;
    spec.provider = true;
    spec.migrantOnly = provider.background == Background::CivicIntegration;
    spec.emailPercent = 80;
    spec.mobilePercent = 90;
    spec.bsnPercent = home.data->processesBsn ? 75 : 0;
    provider.person = makeDemoPerson(world, random, spec);
    provider.hoursPerWeek = volunteer ? random.between(2, 8) * 2 : random.between(2, 8) * 4;
    provider.serviceTypeIds = pickServiceTypes(world, random, types);
    if (random.percent(75)) {
        const int partner =
            volunteer ? world.pickPartner(random, place, {PartnerKind::VolunteerOrg})
                      : world.pickPartner(random, place,
                                          {PartnerKind::MunicipalDepartment, PartnerKind::Welfare,
                                           PartnerKind::ReintegrationCompany});
        provider.referredByPartnerId = partner < 0 ? 0 : world.partners[std::size_t(partner)].id;
    }
    return provider;
}

void count(DemoTally &tally, const Provider &provider, const Career &career)
{
    ++tally.providers;
    for (const Trajectory &t : career.trajectories) {
        if (t.status == TrajectoryStatus::Planned)
            continue;
        ++tally.trajectoriesStarted;
        tally.placementsStarted += t.type == TrajectoryType::Placement ? 1 : 0;
        tally.trajectoriesCompleted += t.status == TrajectoryStatus::Completed ? 1 : 0;
    }
    tally.outflowPaidWork += provider.exitReason && isPaidWork(*provider.exitReason) ? 1 : 0;
    tally.courseCertified += provider.course.certifiedDate.isValid() ? 1 : 0;
    tally.ladderUp += career.ladder.last().level > career.ladder.first().level ? 1 : 0;
}

} // namespace

Status writeProviders(DemoWorld &world)
{
    DemoRandom random = world.random(DemoWorld::ProviderStream);
    const int wanted =
        world.options.clients == 0 ? 0 : std::max(1, (world.options.clients + 2) / 5);
    BulkInserter<Provider> providers(world.db);
    BulkInserter<Trajectory> trajectories(world.db);
    BulkInserter<LadderAssessment> ladder(world.db);
    BulkInserter<ContactNote> notes(world.db);
    const DemoNoteTexts &texts = demoNoteTexts();
    world.byPlaceAndType.assign(world.places.size(),
                                std::vector<std::vector<int>>(world.types.size()));
    for (int i = 0; i < wanted; ++i) {
        const int place = world.pickPlace(random);
        quint32 types = 0;
        Provider provider = makeProvider(world, random, i + 1, place, types);
        Career career;
        const int level = firstLevel(random, provider.background);
        assess(career, provider.startDate, level);
        if (provider.background == Background::Volunteer && !random.percent(25))
            planVolunteer(random, provider, career, level);
        else
            planTrajectories(world, random, provider, place, career, level);
        planCourse(random, provider);
        if (Status status = providers.insert(provider); !status)
            return status;

        const QString &author = world.places[std::size_t(place)].leader;
        QList<ContactNote> providerNotes;
        if (random.percent(85))
            providerNotes.append({0, 0, 0, provider.id, provider.startDate, author,
                                  random.pick(texts.providerIntake).toString()});
        for (Trajectory &t : career.trajectories) {
            t.providerId = provider.id;
            if (Status status = trajectories.insert(t); !status)
                return status;
            if (t.actualEndDate.isValid() && random.percent(60))
                providerNotes.append({0, 0, 0, provider.id, t.actualEndDate, author,
                                      random.pick(texts.providerEvaluation).toString()});
        }
        for (LadderAssessment &assessment : career.ladder) {
            assessment.providerId = provider.id;
            if (Status status = ladder.insert(assessment); !status)
                return status;
        }
        for (ContactNote &note : providerNotes)
            if (Status status = notes.insert(note); !status)
                return status;

        count(world.places[std::size_t(place)].tally, provider, career);
        const int index = int(world.providers.size());
        world.providers.push_back(
            {provider.id, place, provider.startDate, provider.exitDate, types, 0});
        for (std::size_t type = 0; type < world.types.size(); ++type)
            if (types & (1u << type))
                world.byPlaceAndType[std::size_t(place)][type].push_back(index);
        if (i % 256 == 0 && !world.advance(2, 8, i, wanted))
            return DemoWorld::cancelled();
    }
    world.summary.providers = providers.count();
    world.summary.trajectories = trajectories.count();
    world.summary.ladderAssessments = ladder.count();
    world.summary.notes += notes.count();
    return {};
}

} // namespace wzsw
