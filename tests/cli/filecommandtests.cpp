#include "cliprocess.h"
#include "storage/database.h"
#include "storage/placerepository.h"
#include "storage/servicetyperepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

test::CliRun cli(const QStringList &arguments)
{
    return test::runCli(QStringLiteral(WZSW_CLI_PATH), arguments);
}

} // namespace

TEST_CASE("wzsw-cli without a command prints the overview on stderr and exits with 2")
{
    const test::CliRun run = cli({});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"init"_s));
    CHECK(run.out.isEmpty());
}

TEST_CASE("wzsw-cli with an unknown command or option exits with 2 and says what is wrong")
{
    CHECK(cli({u"fly"_s}).exitCode == 2);
    const test::CliRun run = cli({u"init"_s, u"--bogus"_s, u"x.wzsw"_s});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"bogus"_s));
}

TEST_CASE("wzsw-cli speaks Dutch on a system that asks for Dutch, English otherwise")
{
    const QStringList arguments{u"fly"_s};
    const test::CliRun dutch =
        test::runCliInLanguage(QStringLiteral(WZSW_CLI_PATH), arguments, u"nl_NL"_s);
    CHECK(dutch.exitCode == 2);
    CHECK(dutch.err.contains(u"Onbekende opdracht: fly"_s));
    // English first, Dutch second: the first language wins.
    const test::CliRun english =
        test::runCliInLanguage(QStringLiteral(WZSW_CLI_PATH), arguments, u"en_GB:nl"_s);
    CHECK(english.err.contains(u"Unknown command: fly"_s));
}

TEST_CASE("every command answers --help on stdout with exit 0")
{
    for (const QString &command : {u"init"_s, u"backup"_s, u"check"_s, u"demo"_s}) {
        const test::CliRun run = cli({command, u"--help"_s});
        INFO(command.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(u"wzsw-cli "_s + command));
    }
}

TEST_CASE("init creates a data file with the first municipality and the default service types")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tilburg.wzsw"_s);
    const test::CliRun run =
        cli({u"init"_s, path, u"--municipality"_s, u"GM0855"_s, u"--name"_s, u"Tilburg"_s});
    REQUIRE(run.exitCode == 0);
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    const QList<Municipality> municipalities = PlaceRepository(**db).allMunicipalities().value();
    REQUIRE(municipalities.size() == 1);
    CHECK(municipalities.front().code == u"GM0855"_s);
    CHECK(ServiceTypeRepository(**db).all().value().size() == 10); // domain.md's catalogue
}

TEST_CASE("init refuses an existing file and an invalid municipality code, leaving no file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"x.wzsw"_s);
    const test::CliRun bad =
        cli({u"init"_s, path, u"--municipality"_s, u"GM855"_s, u"--name"_s, u"Tilburg"_s});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(u"GM"_s));
    CHECK_FALSE(QFile::exists(path));

    REQUIRE(cli({u"init"_s, path}).exitCode == 0);
    const test::CliRun again = cli({u"init"_s, path});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(u"already exists"_s));
}

TEST_CASE("backup writes a verified copy that opens as a data file and leaves no temporary file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"source.wzsw"_s);
    REQUIRE(cli({u"init"_s, path, u"--municipality"_s, u"GM0785"_s, u"--name"_s, u"Goirle"_s})
                .exitCode == 0);
    const QString copy = dir.filePath(u"copy.wzsw"_s);
    const test::CliRun run = cli({u"backup"_s, path, copy});
    REQUIRE(run.exitCode == 0);
    Result<std::unique_ptr<Database>> db = Database::open(copy, Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    CHECK(PlaceRepository(**db).allMunicipalities().value().front().name == u"Goirle"_s);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 2);
}

TEST_CASE("backup of a file that is not ours fails with exit 1 and writes nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"fake.wzsw"_s);
    QFile fake(path);
    REQUIRE(fake.open(QIODevice::WriteOnly));
    fake.write("not a database");
    fake.close();
    const test::CliRun run = cli({u"backup"_s, path, dir.filePath(u"copy.wzsw"_s)});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"not a WZSW data file"_s));
    CHECK_FALSE(QFile::exists(dir.filePath(u"copy.wzsw"_s)));
}

TEST_CASE("check passes a fresh file with exit 0 and fails a broken one with exit 1 and a list")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checked.wzsw"_s);
    REQUIRE(cli({u"init"_s, path, u"--municipality"_s, u"GM0855"_s, u"--name"_s, u"Tilburg"_s})
                .exitCode == 0);
    CHECK(cli({u"check"_s, path}).exitCode == 0);
    {
        // Plant a municipality code that breaks the GM0000 form, behind the program's back.
        Result<std::unique_ptr<Database>> db = Database::open(path);
        REQUIRE(db.ok());
        QSqlQuery(db.value()->connection())
            .exec(u"UPDATE municipalities SET code = 'GM85' WHERE code = 'GM0855'"_s);
    }
    const test::CliRun run = cli({u"check"_s, path});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"GM85"_s));
}

TEST_CASE("demo makes a file that passes check, and the same seed makes the same data")
{
    QTemporaryDir dir;
    const QString first = dir.filePath(u"first.wzsw"_s);
    const QString second = dir.filePath(u"second.wzsw"_s);
    const test::CliRun run = cli({u"demo"_s, first, u"--clients"_s, u"60"_s, u"--seed"_s, u"7"_s});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(u"60 clients"_s));
    CHECK(run.err.isEmpty()); // no progress noise when stderr is not a terminal
    CHECK(cli({u"check"_s, first}).exitCode == 0);
    REQUIRE(cli({u"demo"_s, second, u"--clients"_s, u"60"_s, u"--seed"_s, u"7"_s}).exitCode == 0);

    // Same seed: the same clients with the same names, in the same neighbourhoods.
    const auto clients = [](const QString &path) {
        Result<std::unique_ptr<Database>> db = Database::open(path, Database::Mode::ReadOnly);
        REQUIRE(db.ok());
        QSqlQuery query(db.value()->connection());
        REQUIRE(query.exec(u"SELECT code, given_name, family_name, neighbourhood_id, bsn "
                           u"FROM clients ORDER BY code"_s));
        QStringList rows;
        while (query.next())
            rows.append(QStringList{query.value(0).toString(), query.value(1).toString(),
                                    query.value(2).toString(), query.value(3).toString(),
                                    query.value(4).toString()}
                            .join(u'|'));
        return rows;
    };
    const QStringList firstRows = clients(first);
    CHECK(firstRows.size() == 60);
    CHECK(firstRows == clients(second));
}

TEST_CASE("demo refuses a bad client count with exit 2 and an existing file with exit 1")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"d.wzsw"_s);
    CHECK(cli({u"demo"_s, path, u"--clients"_s, u"many"_s}).exitCode == 2);
    CHECK_FALSE(QFile::exists(path));
    REQUIRE(cli({u"init"_s, path}).exitCode == 0);
    CHECK(cli({u"demo"_s, path}).exitCode == 1);
}
