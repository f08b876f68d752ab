// wzsw-cli against the regional server: every command takes a connection string, passwords
// stay out of sight, and migrate moves a local file over and back. Only with a test server
// (WZSW_TEST_POSTGRES, see tools/pg-test-server); without one these tests end at once.
#include "cliprocess.h"
#include "serverschema.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

test::CliRun cli(const QStringList &arguments)
{
    return test::runCli(QStringLiteral(WZSW_CLI_PATH), arguments);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// Non-blank lines of a CSV file, the header included.
qsizetype lineCount(const QString &path)
{
    qsizetype lines = 0;
    for (const QByteArray &line : readFile(path).split('\n'))
        if (!line.trimmed().isEmpty())
            ++lines;
    return lines;
}

/// One municipality's data in the exchange format: Tilburg with 2 neighbourhoods, 3 clients,
/// 1 provider and 2 deliveries.
void writeTilburg(const QString &folder)
{
    REQUIRE(QDir().mkpath(folder));
    writeFile(folder + u"/municipalities.csv"_s, "code,name\nGM0855,Tilburg\n");
    writeFile(folder + u"/neighbourhoods.csv"_s,
              "code,name,municipality_code\nWK085501,Centrum,GM0855\nWK085502,Noord,GM0855\n");
    writeFile(folder + u"/clients.csv"_s,
              "code,given_name,family_name,birth_date,neighbourhood_code,target_groups,"
              "intake_date\n"
              "C-0001,Truus,Heijden,1941-03-14,WK085501,elderly,2025-01-01\n"
              "C-0002,Ümit,Öztürk,1950-06-30,WK085502,elderly,2025-01-15\n"
              "C-0003,Jan,Smit,1945-11-02,WK085501,elderly,2025-02-01\n");
    writeFile(folder + u"/providers.csv"_s,
              "code,given_name,family_name,birth_date,neighbourhood_code,background,"
              "service_type_codes,hours_per_week,start_date\n"
              "P-0001,Mehmet,Yılmaz,1988-07-02,WK085502,welfare_benefit,tuin|boodschappen,12.5,"
              "2025-01-01\n");
    writeFile(folder + u"/deliveries.csv"_s,
              "client_code,provider_code,service_type_code,date,hours,fee,note\n"
              "C-0001,P-0001,boodschappen,2025-02-03,1.5,,\n"
              "C-0002,P-0001,boodschappen,2025-03-10,2,,\n");
}

/// A local data file with Tilburg's data (writeTilburg), made with wzsw-cli.
QString makeTilburgFile(const QTemporaryDir &dir)
{
    const QString file = dir.filePath(u"tilburg.wzsw"_s);
    REQUIRE(cli({u"init"_s, file, u"--municipality"_s, u"GM0855"_s, u"--name"_s, u"Tilburg"_s})
                .exitCode == 0);
    writeTilburg(dir.filePath(u"tilburg-csv"_s));
    const test::CliRun imported = cli({u"import"_s, file, dir.filePath(u"tilburg-csv"_s)});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    return file;
}

/// A fresh schema on the test server with the WZSW tables, Tilburg and the default service
/// types, made with wzsw-cli init.
struct RegionalServer
{
    test::ServerSchema schema;
    QString location = schema.location();

    RegionalServer()
    {
        const test::CliRun run =
            cli({u"init"_s, location, u"--municipality"_s, u"GM0855"_s, u"--name"_s, u"Tilburg"_s});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
};

/// The exchange export of `location` into `folder`.
void exportExchange(const QString &location, const QString &folder)
{
    const test::CliRun run =
        cli({u"export"_s, location, u"--profile"_s, u"exchange"_s, u"--out"_s, folder});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

QString withPassword(const QString &location, const QString &password)
{
    QUrl url(location);
    url.setPassword(password);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

TEST_CASE("init on the server creates the tables and names the server without its password")
{
    if (test::testServer().isEmpty())
        return;
    test::ServerSchema schema;
    const test::CliRun run = cli({u"init"_s, schema.location(), u"--municipality"_s, u"GM0855"_s,
                                  u"--name"_s, u"Tilburg"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith(u"Created postgresql://wzsw_test@127.0.0.1:"_s));
    CHECK_FALSE(run.out.contains(test::ServerSchema::password()));
    // A second init finds the tables there and changes nothing.
    const test::CliRun again = cli({u"init"_s, schema.location()});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(u"already holds WZSW data"_s));
    CHECK_FALSE(again.err.contains(test::ServerSchema::password()));
}

TEST_CASE("init on the server without maintenance=1 says that creating the tables needs it")
{
    if (test::testServer().isEmpty())
        return;
    test::ServerSchema schema;
    const test::CliRun run = cli({u"init"_s, schema.location(false)});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"maintenance=1"_s));
    // Nothing was made: an init with maintenance=1 afterwards finds an empty schema.
    CHECK(cli({u"init"_s, schema.location()}).exitCode == 0);
}

TEST_CASE("init on the server with a wrong municipality code makes no tables")
{
    if (test::testServer().isEmpty())
        return;
    test::ServerSchema schema;
    const test::CliRun wrong = cli(
        {u"init"_s, schema.location(), u"--municipality"_s, u"GM855"_s, u"--name"_s, u"Tilburg"_s});
    CHECK(wrong.exitCode == 1);
    // The schema is still empty: init with the right code creates the tables.
    const test::CliRun right = cli({u"init"_s, schema.location(), u"--municipality"_s, u"GM0855"_s,
                                    u"--name"_s, u"Tilburg"_s});
    INFO(right.err.toStdString());
    CHECK(right.exitCode == 0);
}

TEST_CASE("every command works on a connection string, or says why it does not")
{
    if (test::testServer().isEmpty())
        return;
    RegionalServer server;
    QTemporaryDir dir;
    writeTilburg(dir.filePath(u"csv"_s));

    const test::CliRun imported = cli({u"import"_s, server.location, dir.filePath(u"csv"_s)});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(u"clients.csv: 3 added, 0 updated, 0 unchanged"_s));

    exportExchange(server.location, dir.filePath(u"out"_s));
    CHECK(lineCount(dir.filePath(u"out/clients.csv"_s)) == 1 + 3); // header and 3 clients

    const test::CliRun report =
        cli({u"report"_s, server.location, u"--kind"_s, u"monthly"_s, u"--from"_s, u"2025-01-01"_s,
             u"--to"_s, u"2025-12-31"_s, u"--json"_s, dir.filePath(u"report.json"_s)});
    INFO(report.err.toStdString());
    CHECK(report.exitCode == 0);

    const test::CliRun check = cli({u"check"_s, server.location});
    INFO(check.out.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(u"checked by the regional server itself"_s));
    CHECK(check.out.contains(u"No problems found."_s));

    const test::CliRun backup = cli({u"backup"_s, server.location, dir.filePath(u"b.wzsw"_s)});
    CHECK(backup.exitCode == 1);
    CHECK(backup.err.contains(u"pg_dump"_s));
    CHECK_FALSE(QFile::exists(dir.filePath(u"b.wzsw"_s)));

    const test::CliRun access = cli({u"subject-access"_s, server.location, u"--client"_s,
                                     u"C-0001"_s, u"--out"_s, dir.filePath(u"access"_s)});
    INFO(access.err.toStdString());
    CHECK(access.exitCode == 0);

    const test::CliRun erase =
        cli({u"erase"_s, server.location, u"--client"_s, u"C-0003"_s, u"--yes"_s});
    INFO(erase.err.toStdString());
    CHECK(erase.exitCode == 0);

    const test::CliRun audit = cli({u"audit"_s, server.location, u"--format"_s, u"csv"_s});
    INFO(audit.err.toStdString());
    CHECK(audit.exitCode == 0);
    CHECK(audit.out.contains(u"import"_s));

    // The erased client's record stays for the figures, without name: Jan Smit is gone.
    exportExchange(server.location, dir.filePath(u"after-erase"_s));
    const QByteArray clients = readFile(dir.filePath(u"after-erase/clients.csv"_s));
    CHECK(clients.contains("Truus"));
    CHECK_FALSE(clients.contains("Smit"));
    CHECK(erase.out.contains(u"regional server"_s));
    CHECK(erase.err.isEmpty()); // no warnings of a database-wide VACUUM

    for (const QString &output : {imported.out, imported.err, check.out, check.err, backup.err,
                                  access.out, erase.out, audit.out, audit.err})
        CHECK_FALSE(output.contains(test::ServerSchema::password()));
}

TEST_CASE("demo fills a fresh schema on the server")
{
    if (test::testServer().isEmpty())
        return;
    test::ServerSchema schema;
    const test::CliRun run = cli({u"demo"_s, schema.location(), u"--clients"_s, u"20"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(u"20 clients"_s));
    CHECK_FALSE(run.out.contains(test::ServerSchema::password()));
}

TEST_CASE("a wrong password in the connection string is never printed by any command")
{
    if (test::testServer().isEmpty())
        return;
    RegionalServer server;
    QTemporaryDir dir;
    const QString secret = u"Wr0ngPassw0rd-7Q"_s;
    const QString wrong = withPassword(server.location, secret);
    const QString file = makeTilburgFile(dir);
    const QList<QStringList> commands{
        {u"init"_s, wrong},
        {u"demo"_s, wrong, u"--clients"_s, u"5"_s},
        {u"import"_s, wrong, dir.filePath(u"tilburg-csv"_s)},
        {u"export"_s, wrong, u"--profile"_s, u"exchange"_s, u"--out"_s, dir.filePath(u"x"_s)},
        {u"report"_s, wrong, u"--kind"_s, u"final"_s, u"--region"_s},
        {u"check"_s, wrong},
        {u"backup"_s, wrong, dir.filePath(u"b.wzsw"_s)},
        {u"subject-access"_s, wrong, u"--client"_s, u"C-0001"_s, u"--out"_s, dir.filePath(u"s"_s)},
        {u"erase"_s, wrong, u"--client"_s, u"C-0001"_s, u"--yes"_s},
        {u"audit"_s, wrong},
        {u"migrate"_s, file, wrong},
    };
    for (const QStringList &arguments : commands) {
        const test::CliRun run = cli(arguments);
        INFO(arguments.front().toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK_FALSE(run.err.isEmpty());
        CHECK_FALSE(run.out.contains(secret));
        CHECK_FALSE(run.err.contains(secret));
    }
}

TEST_CASE("a connection string without a password takes it from PGPASSWORD or ~/.pgpass")
{
    if (test::testServer().isEmpty())
        return;
    RegionalServer server;
    QTemporaryDir home;
    const QUrl url(test::testServer());
    const QString bare = withPassword(server.location, QString());
    REQUIRE_FALSE(bare.contains(test::ServerSchema::password()));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"PGPASSWORD"_s);
    environment.remove(u"PGPASSFILE"_s);
    environment.insert(u"HOME"_s, home.path());
    // No password anywhere: the server refuses, which shows that the two below are used.
    const test::CliRun refused =
        test::runCli(QStringLiteral(WZSW_CLI_PATH), {u"check"_s, bare}, environment);
    CHECK(refused.exitCode == 1);

    QProcessEnvironment withVariable = environment;
    withVariable.insert(u"PGPASSWORD"_s, test::ServerSchema::password());
    const test::CliRun fromVariable =
        test::runCli(QStringLiteral(WZSW_CLI_PATH), {u"check"_s, bare}, withVariable);
    INFO(fromVariable.err.toStdString());
    CHECK(fromVariable.exitCode == 0);

    // ~/.pgpass: host:port:database:user:password, readable by its owner only.
    const QString passFile = home.filePath(u".pgpass"_s);
    writeFile(passFile,
              (url.host() + u':' + QString::number(url.port()) + u':' + url.path().mid(1) + u':' +
               url.userName() + u':' + test::ServerSchema::password() + u'\n')
                  .toUtf8());
    REQUIRE(QFile::setPermissions(passFile, QFile::ReadOwner | QFile::WriteOwner));
    const test::CliRun fromFile =
        test::runCli(QStringLiteral(WZSW_CLI_PATH), {u"check"_s, bare}, environment);
    INFO(fromFile.err.toStdString());
    CHECK(fromFile.exitCode == 0);
}

TEST_CASE("migrate copies a local file to the server with its codes, and an exchange export "
          "brings the same records back into a new file")
{
    if (test::testServer().isEmpty())
        return;
    RegionalServer server;
    QTemporaryDir dir;
    const QString file = makeTilburgFile(dir);

    const test::CliRun run = cli({u"migrate"_s, file, server.location});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // The server had Tilburg and the 10 default service types from its init; the rest is new.
    CHECK(run.out.contains(u"municipalities.csv: 0 copied, 1 already on the server"_s));
    CHECK(run.out.contains(u"neighbourhoods.csv: 2 copied, 0 already on the server"_s));
    CHECK(run.out.contains(u"service_types.csv: 0 copied, 10 already on the server"_s));
    CHECK(run.out.contains(u"clients.csv: 3 copied, 0 already on the server"_s));
    CHECK(run.out.contains(u"providers.csv: 1 copied, 0 already on the server"_s));
    CHECK(run.out.contains(u"deliveries.csv: 2 copied, 0 already on the server"_s));
    CHECK_FALSE(run.out.contains(test::ServerSchema::password()));

    // Again: everything is there already, nothing is copied twice.
    const test::CliRun again = cli({u"migrate"_s, file, server.location});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(u"clients.csv: 0 copied, 3 already on the server"_s));
    CHECK(again.out.contains(u"deliveries.csv: 0 copied, 2 already on the server"_s));

    // The way back: the server's exchange export into a new local file.
    exportExchange(server.location, dir.filePath(u"from-server"_s));
    const QString back = dir.filePath(u"back.wzsw"_s);
    REQUIRE(cli({u"init"_s, back}).exitCode == 0);
    const test::CliRun imported = cli({u"import"_s, back, dir.filePath(u"from-server"_s)});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(u"clients.csv: 3 added, 0 updated, 0 unchanged"_s));

    // The same records: the exchange files of the original and of the returned file agree
    // byte for byte.
    exportExchange(file, dir.filePath(u"original"_s));
    exportExchange(back, dir.filePath(u"returned"_s));
    const QStringList names = QDir(dir.filePath(u"original"_s)).entryList({u"*.csv"_s});
    REQUIRE(names.size() == 14); // one file per entity of the exchange format
    for (const QString &name : names) {
        INFO(name.toStdString());
        CHECK(readFile(dir.filePath(u"original/"_s + name)) ==
              readFile(dir.filePath(u"returned/"_s + name)));
    }
    CHECK(lineCount(dir.filePath(u"returned/deliveries.csv"_s)) == 1 + 2);
}

