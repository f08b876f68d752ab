#include "cliprocess.h"
#include "filedamage.h"
#include "privacyworld.h"
#include "services/privacysettings.h"
#include "servicetesthelpers.h"
#include "storage/auditrepository.h"
#include "storage/personrepository.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

test::CliRun cli(const QStringList &arguments)
{
    return test::runCli(QStringLiteral(WZSW_CLI_PATH), arguments);
}

/// A closed data file with the privacy world in it.
struct WorldFile
{
    test::TempDataFile file;
    test::PrivacyWorld world;

    WorldFile()
    {
        world = test::makePrivacyWorld(file.db());
        file.close();
    }
    QString path() const { return file.path(); }
};

void plantForeignLock(const QString &dataFile)
{
    QFile lock(dataFile + u".lock"_s);
    REQUIRE(lock.open(QIODevice::WriteOnly));
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8();
    lock.write("wzsw-lock 1\nuser=anna\nhost=laptop-anna\npid=4242\nsince=" + now +
               "\nheartbeat=" + now + "\ntoken=t\n");
}

} // namespace

TEST_CASE("the privacy commands answer --help on stdout with exit 0")
{
    for (const QString &command : {u"subject-access"_s, u"erase"_s, u"audit"_s}) {
        const test::CliRun run = cli({command, u"--help"_s});
        INFO(command.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(u"wzsw-cli "_s + command));
    }
}

TEST_CASE("erase without --yes and without a terminal is refused with exit 1, nothing changed",
          "[sqlite-only]")
{
    WorldFile f;
    const QByteArray before = test::fileHash(f.path());
    const test::CliRun run = cli({u"erase"_s, f.path(), u"--client"_s, f.world.truus.code});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"--yes"_s));
    CHECK(test::fileHash(f.path()) == before);
}

TEST_CASE("erase wants exactly one of --client and --provider")
{
    WorldFile f;
    CHECK(cli({u"erase"_s, f.path(), u"--yes"_s}).exitCode == 2);
    CHECK(cli({u"erase"_s, f.path(), u"--client"_s, u"C-0001"_s, u"--provider"_s, u"P-0001"_s,
               u"--yes"_s})
              .exitCode == 2);
}

TEST_CASE("erase --yes removes the person from the file and its automatic backups", "[sqlite-only]")
{
    WorldFile f;
    const test::CliRun run =
        cli({u"erase"_s, f.path(), u"--client"_s, f.world.truus.code, u"--yes"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(u"Erased "_s + f.world.truus.code));
    CHECK(run.out.contains(u"1941-07-01"_s));
    CHECK(run.out.contains(u"automatic backup"_s));
    // The data file and every file beside it (backups included) lost every trace.
    QDirIterator files(QFileInfo(f.path()).absolutePath(), QDir::Files | QDir::Hidden,
                       QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        const QByteArray bytes = test::fileBytes(path);
        for (const QByteArray &trace : test::PrivacyWorld::truusTraces()) {
            INFO(path.toStdString() << " " << trace.toStdString());
            CHECK_FALSE(bytes.contains(trace));
        }
        ++checked;
    }
    CHECK(checked >= 2); // the data file and the backup made on opening

    const test::CliRun log = cli({u"audit"_s, f.path()});
    REQUIRE(log.exitCode == 0);
    CHECK(log.out.contains(u"erase  client "_s + f.world.truus.code));
}

TEST_CASE("erase is refused with the holder's name while someone else edits the file",
          "[sqlite-only]")
{
    WorldFile f;
    plantForeignLock(f.path());
    const QByteArray before = test::fileHash(f.path());
    const test::CliRun run =
        cli({u"erase"_s, f.path(), u"--client"_s, f.world.truus.code, u"--yes"_s});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"anna on laptop-anna"_s));
    CHECK(test::fileHash(f.path()) == before);
}

TEST_CASE("erase refuses a file that is not ours and an unknown code")
{
    QTemporaryDir dir;
    const QString fake = dir.filePath(u"fake.wzsw"_s);
    {
        QFile file(fake);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("SQLite format 2, honestly");
    }
    const test::CliRun notOurs = cli({u"erase"_s, fake, u"--client"_s, u"C-0001"_s, u"--yes"_s});
    CHECK(notOurs.exitCode == 1);
    CHECK(notOurs.err.contains(u"not a WZSW data file"_s));
    CHECK(test::fileBytes(fake) == "SQLite format 2, honestly");

    WorldFile f;
    const test::CliRun unknown =
        cli({u"erase"_s, f.path(), u"--client"_s, u"C-0404"_s, u"--yes"_s});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(u"C-0404"_s));
}

