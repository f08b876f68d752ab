#include "seed.h"
#include "services/partnerservice.h"
#include "services/providerservice.h"
#include "services/requestservice.h"
#include "services/trajectoryservice.h"
#include "servicetesthelpers.h"
#include "storage/attentionqueries.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

QList<Id> idsOf(const QList<AttentionItem> &items, AttentionKind kind)
{
    QList<Id> ids;
    for (const AttentionItem &item : items)
        if (item.kind == kind)
            ids.append(item.id);
    return ids;
}

} // namespace

TEST_CASE("the attention list flags what is due and leaves out what is not")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    const QDate today(2025, 6, 1);

    // Clients: one without consent (flagged), one with consent, one ended before today.
    const Client noConsent = test::storeClient(file.db(), test::validClient(basics.centrum));
    Client withConsent = test::validClient(basics.noord);
    withConsent.person.familyName = u"Akkoord"_s;
    withConsent.consentDate = QDate(2025, 1, 2);
    withConsent = test::storeClient(file.db(), withConsent);
    Client ended = test::validClient(basics.noord);
    ended.person.familyName = u"Gestopt"_s;
    ended.endDate = QDate(2025, 3, 1);
    ended.endReason = ClientEndReason::Moved;
    ended = test::storeClient(file.db(), ended);

    // Providers: none has an assessment; the one who exited is not flagged.
    const Provider active = test::storeProvider(file.db(), test::validProvider(basics.centrum));
    Provider left = test::validProvider(basics.noord);
    left.person.familyName = u"Vertrokken"_s;
    left.exitDate = QDate(2025, 4, 1);
    left.exitReason = ExitReason::Moved;
    left = test::storeProvider(file.db(), left);
    LadderAssessment recent;
    recent.providerId = active.id;
    recent.date = QDate(2024, 11, 30); // 2025-06-01 minus 6 months is 2024-12-01: one day before
    REQUIRE(ProviderService(file.db()).save(recent).ok());

    // Requests: 2025-05-17 is 15 days before today (flagged), 2025-05-18 is 14 (not).
    RequestService requests(file.db());
    ServiceRequest old;
    old.clientId = noConsent.id;
    old.serviceTypeId = basics.boodschappen;
    old.requestDate = QDate(2025, 5, 17);
    REQUIRE(requests.save(old).ok());
    ServiceRequest fresh = old; // a second request: without the id and version of the first
    fresh.id = 0;
    fresh.version = 0;
    fresh.requestDate = QDate(2025, 5, 18);
    REQUIRE(requests.save(fresh).ok());

    // Trajectories: running past its planned end (flagged), running with time left (not).
    TrajectoryService trajectories(file.db());
    Trajectory overdue;
    overdue.providerId = active.id;
    overdue.startDate = QDate(2025, 1, 1);
    overdue.plannedEndDate = QDate(2025, 5, 31);
    overdue.status = TrajectoryStatus::Running;
    REQUIRE(trajectories.save(overdue).ok());
    Trajectory onTime;
    onTime.providerId = left.id;
    onTime.startDate = QDate(2025, 1, 1);
    onTime.plannedEndDate = QDate(2025, 6, 1);
    onTime.status = TrajectoryStatus::Running;
    REQUIRE(trajectories.save(onTime).ok());

    // Agreements: review in 60 days (2025-07-31, flagged), end in 61 days (not), ended (not),
    // review passed on 2025-05-31 and still signed (flagged as overdue, not as "within 60").
    Partner partner;
    partner.code = u"PA-01"_s;
    partner.name = u"Thebe"_s;
    PartnerService partners(file.db());
    REQUIRE(partners.save(partner).ok());
    Agreement review;
    review.partnerId = partner.id;
    review.title = u"Review"_s;
    review.scopes = {AgreementScope::ClientReferral};
    review.startDate = QDate(2025, 1, 1);
    review.reviewDate = QDate(2025, 7, 31);
    review.status = AgreementStatus::Signed;
    REQUIRE(partners.save(review).ok());
    // The copies are new agreements: without the id and version of the one they copy.
    Agreement later = review;
    later.id = 0;
    later.version = 0;
    later.title = u"Later"_s;
    later.reviewDate = {};
    later.endDate = QDate(2025, 8, 1);
    REQUIRE(partners.save(later).ok());
    Agreement done = review;
    done.id = 0;
    done.version = 0;
    done.title = u"Done"_s;
    done.status = AgreementStatus::Ended;
    REQUIRE(partners.save(done).ok());

    Agreement passed = review;
    passed.id = 0;
    passed.version = 0;
    passed.title = u"Passed"_s;
    passed.reviewDate = QDate(2025, 5, 31);
    REQUIRE(partners.save(passed).ok());

    const QList<AttentionItem> items = AttentionQueries(file.db()).items(today).value();
    CHECK(idsOf(items, AttentionKind::ConsentMissing) == QList<Id>{noConsent.id});
    CHECK(idsOf(items, AttentionKind::LadderMissing) == QList<Id>{active.id});
    CHECK(idsOf(items, AttentionKind::RequestWaiting) == QList<Id>{old.id});
    CHECK(idsOf(items, AttentionKind::TrajectoryOverdue) == QList<Id>{overdue.id});
    CHECK(idsOf(items, AttentionKind::AgreementDue) == QList<Id>{review.id});
    CHECK(idsOf(items, AttentionKind::AgreementOverdue) == QList<Id>{passed.id});
    for (const AttentionItem &item : items)
        if (item.kind == AttentionKind::AgreementDue)
            CHECK(item.subject == u"PA-01 Thebe: Review"_s);
}