TEST_CASE("migrate lists every conflict and copies nothing when the server holds other data")
{
    if (test::testServer().isEmpty())
        return;
    RegionalServer server;
    QTemporaryDir dir;
    const QString first = makeTilburgFile(dir);
    REQUIRE(cli({u"migrate"_s, first, server.location}).exitCode == 0);

    // Another file: C-0001 with another given name, a municipality the server lacks, and a
    // new client C-0004 that would be fine on its own.
    const QString other = dir.filePath(u"other.wzsw"_s);
    REQUIRE(cli({u"init"_s, other, u"--municipality"_s, u"GM0855"_s, u"--name"_s, u"Tilburg"_s})
                .exitCode == 0);
    const QString csv = dir.filePath(u"other-csv"_s);
    REQUIRE(QDir().mkpath(csv));
    writeFile(csv + u"/municipalities.csv"_s, "code,name\nGM0785,Goirle\n");
    writeFile(csv + u"/neighbourhoods.csv"_s, "code,name,municipality_code\n"
                                              "WK085501,Centrum,GM0855\n");
    writeFile(csv + u"/clients.csv"_s,
              "code,given_name,family_name,birth_date,neighbourhood_code,target_groups,"
              "intake_date\n"
              "C-0001,Geertruida,Heijden,1941-03-14,WK085501,elderly,2025-01-01\n"
              "C-0004,Kees,Jansen,1939-05-05,WK085501,elderly,2025-03-01\n");
    REQUIRE(cli({u"import"_s, other, csv}).exitCode == 0);

    const test::CliRun run = cli({u"migrate"_s, other, server.location});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"municipalities.csv:2: code: Conflict: the server has no "
                           u"municipality GM0785"_s));
    CHECK(run.err.contains(u"clients.csv:2: code: Conflict: the server holds"_s));
    CHECK(run.err.contains(u"C-0001"_s));
    CHECK(run.err.contains(u"nothing was copied"_s));

    // Nothing changed on the server: still Truus, no Kees, no Goirle.
    exportExchange(server.location, dir.filePath(u"server"_s));
    CHECK(lineCount(dir.filePath(u"server/clients.csv"_s)) == 1 + 3);
    CHECK(readFile(dir.filePath(u"server/clients.csv"_s)).contains("Truus"));
    CHECK_FALSE(readFile(dir.filePath(u"server/clients.csv"_s)).contains("Kees"));
    CHECK(lineCount(dir.filePath(u"server/municipalities.csv"_s)) == 1 + 1);
}

TEST_CASE("migrate wants a local file first and a connection string second")
{
    QTemporaryDir dir;
    CHECK(cli({u"migrate"_s, dir.filePath(u"a.wzsw"_s), dir.filePath(u"b.wzsw"_s)}).exitCode == 2);
    CHECK(cli({u"migrate"_s, u"postgresql://anna@localhost/wzsw"_s, dir.filePath(u"a.wzsw"_s)})
              .exitCode == 2);
    CHECK(cli({u"migrate"_s, u"--help"_s}).out.contains(u"wzsw-cli migrate"_s));
}
