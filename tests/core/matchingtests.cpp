#include "rules/matching.h"
#include "seed.h"
#include "services/deliveryservice.h"
#include "services/requestservice.h"
#include "services/trajectoryservice.h"
#include "servicetesthelpers.h"
#include "storage/matchqueries.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

MatchCandidate candidate(const QString &code, Id neighbourhood, Id municipality)
{
    MatchCandidate c;
    c.providerId = code.right(1).toLongLong();
    c.code = code;
    c.neighbourhoodId = neighbourhood;
    c.municipalityId = municipality;
    return c;
}

QStringList codesOf(const QList<RankedProvider> &ranked)
{
    QStringList codes;
    for (const RankedProvider &r : ranked)
        codes.append(r.candidate.code);
    return codes;
}

} // namespace

TEST_CASE("ranking adds the points of each reason and orders best first")
{
    // The client lives in neighbourhood 11 of municipality 1.
    const MatchClientPlace client{11, 1};

    // P-1: type (40) + same neighbourhood (25) + 8 h a week, 3 h done -> 5 left (20) = 85.
    MatchCandidate p1 = candidate(u"P-1"_s, 11, 1);
    p1.deliversServiceType = true;
    p1.hoursPerWeek = 8;
    p1.quarterHoursThisWeek = 12;
    // P-2: type (40) + same municipality only (10) + 4 h, 4 h done -> 0 left (0)
    //      + served the client before (15) + running trajectory (10) = 75.
    MatchCandidate p2 = candidate(u"P-2"_s, 12, 1);
    p2.deliversServiceType = true;
    p2.hoursPerWeek = 4;
    p2.quarterHoursThisWeek = 16;
    p2.deliveriesToClient = 3;
    p2.hasRunningTrajectory = true;
    // P-3: no type (0) + same neighbourhood (25) + 10 h left (20) + continuity (15) = 60.
    MatchCandidate p3 = candidate(u"P-3"_s, 11, 1);
    p3.hoursPerWeek = 10;
    p3.deliveriesToClient = 1;
    // P-4: type (40) + other municipality (0) + 1.5 h left (5) + trajectory (10) = 55.
    MatchCandidate p4 = candidate(u"P-4"_s, 21, 2);
    p4.deliversServiceType = true;
    p4.hoursPerWeek = 1.5;
    p4.hasRunningTrajectory = true;

    const QList<RankedProvider> ranked = rankProviders(client, {p4, p3, p2, p1});
    CHECK(codesOf(ranked) == QStringList{u"P-1"_s, u"P-2"_s, u"P-3"_s, u"P-4"_s});
    CHECK(ranked[0].score == 85);
    CHECK(ranked[0].hoursLeft == 5.0);
    CHECK(ranked[0].reasons == QList<MatchReason>{MatchReason::DeliversServiceType,
                                                  MatchReason::SameNeighbourhood,
                                                  MatchReason::HoursLeft});
    CHECK(ranked[1].score == 75);
    CHECK(ranked[1].hoursLeft == 0.0);
    CHECK(ranked[1].reasons ==
          QList<MatchReason>{MatchReason::DeliversServiceType, MatchReason::SameMunicipality,
                             MatchReason::ServedClientBefore, MatchReason::NeedsPracticeHours});
    CHECK(ranked[2].score == 60);
    CHECK(ranked[3].score == 55);
    CHECK(ranked[3].reasons.contains(MatchReason::FewHoursLeft));
}

