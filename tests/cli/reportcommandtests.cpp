#include "cliprocess.h"
#include "figureseed.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

test::CliRun cli(const QStringList &arguments)
{
    return test::runCli(QStringLiteral(WZSW_CLI_PATH), arguments);
}

// A data file with the figure world of tests/support/figureseed.cpp, closed for the CLI.
class WorldFile
{
public:
    WorldFile()
    {
        test::seedFigureWorld(m_file.db());
        m_file.close();
    }
    QString path() const { return m_file.path(); }
    QString pathFor(const QString &name) const { return m_file.pathFor(name); }

private:
    test::TempDataFile m_file;
};

} // namespace

TEST_CASE("report writes the JSON of the figures and leaves no temporary file")
{
    WorldFile file;
    const QString out = file.pathFor(u"tilburg.json"_s);
    const test::CliRun run = cli({u"report"_s, file.path(), u"--kind"_s, u"interim-1"_s,
                                  u"--municipality"_s, u"GM0855"_s, u"--json"_s, out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QFile json(out);
    REQUIRE(json.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(json.readAll()).object();
    CHECK(object[u"scope"_s].toString() == u"GM0855"_s);
    CHECK(object[u"from"_s].toString() == u"2025-01-01"_s); // Tilburg's project settings
    CHECK(object[u"to"_s].toString() == u"2025-06-30"_s);
    CHECK(object[u"measures"_s][u"deliveries"_s].toInteger() == 6);
    // The data file (none on the test server) and the JSON; no temporary file left over.
    const qsizetype dataFiles = test::testServer().isEmpty() ? 1 : 0;
    CHECK(QDir(QFileInfo(out).path()).entryList(QDir::Files | QDir::Hidden).size() ==
          dataFiles + 1);
}

TEST_CASE("report without --json prints the key figures")
{
    WorldFile file;
    const test::CliRun run =
        cli({u"report"_s, file.path(), u"--kind"_s, u"final"_s, u"--region"_s, u"--from"_s,
             u"2025-01-01"_s, u"--to"_s, u"2025-06-30"_s, u"--lang"_s, u"en"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(u"Final report"_s));
    CHECK(run.out.contains(u"Deliveries: 7, 10.5 hours, fees 66.88"_s));
    CHECK(run.out.contains(u"Clients: 3 new, 5 served, 4 active at the end"_s));
    CHECK(run.out.contains(u"clients_served"_s)); // the region's target
}

TEST_CASE("report with --lang nl uses the Dutch title and decimal comma")
{
    WorldFile file;
    const test::CliRun run = cli({u"report"_s, file.path(), u"--kind"_s, u"interim-1"_s,
                                  u"--municipality"_s, u"GM0855"_s, u"--lang"_s, u"nl"_s});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(u"Eerste tussenrapportage"_s));
    CHECK(run.out.contains(u"9,5"_s));
}

TEST_CASE("report --help explains the command on stdout")
{
    const test::CliRun run = cli({u"report"_s, u"--help"_s});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"wzsw-cli report"_s));
    CHECK(run.out.contains(u"--kind"_s));
    CHECK(run.out.contains(u"--json"_s));
    CHECK(run.out.contains(u"--pdf"_s));
}

TEST_CASE("report rejects a wrong command line with exit 2 and a reason")
{
    WorldFile file;
    const auto usage = [&file](const QStringList &options, const QString &reason) {
        const test::CliRun run = cli(QStringList{u"report"_s, file.path()} + options);
        INFO(options.join(u' ').toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(reason));
        CHECK(run.out.isEmpty());
    };
    usage({}, u"--kind"_s);
    usage({u"--kind"_s, u"yearly"_s}, u"yearly"_s);
    usage({u"--kind"_s, u"final"_s, u"--from"_s, u"2025-13-01"_s}, u"2025-13-01"_s);
    usage({u"--kind"_s, u"final"_s, u"--from"_s, u"2025-07-01"_s, u"--to"_s, u"2025-06-30"_s},
          u"--from"_s);
    usage({u"--kind"_s, u"final"_s, u"--municipality"_s, u"GM0855"_s, u"--region"_s},
          u"--region"_s);
    usage({u"--kind"_s, u"final"_s, u"--municipality"_s, u"Tilburg"_s}, u"Tilburg"_s);
    usage({u"--kind"_s, u"final"_s, u"--lang"_s, u"de"_s}, u"de"_s);
    CHECK(cli({u"report"_s, u"--kind"_s, u"final"_s}).exitCode == 2); // no file
}

TEST_CASE("report fails with exit 1 when the work cannot be done, writing nothing")
{
    WorldFile file;
    const QString out = file.pathFor(u"out.json"_s);
    const auto failure = [&out](const QStringList &arguments, const QString &reason) {
        const test::CliRun run = cli(arguments);
        INFO(arguments.join(u' ').toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(reason));
        CHECK_FALSE(QFile::exists(out));
    };
    failure({u"report"_s, file.path(), u"--kind"_s, u"final"_s, u"--municipality"_s, u"GM9999"_s,
             u"--json"_s, out},
            u"GM9999"_s);
    failure(
        {u"report"_s, file.pathFor(u"missing.wzsw"_s), u"--kind"_s, u"final"_s, u"--json"_s, out},
        u"does not exist"_s);
    failure({u"report"_s, file.path(), u"--kind"_s, u"final"_s, u"--json"_s,
             file.pathFor(u"no-such-folder/out.json"_s)},
            u"could not be written"_s);

    // A fresh file has no project settings: the period must be given.
    QTemporaryDir dir;
    const QString empty = dir.filePath(u"empty.wzsw"_s);
    REQUIRE(cli({u"init"_s, empty, u"--municipality"_s, u"GM0855"_s, u"--name"_s, u"Tilburg"_s})
                .exitCode == 0);
    failure({u"report"_s, empty, u"--kind"_s, u"interim-1"_s, u"--json"_s, out},
            u"project start"_s);
    const test::CliRun given = cli({u"report"_s, empty, u"--kind"_s, u"interim-1"_s, u"--from"_s,
                                    u"2025-01-01"_s, u"--to"_s, u"2025-06-30"_s});
    CHECK(given.exitCode == 0);
    CHECK(given.out.contains(u"Tilburg (GM0855)"_s)); // the only municipality of the file
}
