// wzsw-cli export with the department profiles: the options of cli.md, --reason for names or
// BSNs, --lang for the titles, and the exit codes.

#include "cliprocess.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
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

/// A demo file of 30 clients (project 2025-01-01 .. 2026-12-31).
struct DemoSetup
{
    QTemporaryDir dir;
    QString data = dir.filePath(u"demo.wzsw"_s);

    DemoSetup() { REQUIRE(cli({u"demo"_s, data, u"--clients"_s, u"30"_s}).exitCode == 0); }
};

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("wzsw-cli export --profile wmo writes an excel-nl file with pseudonyms, exit 0")
{
    DemoSetup setup;
    const QString out = setup.dir.filePath(u"wmo.csv"_s);
    const test::CliRun run =
        cli({u"export"_s, setup.data, u"--profile"_s, u"wmo"_s, u"--recipient"_s, u"Wmo Tilburg"_s,
             u"--from"_s, u"2025-01-01"_s, u"--to"_s, u"2025-12-31"_s, u"--lang"_s, u"en"_s,
             u"--out"_s, out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(u"wmo.csv: "_s));
    const QByteArray bytes = bytesOf(out);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "person id;birth year;neighbourhood code;"));
    CHECK(bytes.contains("\r\nPS-"));
}

TEST_CASE("wzsw-cli export --with-names needs --reason and exits with 2 without it")
{
    DemoSetup setup;
    const QString out = setup.dir.filePath(u"p.csv"_s);
    const QStringList base{u"export"_s, setup.data, u"--profile"_s,   u"participation"_s,
                           u"--out"_s,  out,        u"--with-names"_s};
    const test::CliRun refused = cli(base);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(u"--reason"_s));
    CHECK_FALSE(QFileInfo::exists(out));
    const test::CliRun figures = cli({u"export"_s, setup.data, u"--profile"_s, u"neighbourhoods"_s,
                                      u"--with-bsn"_s, u"--reason"_s, u"x"_s, u"--out"_s, out});
    CHECK(figures.exitCode == 2);
    CHECK(cli(base + QStringList{u"--lang"_s, u"de"_s, u"--reason"_s, u"x"_s}).exitCode == 2);

    const test::CliRun run = cli(base + QStringList{u"--reason"_s, u"Herindicatie"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    Result<std::unique_ptr<Database>> db = Database::open(setup.data, Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    const AuditEntry entry = AuditRepository(**db).entries().value().back();
    CHECK(entry.summary.contains(u"profile participation"_s));
    CHECK(entry.summary.contains(u"with names"_s));
    CHECK(entry.summary.contains(u"reason Herindicatie"_s));
}

TEST_CASE("wzsw-cli export of an unknown municipality exits with 1 and writes nothing")
{
    DemoSetup setup;
    const QString out = setup.dir.filePath(u"n.csv"_s);
    const test::CliRun run = cli({u"export"_s, setup.data, u"--profile"_s, u"neighbourhoods"_s,
                                  u"--municipality"_s, u"GM0001"_s, u"--out"_s, out});
    CHECK(run.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(out));
}
