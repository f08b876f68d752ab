#include "demo/demogenerator.h"
#include "domain/partner.h"
#include "storage/auditrepository.h"
#include "storage/partnerrepository.h"
#include "storage/personrepository.h"
#include "storage/workrepositories.h"
#include "testsupport.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace wzsw;

// What the reports and exports need to show something in every corner: one demo of 400
// clients (the default) looked at from several sides.

namespace {

struct Demo
{
    test::TempDataFile file;
    DemoSummary summary;

    Demo()
    {
        const Result<DemoSummary> result = generateDemo(file.db(), DemoOptions{});
        REQUIRE(result.ok());
        summary = *result;
    }
};

template <typename T> QList<T> all(const Result<QList<T>> &rows)
{
    REQUIRE(rows.ok());
    return *rows;
}

/// Whether an agreement is flagged in a report ending on `reportEnd`: signed, and its end or
/// review date after that day and at most 60 days later (reports.md, agreements_expiring).
bool expiresAfter(const Agreement &a, const QDate &reportEnd)
{
    const auto within = [&](const QDate &date) {
        return date.isValid() && date > reportEnd && date <= reportEnd.addDays(60);
    };
    return a.status == AgreementStatus::Signed && (within(a.endDate) || within(a.reviewDate));
}

} // namespace

TEST_CASE("the default demo has agreements expiring after each interim report")
{
    Demo demo;
    const QList<Agreement> agreements = all(PartnerRepository(demo.file.db()).agreements().list());
    CHECK(agreements.size() == demo.summary.agreements);
    CHECK(std::any_of(agreements.cbegin(), agreements.cend(), [](const Agreement &a) {
        return expiresAfter(a, DemoCalendar::interim1());
    }));
    CHECK(std::any_of(agreements.cbegin(), agreements.cend(), [](const Agreement &a) {
        return expiresAfter(a, DemoCalendar::interim2());
    }));
    QSet<AgreementStatus> statuses;
    for (const Agreement &a : agreements)
        statuses.insert(a.status);
    CHECK(statuses.size() == 4);
    const QList<Partner> partners = all(PartnerRepository(demo.file.db()).partners().list());
    CHECK(std::any_of(partners.cbegin(), partners.cend(),
                      [](const Partner &p) { return p.municipalityId == 0; }));
    QSet<PartnerKind> kinds;
    for (const Partner &p : partners)
        kinds.insert(p.kind);
    CHECK(kinds.size() == 10);
}

TEST_CASE("the default demo has every status and outcome the reports count")
{
    Demo demo;
    Database &db = demo.file.db();
    QSet<TrajectoryStatus> trajectoryStatuses;
    for (const Trajectory &t : all(TrajectoryRepository(db).list()))
        trajectoryStatuses.insert(t.status);
    CHECK(trajectoryStatuses.size() == 4);
    QSet<RequestStatus> requestStatuses;
    for (const ServiceRequest &r : all(RequestRepository(db).list()))
        requestStatuses.insert(r.status);
    CHECK(requestStatuses.size() == 4);

    const QList<Provider> providers = all(ProviderRepository(db).list());
    const auto anyProvider = [&](const std::function<bool(const Provider &)> &test) {
        return std::any_of(providers.cbegin(), providers.cend(), test);
    };
    CHECK(anyProvider([](const Provider &p) { return p.exitReason && isPaidWork(*p.exitReason); }));
    CHECK(anyProvider([](const Provider &p) { return p.course.certifiedDate.isValid(); }));
    CHECK(anyProvider([](const Provider &p) { return p.course.droppedDate.isValid(); }));
    CHECK(anyProvider([](const Provider &p) {
        return p.course.isEnrolled() && !p.course.certifiedDate.isValid() &&
               !p.course.droppedDate.isValid();
    }));
}

TEST_CASE("the default demo's people look like Midden-Brabant's")
{
    Demo demo;
    const QList<Client> clients = all(ClientRepository(demo.file.db()).list());
    const auto anyClient = [&](const std::function<bool(const Client &)> &test) {
        return std::any_of(clients.cbegin(), clients.cend(), test);
    };
    CHECK(anyClient([](const Client &c) { return c.person.familyNamePrefix == u"van der"_s; }));
    CHECK(anyClient([](const Client &c) {
        // A name with a letter outside ASCII: Çelik, Müller, Zoë, ...
        const QString name = c.person.givenName + c.person.familyName;
        return std::any_of(name.cbegin(), name.cend(), [](QChar ch) { return ch.unicode() > 127; });
    }));
    CHECK(anyClient([](const Client &c) { return c.person.bsn.isEmpty(); }));
    CHECK(anyClient([](const Client &c) { return !c.person.bsn.isEmpty(); }));
    CHECK(anyClient([](const Client &c) { return !c.consentDate.isValid(); }));
    CHECK(anyClient([](const Client &c) { return !c.person.email.isEmpty(); }));
    CHECK(anyClient([](const Client &c) { return c.person.phone.startsWith(u"013-"_s); }));
    CHECK(anyClient([](const Client &c) { return c.person.phone.startsWith(u"06-"_s); }));
    CHECK(anyClient([](const Client &c) { return c.endReason == ClientEndReason::Deceased; }));
    for (const Client &c : clients) {
        CHECK(c.person.postcode.size() == 7);
        if (c.person.place == u"Tilburg"_s)
            CHECK(c.person.postcode.startsWith(u"50"_s));
        if (!c.person.email.isEmpty())
            CHECK(c.person.email.contains(u"@example."_s));
    }
}

TEST_CASE("the default demo plans every municipality and the region")
{
    Demo demo;
    PlanningRepository planning(demo.file.db());
    const QList<ProjectSettings> settings = all(planning.settings().list());
    // Ten municipalities and the region.
    REQUIRE(settings.size() == 11);
    for (const ProjectSettings &s : settings) {
        CHECK(s.projectStart == QDate(2025, 1, 1));
        CHECK(s.interim1 == QDate(2025, 6, 30));
        CHECK(s.interim2 == QDate(2025, 12, 31));
        CHECK(s.projectEnd == QDate(2026, 12, 31));
        CHECK(!s.projectLeader.isEmpty());
    }
    QSet<Id> targetScopes;
    for (const Target &t : all(planning.targets().list()))
        targetScopes.insert(t.municipalityId);
    CHECK(targetScopes.size() == 11);
    QSet<QString> budgetKinds;
    QSet<BudgetCategory> categories;
    for (const BudgetLine &line : all(planning.budget().list())) {
        budgetKinds.insert(toCode(line.kind));
        categories.insert(line.category);
    }
    CHECK(budgetKinds.size() == 2);
    // All nine categories are used, between income and cost.
    CHECK(categories.size() == 9);

    const QList<AuditEntry> audit = all(AuditRepository(demo.file.db()).entries());
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().action == u"generate"_s);
    CHECK(audit.first().summary.startsWith(u"demo generated"_s));
}