TEST_CASE("subject-access writes the document and the CSV files and logs the access")
{
    WorldFile f;
    const QString out = f.file.pathFor(u"inzage"_s);
    const test::CliRun run =
        cli({u"subject-access"_s, f.path(), u"--provider"_s, f.world.mehmet.code, u"--out"_s, out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString code = f.world.mehmet.code;
    for (const QString &name :
         {u".html"_s, u"-provider.csv"_s, u"-trajectories.csv"_s, u"-ladder.csv"_s,
          u"-requests.csv"_s, u"-deliveries.csv"_s, u"-notes.csv"_s, u"-audit.csv"_s}) {
        const QString path = QDir(out).filePath(code + name);
        INFO(path.toStdString());
        CHECK(QFile::exists(path));
        CHECK(run.out.contains(path));
    }
    CHECK(test::fileBytes(QDir(out).filePath(code + u".html"_s)).contains("klusjesman"));
    CHECK(cli({u"audit"_s, f.path()}).out.contains(u"subject_access  provider "_s + code));
}

TEST_CASE("subject-access needs --out and one person")
{
    WorldFile f;
    CHECK(cli({u"subject-access"_s, f.path(), u"--client"_s, u"C-0001"_s}).exitCode == 2);
    CHECK(cli({u"subject-access"_s, f.path(), u"--out"_s, f.file.pathFor(u"x"_s)}).exitCode == 2);
}

TEST_CASE("audit lists entries as text or CSV, filtered by day")
{
    test::TempDataFile file;
    for (const auto &[at, code] :
         {std::pair{QDateTime(QDate(2025, 2, 28), QTime(23, 59), Qt::UTC), u"C-0001"_s},
          {QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC), u"C-0002"_s},
          {QDateTime(QDate(2025, 3, 2), QTime(0, 0), Qt::UTC), u"C-0003"_s}}) {
        AuditEntry entry = AuditEntry::by(u"update"_s, u"client"_s, 1, code, u"changed: phone"_s);
        entry.at = at;
        REQUIRE(AuditRepository(file.db()).append(entry).ok());
    }
    file.close();
    // The tests run with TZ unset: local days are UTC days.
    const test::CliRun text =
        cli({u"audit"_s, file.path(), u"--from"_s, u"2025-03-01"_s, u"--to"_s, u"2025-03-01"_s});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.trimmed().split(u'\n').size() == 1);
    CHECK(text.out.contains(u"2025-03-01 09:00:00"_s));
    CHECK(text.out.contains(u"update  client C-0002  changed: phone"_s));

    const test::CliRun csv = cli({u"audit"_s, file.path(), u"--format"_s, u"csv"_s});
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    // The header and the three planted entries (a fresh test file has no entries of its own).
    REQUIRE(lines.size() == 4);
    CHECK(lines.front() ==
          u"id,at,who,action,entity,record_id,record_code,summary,previous_hash,hash"_s);
    CHECK(lines.at(2).startsWith(u"2,2025-03-01T09:00:00.000Z,"_s));
    CHECK(lines.at(2).contains(u",update,client,1,C-0002,changed: phone,"_s));

    CHECK(cli({u"audit"_s, file.path(), u"--format"_s, u"xml"_s}).exitCode == 2);
    CHECK(cli({u"audit"_s, file.path(), u"--from"_s, u"1-3-2025"_s}).exitCode == 2);
}

TEST_CASE("audit fails with exit 1 when the log's chain was tampered with")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    test::storeClient(file.db(), test::validClient(basics.centrum));
    test::storeClient(file.db(), test::validClient(basics.noord));
    test::rawSql(file.db(), u"UPDATE audit_log SET who = 'mallory' WHERE id = 1"_s);
    file.close();
    const test::CliRun run = cli({u"audit"_s, file.path()});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"broken at entry 1"_s));
    CHECK(run.out.contains(u"mallory"_s)); // listed all the same
}

TEST_CASE("check lists the people past the retention period without failing the file")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    Client ended = test::validClient(basics.centrum);
    ended.intakeDate = QDate(2019, 1, 1);
    ended.endDate = QDate(2020, 5, 1);
    ended.endReason = ClientEndReason::Deceased;
    ended = test::storeClient(file.db(), ended);
    REQUIRE(PrivacySettings(file.db()).setRetentionYears(3).ok());
    file.close();
    const test::CliRun run = cli({u"check"_s, file.path()});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"past the period of 3 year(s)"_s));
    CHECK(run.out.contains(u"client "_s + ended.code + u", ended 2020-05-01"_s));
}