TEST_CASE("ranking breaks equal scores by hours left, then by code")
{
    const MatchClientPlace client{11, 1};
    // All three: type (40) + neighbourhood (25) + at least 2 h left (20) = 85.
    MatchCandidate a = candidate(u"P-7"_s, 11, 1);
    MatchCandidate b = candidate(u"P-8"_s, 11, 1);
    MatchCandidate c = candidate(u"P-9"_s, 11, 1);
    for (MatchCandidate *m : {&a, &b, &c})
        m->deliversServiceType = true;
    a.hoursPerWeek = 4; // 4 h left
    b.hoursPerWeek = 6; // 6 h left: first
    c.hoursPerWeek = 4; // 4 h left, tie with P-7: by code, P-7 first
    CHECK(codesOf(rankProviders(client, {c, a, b})) == QStringList{u"P-8"_s, u"P-7"_s, u"P-9"_s});
}

TEST_CASE("the match query reads type, place, this week's hours, continuity and trajectory "
          "of the active providers only")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    const Client client = test::storeClient(file.db(), test::validClient(basics.centrum));

    Provider near = test::validProvider(basics.centrum);
    near.serviceTypeIds = {basics.boodschappen};
    near.hoursPerWeek = 6;
    near = test::storeProvider(file.db(), near);
    Provider far = test::validProvider(basics.goirleCentrum);
    far.person.bsn.clear();
    far.person.familyName = u"Anders"_s;
    far.serviceTypeIds = {basics.klusjes};
    far = test::storeProvider(file.db(), far);
    Provider gone = test::validProvider(basics.centrum);
    gone.person.bsn.clear();
    gone.person.familyName = u"Weg"_s;
    gone.exitDate = QDate(2025, 3, 1);
    gone.exitReason = ExitReason::Moved;
    gone = test::storeProvider(file.db(), gone);

    // Wednesday 2025-06-11: the week runs Monday 9 to Sunday 15 June.
    const QDate day(2025, 6, 11);
    DeliveryService deliveries(file.db());
    for (const QDate &date : {QDate(2025, 6, 9), QDate(2025, 6, 15), QDate(2025, 6, 8)}) {
        Delivery d;
        d.clientId = client.id;
        d.providerId = near.id;
        d.serviceTypeId = basics.boodschappen;
        d.date = date;
        d.quarterHours = 6; // 1.5 h
        REQUIRE(deliveries.save(d).ok());
    }
    Trajectory running;
    running.providerId = far.id;
    running.startDate = QDate(2025, 1, 1);
    running.status = TrajectoryStatus::Running;
    REQUIRE(TrajectoryService(file.db()).save(running).ok());

    ServiceRequest request;
    request.clientId = client.id;
    request.serviceTypeId = basics.boodschappen;
    request.requestDate = QDate(2025, 6, 1);
    REQUIRE(RequestService(file.db()).save(request).ok());

    const MatchQueries queries(file.db());
    const MatchClientPlace place = queries.clientPlace(client.id).value();
    CHECK(place.neighbourhoodId == basics.centrum);
    CHECK(place.municipalityId == basics.tilburg);
    const QList<MatchCandidate> found = queries.candidates(request, day).value();
    REQUIRE(found.size() == 2); // the provider who left in March is not offered
    const auto &n = found[0].providerId == near.id ? found[0] : found[1];
    const auto &f = found[0].providerId == near.id ? found[1] : found[0];
    CHECK(n.deliversServiceType);
    CHECK(n.quarterHoursThisWeek == 12); // 9 and 15 June, not 8 June: 6 + 6 quarters
    CHECK(n.deliveriesToClient == 3);
    CHECK_FALSE(n.hasRunningTrajectory);
    CHECK(n.hoursPerWeek == 6.0);
    CHECK_FALSE(f.deliversServiceType);
    CHECK(f.municipalityId == basics.goirle);
    CHECK(f.hasRunningTrajectory);

    // near: 40 + 25 + (6 - 3 = 3 h left: 20) + 15 = 100;
    // far: no type, other municipality, 16 h left (20) + running trajectory (10) = 30.
    const QList<RankedProvider> ranked = rankProviders(place, found);
    CHECK(ranked[0].candidate.providerId == near.id);
    CHECK(ranked[0].score == 100);
    CHECK(ranked[1].score == 30);
}
