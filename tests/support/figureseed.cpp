#include "figureseed.h"

#include "figures/computereport.h"
#include "storage/partnerrepository.h"
#include "storage/personrepository.h"
#include "storage/workrepositories.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace wzsw::test {

namespace {

QDate d(int year, int month, int day)
{
    return QDate(year, month, day);
}

class WorldBuilder
{
public:
    explicit WorldBuilder(Database &db) : m_db(db) {}

    Id client(const QString &code, Id neighbourhood, QDate intake, QDate end = {})
    {
        Client c = validClient(neighbourhood);
        c.code = code;
        c.person.familyName = u"Client "_s + code;
        c.intakeDate = intake;
        c.endDate = end;
        if (end.isValid())
            c.endReason = ClientEndReason::Moved;
        REQUIRE(ClientRepository(m_db).insert(c).ok());
        return c.id;
    }

    Id provider(const QString &code, Id neighbourhood, QDate start, QDate exit = {},
                std::optional<ExitReason> reason = {})
    {
        Provider p = validProvider(neighbourhood);
        p.code = code;
        p.person.familyName = u"Provider "_s + code;
        p.startDate = start;
        p.exitDate = exit;
        p.exitReason = reason;
        REQUIRE(ProviderRepository(m_db).insert(p).ok());
        return p.id;
    }

    void course(Id providerId, QDate enrolled, QDate certified)
    {
        ProviderRepository providers(m_db);
        Provider p = providers.find(providerId).value();
        p.course.enrolledDate = enrolled;
        p.course.level = 2;
        p.course.certifiedDate = certified;
        REQUIRE(providers.update(p).ok());
    }

    void delivery(Id client, Id provider, Id type, QDate date, int quarters, Cents fee)
    {
        Delivery delivery;
        delivery.clientId = client;
        delivery.providerId = provider;
        delivery.serviceTypeId = type;
        delivery.date = date;
        delivery.quarterHours = quarters;
        delivery.feeCents = fee;
        REQUIRE(DeliveryRepository(m_db).insert(delivery).ok());
    }

    void trajectory(Id provider, TrajectoryType type, QDate start, TrajectoryStatus status,
                    QDate actualEnd = {})
    {
        Trajectory t;
        t.providerId = provider;
        t.type = type;
        t.startDate = start;
        t.status = status;
        t.actualEndDate = actualEnd;
        REQUIRE(TrajectoryRepository(m_db).insert(t).ok());
    }

    void assessment(Id provider, QDate date, int level)
    {
        LadderAssessment a;
        a.providerId = provider;
        a.date = date;
        a.level = level;
        REQUIRE(ProviderRepository(m_db).ladder().insert(a).ok());
    }

    Id partner(const QString &code, const QString &name, Id municipality)
    {
        Partner p;
        p.code = code;
        p.name = name;
        p.municipalityId = municipality;
        REQUIRE(PartnerRepository(m_db).partners().insert(p).ok());
        return p.id;
    }

    void agreement(Id partner, const QString &title, AgreementStatus status, QDate start, QDate end,
                   QDate review)
    {
        Agreement a;
        a.partnerId = partner;
        a.title = title;
        a.status = status;
        a.startDate = start;
        a.endDate = end;
        a.reviewDate = review;
        a.scopes = {AgreementScope::ClientReferral};
        REQUIRE(PartnerRepository(m_db).agreements().insert(a).ok());
    }

    void budget(Id municipality, BudgetKind kind, BudgetCategory category, QDate from, QDate to,
                Cents planned, Cents realised)
    {
        BudgetLine line;
        line.municipalityId = municipality;
        line.kind = kind;
        line.category = category;
        line.fromDate = from;
        line.toDate = to;
        line.plannedCents = planned;
        line.realisedCents = realised;
        REQUIRE(PlanningRepository(m_db).budget().insert(line).ok());
    }

