// The server goes away in the middle of a write: a second connection ends the first one's
// session (pg_terminate_backend). The user is told what happened and that nothing was stored,
// and nothing is half stored. Only with a test server; without one these tests end at once.
#include "exchange/importer.h"
#include "seed.h"
#include "serverschema.h"
#include "services/clientservice.h"
#include "storage/personrepository.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <future>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

qint64 backendPid(Database &db)
{
    const Result<QVariant> pid = scalar(db, u"SELECT pg_backend_pid()"_s);
    REQUIRE(pid.ok());
    return pid->toLongLong();
}

/// Ends the session of backend `pid` and waits (up to 5 s) until it is gone; the server's
/// complaint, or empty.
QString terminate(qint64 pid)
{
    return test::onTestServer(u"SELECT pg_terminate_backend(%1, 5000)"_s.arg(pid));
}

void checkLostConnectionMessage(const Error &error)
{
    INFO(error.message.toStdString());
    CHECK(error.message.contains(u"connection to the regional server was lost"_s));
    CHECK(error.message.contains(u"nothing was stored"_s));
    CHECK_FALSE(error.message.contains(u'\n'));
}

} // namespace

TEST_CASE("an import whose server connection ends midway says so and stores no client")
{
    if (test::testServer().isEmpty())
        return;
    test::TempDataFile file;
    test::seedBasics(file.db());
    QTemporaryDir dir;
    // 5,000 clients: the importer asks its progress callback every 4,096 rows, so the
    // connection ends after some 4,096 clients went to the server and before the commit.
    QByteArray csv = "code,given_name,family_name,birth_date,neighbourhood_code,target_groups,"
                     "intake_date\n";
    for (int i = 1; i <= 5000; ++i)
        csv += QStringLiteral("C-%1,Truus,Heijden,1941-03-14,WK085501,elderly,2025-01-01\n")
                   .arg(i, 5, 10, QLatin1Char('0'))
                   .toUtf8();
    const QString path = dir.filePath(u"clients.csv"_s);
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    REQUIRE(out.write(csv) == csv.size());
    out.close();

    const qint64 pid = backendPid(file.db());
    int calls = 0;
    ImportOptions options;
    options.progress = [&](int) {
        if (++calls == 1)
            REQUIRE(terminate(pid).isEmpty());
        return true;
    };
    const Result<ImportReport> report = Importer(file.db()).run({path}, options);
    REQUIRE(calls >= 1);
    REQUIRE_FALSE(report.ok());
    checkLostConnectionMessage(report.error());

    Database &reopened = file.reopen();
    CHECK(ClientRepository(reopened).count().value() == 0);
}

TEST_CASE("a client save whose server connection ends midway says so and stores nothing")
{
    if (test::testServer().isEmpty())
        return;
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());

    // A second connection holds the audit log, so the save waits there: after the client's
    // row was written and before the audit entry and the commit. Meanwhile a third ends the
    // first connection's session.
    Result<std::unique_ptr<Database>> locker = Database::open(file.path());
    REQUIRE(locker.ok());
    REQUIRE(execSql(**locker, u"BEGIN"_s).ok());
    REQUIRE(execSql(**locker, u"LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE"_s).ok());
    const qint64 pid = backendPid(file.db());
    std::future<QString> ended = std::async(std::launch::async, [pid] {
        QThread::msleep(1000); // well within the 5 s the save waits for a lock
        return terminate(pid);
    });

    Client client = test::validClient(basics.centrum);
    const Status saved = ClientService(file.db()).save(client);
    CHECK(ended.get().isEmpty());
    REQUIRE_FALSE(saved.ok());
    checkLostConnectionMessage(saved.error());
    REQUIRE(execSql(**locker, u"ROLLBACK"_s).ok());

    Database &reopened = file.reopen();
    CHECK(ClientRepository(reopened).count().value() == 0);
}
