#include "seed.h"
#include "services/filechecker.h"
#include "servicetesthelpers.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace wzsw;

// Hidden (run with: wzsw_core_tests "[perf]"): builds a file with 10,000 clients, 500 providers
// and 1,000,000 deliveries, one of them broken, and times the whole file check.
TEST_CASE("the file check reads a million deliveries and finds the one broken",
          "[.][perf][sqlite-only]")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    const Client first = test::storeClient(file.db(), test::validClient(basics.centrum));
    const Provider firstProvider =
        test::storeProvider(file.db(), test::validProvider(basics.noord));
    QElapsedTimer timer;
    timer.start();
    test::rawSql(file.db(), u"BEGIN"_s);
    // Copies of the stored client and provider with their own codes; ids follow on.
    test::rawSql(file.db(), uR"(WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n
        WHERE i < 10000) INSERT INTO clients (code, given_name, family_name, birth_date,
        neighbourhood_id, intake_date) SELECT printf('C-%05d', i), given_name, family_name,
        birth_date, neighbourhood_id, intake_date FROM n, clients WHERE clients.id = 1)"_s);
    test::rawSql(file.db(), uR"(WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n
        WHERE i < 500) INSERT INTO providers (code, given_name, family_name, birth_date,
        neighbourhood_id, background, start_date) SELECT printf('P-%05d', i), given_name,
        family_name, birth_date, neighbourhood_id, background, start_date FROM n, providers
        WHERE providers.id = 1)"_s);
    test::rawSql(file.db(), uR"(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n
        WHERE i < 1000000) INSERT INTO deliveries (client_id, provider_id, service_type_id, date,
        quarter_hours, fee_cents) SELECT 1 + i % 10000, 1 + i % 500, %1,
        date('2025-01-01', '+' || (i % 365) || ' days'), 1 + i % 48, 500 FROM n)"_s.arg(
                                basics.boodschappen));
    test::rawSql(file.db(), u"INSERT INTO client_target_groups (client_id, target_group) "
                            u"SELECT id, 'elderly' FROM clients WHERE id > 1"_s);
    test::rawSql(file.db(), u"PRAGMA ignore_check_constraints = ON"_s);
    test::rawSql(file.db(), u"UPDATE deliveries SET quarter_hours = 52 WHERE id = 1000000"_s);
    test::rawSql(file.db(), u"COMMIT"_s);
    WARN("generated in " << timer.elapsed() << " ms, file of "
                         << QFileInfo(file.path()).size() / (1024 * 1024) << " MiB");
    CHECK(first.id == 1);
    CHECK(firstProvider.id == 1);

    timer.restart();
    const Result<FileCheckReport> report = FileChecker(file.db(), QDate(2026, 1, 1)).run();
    const qint64 elapsed = timer.elapsed();
    WARN("file check of 1,000,000 deliveries took " << elapsed << " ms");
    REQUIRE(report.ok());
    for (const FileProblem &p : report->problems)
        WARN(p.describe().toStdString());
    CHECK(report->summary.problems == 1);
    REQUIRE(report->problems.size() == 1);
    CHECK(report->problems.front().field == u"hours"_s);
}
