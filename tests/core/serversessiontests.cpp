// A connection string is never taken for a file path by the file's safety features (writer
// lock, automatic backups, restore), and a session on the server is the connection alone.
#include "safety/autobackup.h"
#include "safety/datafilesession.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace wzsw;

TEST_CASE("automatic backups of a connection string make no folder, find none and restore none")
{
    QTemporaryDir dir;
    const QString before = QDir::currentPath();
    // A connection string read as a relative path would land here.
    REQUIRE(QDir::setCurrent(dir.path()));
    const QString server = u"postgresql://anna:geheim@db.example.org/wzsw?sslmode=require"_s;
    AutoBackup backups(server);
    CHECK(backups.backups().isEmpty());
    CHECK_FALSE(backups.latestVerifiedBackup().has_value());
    const Status refused = backups.requireFile();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"pg_dump"_s));

    const QString someFile = dir.filePath(u"backup.wzsw"_s);
    QFile(someFile).open(QIODevice::WriteOnly);
    const Result<RestoreOutcome> restored = restoreBackup(someFile, server);
    REQUIRE_FALSE(restored.ok());
    CHECK_FALSE(restored.error().message.contains(u"geheim"_s));

    // Nothing but the file this test made: no folder named after the connection string.
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) ==
          QStringList{u"backup.wzsw"_s});
    REQUIRE(QDir::setCurrent(before));
}

TEST_CASE("a session on the server is the connection alone: no lock, no backup, no restore")
{
    if (test::testServer().isEmpty())
        return;
    test::TempDataFile file;
    file.close();
    SessionOpening opening = DataFileSession::open(file.path());
    INFO(opening.refusal.error.message.toStdString());
    REQUIRE(opening);
    DataFileSession &session = *opening.session;
    CHECK(session.database().isServer());
    CHECK_FALSE(session.openingBackup().has_value());
    CHECK_FALSE(session.backupProblem().has_value());
    CHECK_FALSE(session.storageWarning().has_value());
    CHECK_FALSE(session.otherEditor().has_value());
    CHECK(session.refreshLock().ok());
    const Result<std::optional<BackupFile>> timer = session.backupIfChanged();
    REQUIRE(timer.ok());
    CHECK_FALSE(timer->has_value());
    const Result<RestoreOutcome> restored = session.restoreFrom(file.pathFor(u"b.wzsw"_s));
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.error().message.contains(u"regional server"_s));
}