    void target(Id municipality, const QString &measure, QDate from, QDate to, double value)
    {
        Target t;
        t.municipalityId = municipality;
        t.measure = measure;
        t.fromDate = from;
        t.toDate = to;
        t.value = value;
        REQUIRE(PlanningRepository(m_db).targets().insert(t).ok());
    }

    void settings(Id municipality, QDate start, QDate interim1, QDate interim2, QDate end,
                  const QString &leader)
    {
        ProjectSettings s;
        s.municipalityId = municipality;
        s.projectStart = start;
        s.interim1 = interim1;
        s.interim2 = interim2;
        s.projectEnd = end;
        s.projectLeader = leader;
        REQUIRE(PlanningRepository(m_db).settings().insert(s).ok());
    }

private:
    Database &m_db;
};

} // namespace

FigureWorld seedFigureWorld(Database &db)
{
    FigureWorld world;
    world.basics = seedBasics(db);
    const Basics &b = world.basics;
    WorldBuilder w(db);

    w.settings(b.tilburg, d(2025, 1, 1), d(2025, 6, 30), d(2025, 12, 31), d(2026, 12, 31),
               u"A. de Vries"_s);
    w.settings(b.goirle, d(2025, 2, 1), d(2025, 5, 31), d(2025, 11, 30), d(2026, 10, 31),
               u"B. Jansen"_s);

    // Clients. Tilburg: C1, C2, C5 in Centrum; C3, C4 in Noord. Goirle: G1.
    const Id c1 = w.client(u"C-0001"_s, b.centrum, d(2024, 12, 1));      // before: active at end
    const Id c2 = w.client(u"C-0002"_s, b.centrum, d(2025, 1, 1),        // first day: new
                           d(2025, 6, 30));                              // ends on `to`: not active
    const Id c3 = w.client(u"C-0003"_s, b.noord, d(2025, 6, 30));        // last day: new, active
    w.client(u"C-0004"_s, b.noord, d(2025, 7, 1));                       // day after: nothing
    const Id c5 = w.client(u"C-0005"_s, b.centrum, d(2024, 12, 31),      // day before: not new
                           d(2025, 7, 1));                               // ends after `to`: active
    const Id g1 = w.client(u"C-0006"_s, b.goirleCentrum, d(2025, 2, 1)); // Goirle: new, active

    // Providers. Tilburg: P1, P4, P5, P6 in Centrum; P2, P3 in Noord. Goirle: PG.
    const Id p1 = w.provider(u"P-0001"_s, b.centrum, d(2024, 10, 1));
    w.course(p1, d(2025, 1, 1), d(2025, 6, 30)); // enrolled first day, certified last day
    const Id p2 = w.provider(u"P-0002"_s, b.noord, d(2025, 1, 1),          // new (first day)
                             d(2025, 6, 30), ExitReason::PaidWorkRegular); // outflow (last day)
    w.course(p2, d(2024, 12, 31), d(2025, 7, 1)); // enrolled day before, certified day after
    const Id p3 = w.provider(u"P-0003"_s, b.noord, d(2025, 6, 30)); // new (last day)
    w.provider(u"P-0004"_s, b.centrum, d(2025, 7, 1));              // starts day after
    const Id p5 = w.provider(u"P-0005"_s, b.centrum, d(2024, 1, 1), // left the day before
                             d(2024, 12, 31), ExitReason::Education);
    const Id p6 = w.provider(u"P-0006"_s, b.centrum, d(2024, 6, 1), d(2025, 3, 15),
                             ExitReason::PaidWorkSubsidised); // outflow
    const Id pg = w.provider(u"P-0007"_s, b.goirleCentrum, d(2024, 1, 1), d(2025, 5, 1),
                             ExitReason::DroppedOut); // Goirle outflow

    // Deliveries (boodschappen 5.00 an hour, klusjes 7.50 an hour).
    w.delivery(c1, p1, b.boodschappen, d(2025, 1, 1), 8, 1000);  // D1 first day, 2 h
    w.delivery(c1, p1, b.klusjes, d(2025, 6, 30), 5, 938);       // D2 last day, 1.25 h
    w.delivery(c1, p1, b.boodschappen, d(2024, 12, 31), 4, 500); // D3 day before: not counted
    w.delivery(c3, p2, b.boodschappen, d(2025, 7, 1), 4, 500);   // D4 day after: not counted
    w.delivery(c2, pg, b.klusjes, d(2025, 3, 10), 12, 2250);     // D5 Goirle provider, 3 h
    w.delivery(c3, p3, b.boodschappen, d(2025, 6, 30), 3, 375);  // D6 0.75 h
    w.delivery(c5, p6, b.klusjes, d(2025, 2, 14), 6, 1125);      // D7 1.5 h
    w.delivery(c1, p1, b.boodschappen, d(2025, 1, 20), 4, 500);  // D8 C1 again in January, 1 h
    w.delivery(g1, p1, b.boodschappen, d(2025, 2, 3), 4, 500);   // DG Goirle client, 1 h

    // Trajectories: the provider's municipality decides.
    using TT = TrajectoryType;
    using TS = TrajectoryStatus;
    w.trajectory(p1, TT::Orientation, d(2025, 1, 1), TS::Completed, d(2025, 3, 31));   // T1
    w.trajectory(p1, TT::Activation, d(2025, 4, 1), TS::Running);                      // T2
    w.trajectory(p2, TT::Orientation, d(2024, 12, 31), TS::BrokenOff, d(2025, 6, 30)); // T3
    w.trajectory(p3, TT::Placement, d(2025, 6, 30), TS::Completed, d(2025, 7, 1));     // T4
    w.trajectory(p6, TT::Activation, d(2025, 2, 1), TS::Planned);                      // T5
    w.trajectory(p1, TT::Placement, d(2025, 7, 1), TS::Planned);                       // T6
    w.trajectory(pg, TT::Orientation, d(2025, 2, 1), TS::Running);                     // TG

    // Participation ladder.
    w.assessment(p1, d(2024, 11, 1), 2);
    w.assessment(p1, d(2025, 3, 1), 4);
    w.assessment(p1, d(2025, 7, 15), 6); // after `to`: ignored
    w.assessment(p2, d(2025, 1, 10), 3);
    w.assessment(p2, d(2025, 1, 10), 5); // same date, entered later: the latest
    w.assessment(p3, d(2025, 7, 2), 1);  // only after `to`: not assessed
    w.assessment(p5, d(2024, 6, 1), 2);  // left before `from`: not in scope
    w.assessment(p6, d(2025, 1, 5), 4);
    w.assessment(p6, d(2025, 3, 1), 3); // went down
    w.assessment(pg, d(2025, 2, 1), 1);
    w.assessment(pg, d(2025, 5, 1), 2);

    // Partners and agreements; `to` + 60 days = 2025-08-29.
    const Id thuiszorg = w.partner(u"PA-01"_s, u"Thuiszorg West"_s, b.tilburg);
    const Id woonstichting = w.partner(u"PA-02"_s, u"Woonstichting Goirle"_s, b.goirle);
    world.regionalPartner = w.partner(u"PA-03"_s, u"Regionaal Welzijn"_s, 0);
    using AS = AgreementStatus;
    w.agreement(thuiszorg, u"Doorverwijzing cliënten"_s, AS::Signed, d(2025, 1, 1), {},
                d(2025, 8, 29)); // A1 review 60 days after: expiring
    w.agreement(thuiszorg, u"Leerwerkplekken"_s, AS::Signed, d(2024, 1, 1), d(2025, 8, 30),
                {}); // A2 ends 61 days after: not expiring
    w.agreement(world.regionalPartner, u"Welzijn in de wijk"_s, AS::Signed, d(2025, 6, 30), {},
                {}); // A3 regional, starts on `to`
    w.agreement(thuiszorg, u"Concept"_s, AS::Draft, d(2025, 1, 1), {}, {});           // A4 draft
    w.agreement(thuiszorg, u"Oud"_s, AS::Signed, d(2024, 1, 1), d(2024, 12, 31), {}); // A5 over
    w.agreement(woonstichting, u"Huurders"_s, AS::Signed, d(2025, 1, 1), d(2025, 7, 31),
                {}); // A6 Goirle, ends 31 days after: expiring
    w.agreement(thuiszorg, u"Later"_s, AS::Signed, d(2025, 7, 1), {}, {}); // A7 starts after
    w.agreement(thuiszorg, u"Pilot 2024"_s, AS::Signed, d(2024, 6, 1), d(2025, 1, 1),
                d(2025, 6, 30)); // A8 ends on `from`: active; review on `to`: not expiring
    w.agreement(thuiszorg, u"Evaluatie"_s, AS::Signed, d(2025, 1, 1), {},
                d(2025, 8, 30)); // A9 review 61 days after: not expiring

    // Budget lines.
    using BK = BudgetKind;
    using BC = BudgetCategory;
    w.budget(b.tilburg, BK::Income, BC::WwbReintegration, d(2025, 1, 1), d(2025, 6, 30), 100000,
             80000); // B1 inside
    w.budget(b.tilburg, BK::Cost, BC::ProjectLeadership, d(2025, 1, 1), d(2025, 12, 31), 50000,
             20000); // B2 straddles
    w.budget(b.tilburg, BK::Cost, BC::Materials, d(2025, 3, 1), d(2025, 3, 31), 2000, 2500); // B3
    w.budget(0, BK::Income, BC::ProvinceSubsidy, d(2025, 1, 1), d(2025, 6, 30), 30000,
             30000); // B4 region as a whole
    w.budget(b.goirle, BK::Cost, BC::Training, d(2025, 2, 1), d(2025, 4, 30), 4000, 1000); // B5
    w.budget(b.tilburg, BK::Income, BC::ClientFees, d(2024, 12, 31), d(2025, 6, 30), 999,
             999); // B6 starts the day before: straddles

    // Targets.
    w.target(b.tilburg, u"deliveries"_s, d(2025, 1, 1), d(2026, 12, 31), 20);     // TA
    w.target(b.tilburg, u"delivery_hours"_s, d(2025, 1, 1), d(2025, 12, 31), 40); // TB
    w.target(b.tilburg, u"trajectories_started.placement"_s, d(2025, 4, 1), d(2025, 6, 30),
             2);                                                                  // TC
    w.target(b.tilburg, u"clients_served"_s, d(2025, 7, 1), d(2025, 12, 31), 10); // TD
    w.target(b.tilburg, u"clients_new"_s, d(2024, 1, 1), d(2024, 12, 31), 10);    // TE
    w.target(b.tilburg, u"providers_active"_s, d(2024, 7, 1), d(2025, 6, 30), 4); // TF
    w.target(b.goirle, u"deliveries"_s, d(2025, 1, 1), d(2025, 12, 31), 10);      // TG
    w.target(0, u"clients_served"_s, d(2025, 1, 1), d(2027, 6, 24), 50);          // RT
    return world;
}

ReportData worldReport(Database &db, const QString &municipality)
{
    ReportRequest request;
    request.kind = ReportKind::Interim1;
    request.municipalityCode = municipality;
    request.from = worldFrom();
    request.to = worldTo();
    Result<ReportData> data = computeReport(db, request);
    if (!data)
        FAIL(data.error().message.toStdString());
    return std::move(data).value();
}

const TypeFigures &typeOf(const Measures &m, const QString &code)
{
    for (const TypeFigures &type : m.deliveriesByType)
        if (type.code == code)
            return type;
    FAIL("no service type " << code.toStdString());
    return m.deliveriesByType.front();
}

} // namespace wzsw::test
