#include "filedamage.h"
#include "privacyworld.h"
#include "rules/violations.h"
#include "services/bsnpolicy.h"
#include "services/clientservice.h"
#include "services/erasureservice.h"
#include "services/privacysettings.h"
#include "services/providerservice.h"
#include "servicetesthelpers.h"
#include "storage/auditrepository.h"
#include "storage/personrepository.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

Client endedClient(const test::Basics &basics, const QDate &end)
{
    Client client = test::validClient(basics.centrum);
    client.intakeDate = QDate(2020, 1, 1);
    client.endDate = end;
    client.endReason = ClientEndReason::Moved;
    return client;
}

QStringList codesOf(const QList<RetentionDue> &due)
{
    QStringList codes;
    for (const RetentionDue &d : due)
        codes.append(d.code + u' ' + d.relationEnded.toString(Qt::ISODate));
    return codes;
}

} // namespace

TEST_CASE(
    "the retention period is two years unless the file says otherwise, and changes are logged")
{
    test::TempDataFile file;
    PrivacySettings settings(file.db());
    CHECK(settings.retentionYears().value() == 2);
    REQUIRE(settings.setRetentionYears(7).ok());
    CHECK(settings.retentionYears().value() == 7);
    CHECK(
        test::hasViolation(settings.setRetentionYears(0), u"retention_years"_s, Rule::OutOfRange));
    CHECK(
        test::hasViolation(settings.setRetentionYears(31), u"retention_years"_s, Rule::OutOfRange));
    CHECK(settings.retentionYears().value() == 7);
    const AuditEntry last = AuditRepository(file.db()).entries().value().back();
    CHECK(last.entity == u"file_settings"_s);
    CHECK(last.summary == u"retention_years = 7"_s);
}

TEST_CASE("people whose relation ended more than the retention period ago are listed")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    const Client old = test::storeClient(file.db(), endedClient(basics, QDate(2021, 5, 1)));
    const Client boundary = test::storeClient(file.db(), endedClient(basics, QDate(2023, 3, 1)));
    const Client recent = test::storeClient(file.db(), endedClient(basics, QDate(2024, 6, 1)));
    test::storeClient(file.db(), test::validClient(basics.noord)); // no end date
    const Client erased = test::storeClient(file.db(), endedClient(basics, QDate(2020, 6, 1)));
    REQUIRE(
        ErasureService(file.db()).erase(PersonKind::Client, erased.code, QDate(2025, 1, 1)).ok());
    Provider left = test::validProvider(basics.noord);
    left.startDate = QDate(2020, 1, 1);
    left.exitDate = QDate(2022, 12, 31);
    left.exitReason = ExitReason::Education;
    left = test::storeProvider(file.db(), left);

    PrivacySettings settings(file.db());
    // Two years: kept up to and including 2025-03-01 for an end on 2023-03-01, so on
    // 2025-03-01 the cut is "ended before 2023-03-01" and on 2025-03-02 "before 2023-03-02".
    CHECK(codesOf(settings.pastRetention(QDate(2025, 3, 1)).value()) ==
          QStringList{old.code + u" 2021-05-01"_s, left.code + u" 2022-12-31"_s});
    const QList<RetentionDue> dayAfter = settings.pastRetention(QDate(2025, 3, 2)).value();
    CHECK(codesOf(dayAfter) == QStringList{old.code + u" 2021-05-01"_s,
                                           boundary.code + u" 2023-03-01"_s,
                                           left.code + u" 2022-12-31"_s});
    CHECK(dayAfter.back().kind == PersonKind::Provider);
    // Seven years: only what ended before 2018-03-02, which is nobody here.
    REQUIRE(settings.setRetentionYears(7).ok());
    CHECK(settings.pastRetention(QDate(2025, 3, 2)).value().isEmpty());
    (void)recent;
}

TEST_CASE("a file that does not process BSNs refuses them in the services with a clear message")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    PrivacySettings settings(file.db());
    CHECK(settings.processesBsns().value()); // the default
    REQUIRE(settings.setProcessesBsns(false).ok());
    CHECK_FALSE(BsnPolicy::of(file.db()).value().processesBsns());

    Client client = test::validClient(basics.centrum);
    client.person.bsn = u"111222333"_s;
    const Status refused = ClientService(file.db()).save(client);
    CHECK(test::hasViolation(refused, u"bsn"_s, Rule::BsnNotProcessed));
    CHECK(test::messageFor(refused, u"bsn"_s).contains(u"does not process BSNs"_s));
    Provider provider = test::validProvider(basics.noord);
    provider.person.bsn = u"123456782"_s;
    CHECK(test::hasViolation(ProviderService(file.db()).save(provider), u"bsn"_s,
                             Rule::BsnNotProcessed));

    client.person.bsn.clear();
    CHECK(ClientService(file.db()).save(client).ok());
}

TEST_CASE("the BSN policy the importer uses flags a BSN only when BSNs are not processed")
{
    test::TempDataFile file;
    Violations processed(u"client"_s, u"C-0001"_s);
    BsnPolicy::of(file.db()).value().check(u"111222333"_s, processed);
    CHECK(processed.isEmpty());

    REQUIRE(PrivacySettings(file.db()).setProcessesBsns(false).ok());
    const BsnPolicy policy = BsnPolicy::of(file.db()).value();
    Violations refused(u"client"_s, u"C-0001"_s);
    policy.check(u"111222333"_s, refused);
    policy.check(u"  "_s, refused); // empty after trimming: nothing to refuse
    REQUIRE(refused.list().size() == 1);
    CHECK(refused.list().front().field == u"bsn"_s);
    CHECK(refused.list().front().rule == Rule::BsnNotProcessed);
    CHECK(refused.list().front().record == u"C-0001"_s);
}

TEST_CASE("switching BSNs off is refused while BSNs are stored, and removing them erases them",
          "[sqlite-only]")
{
    test::TempDataFile file;
    const test::PrivacyWorld w = test::makePrivacyWorld(file.db());
    PrivacySettings settings(file.db());
    const Status refused = settings.setProcessesBsns(false);
    CHECK(test::hasViolation(refused, u"bsn_processed"_s, Rule::InUse));
    CHECK(settings.processesBsns().value());

    const Result<qint64> removed = settings.stopProcessingBsns();
    REQUIRE(removed.ok());
    CHECK(*removed == 2); // Truus and Kees
    CHECK_FALSE(settings.processesBsns().value());
    CHECK(ClientRepository(file.db()).find(w.kees.id).value().person.bsn.isEmpty());
    const QByteArray bytes = test::fileBytes(file.path());
    CHECK_FALSE(bytes.contains("111222333"));
    CHECK_FALSE(bytes.contains("123456782"));
    CHECK(AuditRepository(file.db()).entries().value().back().summary ==
          u"BSN processing off; BSNs removed: 2"_s);
    REQUIRE(settings.setProcessesBsns(true).ok());
    CHECK(settings.processesBsns().value());
}
