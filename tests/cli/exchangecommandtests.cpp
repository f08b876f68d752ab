#include "cliprocess.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

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

/// A data file with Tilburg and the default service types, and a folder with a valid
/// neighbourhood and client file.
struct Setup
{
    QTemporaryDir dir;
    QString data = dir.filePath(u"data.wzsw"_s);
    QString csv = dir.filePath(u"csv"_s);

    Setup()
    {
        REQUIRE(cli({u"init"_s, data, u"--municipality"_s, u"GM0855"_s, u"--name"_s, u"Tilburg"_s})
                    .exitCode == 0);
        REQUIRE(QDir().mkpath(csv));
        writeFile(csv + u"/neighbourhoods.csv"_s,
                  "code,name,municipality_code\nWK085501,Centrum,GM0855\n");
        writeFile(csv + u"/clients.csv"_s,
                  "code,given_name,family_name,birth_date,neighbourhood_code,target_groups,"
                  "intake_date\n"
                  "C-0001,Truus,Heijden,1941-03-14,WK085501,elderly,2025-01-01\n");
    }

    qint64 clients()
    {
        Result<std::unique_ptr<Database>> db = Database::open(data, Database::Mode::ReadOnly);
        REQUIRE(db.ok());
        return ClientRepository(**db).count().value();
    }
};

} // namespace

TEST_CASE("import and export answer --help on stdout with exit 0")
{
    for (const QString &command : {u"import"_s, u"export"_s}) {
        const test::CliRun run = cli({command, u"--help"_s});
        INFO(command.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(u"wzsw-cli "_s + command));
    }
    CHECK(cli({u"export"_s, u"--help"_s}).out.contains(u"exchange"_s));
}

TEST_CASE("wzsw-cli import stores a valid folder and reports the counts with exit 0")
{
    Setup setup;
    const test::CliRun run = cli({u"import"_s, setup.data, setup.csv});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(u"clients.csv: 1 added, 0 updated, 0 unchanged"_s));
    CHECK(run.err.isEmpty()); // no progress when stderr is not a terminal
    CHECK(setup.clients() == 1);
}

TEST_CASE("wzsw-cli import --dry-run reports the counts and stores nothing")
{
    Setup setup;
    const test::CliRun run = cli({u"import"_s, setup.data, setup.csv, u"--dry-run"_s});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(u"clients.csv: 1 added"_s));
    CHECK(setup.clients() == 0);
}

TEST_CASE("wzsw-cli import with problems lists each on stderr, stores nothing and exits with 1")
{
    Setup setup;
    writeFile(setup.csv + u"/clients.csv"_s,
              "code,given_name,family_name,birth_date,neighbourhood_code,target_groups,"
              "intake_date\n"
              "C-0001,Truus,Heijden,1941-03-14,WK085501,elderly,2025-01-01\n"
              "C-0002,Jan,Jansen,1950-01-01,WK999999,elderly,2025-01-01\n"
              "C-0003,Piet,,1945-01-01,WK085501,elderly,2025-13-01\n");
    const test::CliRun run = cli({u"import"_s, setup.data, setup.csv});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"clients.csv:3: neighbourhood_code: "_s));
    CHECK(run.err.contains(u"clients.csv:4: family_name: "_s));
    CHECK(run.err.contains(u"clients.csv:4: intake_date: "_s));
    CHECK(run.err.contains(u"3 problem"_s));
    CHECK(run.out.isEmpty());
    CHECK(setup.clients() == 0);
}

TEST_CASE("wzsw-cli import with a wrong command line exits with 2")
{
    Setup setup;
    CHECK(cli({u"import"_s, setup.data}).exitCode == 2);
    CHECK(cli({u"import"_s, setup.data, setup.csv, u"--bogus"_s}).exitCode == 2);
}

TEST_CASE("wzsw-cli export --profile exchange writes the files with exit 0")
{
    Setup setup;
    REQUIRE(cli({u"import"_s, setup.data, setup.csv}).exitCode == 0);
    const QString out = setup.dir.filePath(u"out"_s);
    const test::CliRun run =
        cli({u"export"_s, setup.data, u"--profile"_s, u"exchange"_s, u"--out"_s, out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(u"clients.csv: 1 row"_s));
    CHECK(QDir(out).entryList(QDir::Files).size() == 14);
    QFile clients(out + u"/clients.csv"_s);
    REQUIRE(clients.open(QIODevice::ReadOnly));
    CHECK(clients.readAll().startsWith("code,given_name,family_name_prefix,"));
}

TEST_CASE("wzsw-cli export with a wrong command line exits with 2 and writes nothing")
{
    Setup setup;
    const QString out = setup.dir.filePath(u"out"_s);
    const QStringList base{u"export"_s, setup.data, u"--out"_s, out};
    CHECK(cli(base).exitCode == 2); // no --profile
    CHECK(cli(base + QStringList{u"--profile"_s, u"payroll"_s}).exitCode == 2);
    CHECK(cli({u"export"_s, setup.data, u"--profile"_s, u"exchange"_s}).exitCode == 2);
    CHECK(
        cli(base + QStringList{u"--profile"_s, u"exchange"_s, u"--dialect"_s, u"tsv"_s}).exitCode ==
        2);
    CHECK(cli(base + QStringList{u"--profile"_s, u"exchange"_s, u"--from"_s, u"1-1-2025"_s})
              .exitCode == 2);
    const test::CliRun bsn =
        cli(base + QStringList{u"--profile"_s, u"exchange"_s, u"--with-bsn"_s});
    CHECK(bsn.exitCode == 2);
    CHECK(bsn.err.contains(u"--with-bsn"_s));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("wzsw-cli export of a missing data file exits with 1")
{
    QTemporaryDir dir;
    const test::CliRun run = cli({u"export"_s, dir.filePath(u"none.wzsw"_s), u"--profile"_s,
                                  u"exchange"_s, u"--out"_s, dir.filePath(u"out"_s)});
    CHECK(run.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"out"_s)));
}
