#include "filedamage.h"
#include "safety/autobackup.h"
#include "seed.h"
#include "servicetesthelpers.h"
#include "storage/auditrepository.h"
#include "storage/personrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

qint64 clientsIn(const QString &path)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    return ClientRepository(**db).count().value();
}

/// Sets the data file's last change an hour back, as if it was saved long before.
void ageFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                             QFileDevice::FileModificationTime));
}

} // namespace

TEST_CASE("automatic backups go to a hidden folder beside the data file, named per file",
          "[sqlite-only]")
{
    CHECK(AutoBackup::defaultFolderFor(u"/home/anna/wzsw/tilburg.wzsw"_s) ==
          u"/home/anna/wzsw/.wzsw-backups/tilburg.wzsw"_s);
    test::TempDataFile file;
    AutoBackup backups(file.path());
    const Result<BackupFile> made = backups.backupNow(file.db());
    REQUIRE(made.ok());
    CHECK(QFileInfo(made->path).absolutePath() ==
          QFileInfo(file.pathFor(u".wzsw-backups/test.wzsw"_s)).absoluteFilePath());
    // test_yyyyMMdd-HHmmss-zzzZ.wzsw
    CHECK(QFileInfo(made->path).fileName() ==
          u"test_"_s + made->createdAt.toString(u"yyyyMMdd-HHmmss-zzz"_s) + u"Z.wzsw"_s);
}

TEST_CASE("a backup is a verified copy that holds the data of its moment", "[sqlite-only]")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    test::storeClient(file.db(), test::validClient(basics.centrum));
    AutoBackup backups(file.path(), file.pathFor(u"backups"_s));
    const Result<BackupFile> made = backups.backupNow(file.db());
    REQUIRE(made.ok());
    test::storeClient(file.db(), test::validClient(basics.noord));
    CHECK(clientsIn(made->path) == 1); // the second client came after the backup
    CHECK(clientsIn(file.path()) == 2);
    CHECK(backups.backups() == QList<BackupFile>{*made});
}

TEST_CASE("the newest ten backups are kept and older ones removed", "[sqlite-only]")
{
    test::TempDataFile file;
    AutoBackup backups(file.path(), file.pathFor(u"backups"_s));
    QList<BackupFile> made;
    for (int i = 0; i < 12; ++i)
        made.prepend(backups.backupNow(file.db()).value());
    const QList<BackupFile> kept = backups.backups();
    REQUIRE(kept.size() == 10);
    CHECK(kept == made.mid(0, 10)); // newest first; the first two made are gone
    CHECK_FALSE(QFile::exists(made.at(10).path));
    CHECK_FALSE(QFile::exists(made.at(11).path));
    CHECK(QDir(file.pathFor(u"backups"_s)).entryList(QDir::Files | QDir::Hidden).size() == 10);
}

TEST_CASE("on opening a backup is made only when the file changed since the newest backup",
          "[sqlite-only]")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    AutoBackup backups(file.path(), file.pathFor(u"backups"_s));
    const Result<std::optional<BackupFile>> first = backups.backupOnOpen(file.db());
    REQUIRE(first.ok());
    CHECK(first->has_value()); // no backup yet

    ageFile(file.path()); // unchanged since well before that backup
    const Result<std::optional<BackupFile>> unchanged = backups.backupOnOpen(file.db());
    REQUIRE(unchanged.ok());
    CHECK_FALSE(unchanged->has_value());

    test::storeClient(file.db(), test::validClient(basics.centrum));
    const Result<std::optional<BackupFile>> changed = backups.backupOnOpen(file.db());
    REQUIRE(changed.ok());
    CHECK(changed->has_value());
    CHECK(backups.backups().size() == 2);
}

TEST_CASE("the timer's backup follows changes of this and of other connections", "[sqlite-only]")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    AutoBackup backups(file.path(), file.pathFor(u"backups"_s));
    ChangeMark mark = ChangeMark::of(file.db()).value();

    CHECK_FALSE(backups.backupIfChangedSince(file.db(), mark).value().has_value());

    test::storeClient(file.db(), test::validClient(basics.centrum)); // this connection
    CHECK(backups.backupIfChangedSince(file.db(), mark).value().has_value());
    CHECK_FALSE(backups.backupIfChangedSince(file.db(), mark).value().has_value());

    {
        Result<std::unique_ptr<Database>> other = Database::open(file.path());
        REQUIRE(other.ok());
        test::storeClient(**other, test::validClient(basics.noord)); // another program
    }
    const Result<std::optional<BackupFile>> afterOther =
        backups.backupIfChangedSince(file.db(), mark);
    REQUIRE(afterOther.ok());
    REQUIRE(afterOther->has_value());
    CHECK(clientsIn((*afterOther)->path) == 2);
}

TEST_CASE("the backup offered is the newest that still passes the integrity check", "[sqlite-only]")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    test::storeClient(file.db(), test::validClient(basics.centrum));
    AutoBackup backups(file.path(), file.pathFor(u"backups"_s));
    const BackupFile older = backups.backupNow(file.db()).value();
    const BackupFile newer = backups.backupNow(file.db()).value();
    test::damageTable(newer.path, u"clients"_s);
    CHECK(backups.latestVerifiedBackup() == older);
    test::damageTable(older.path, u"clients"_s);
    CHECK_FALSE(backups.latestVerifiedBackup().has_value());
}

TEST_CASE("restoring puts the backup in place, keeps the replaced file and logs the restore",
          "[sqlite-only]")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    test::storeClient(file.db(), test::validClient(basics.centrum));
    AutoBackup backups(file.path(), file.pathFor(u"backups"_s));
    const BackupFile backup = backups.backupNow(file.db()).value();
    test::storeClient(file.db(), test::validClient(basics.noord));
    file.close();
    const QByteArray replacedHash = test::fileHash(file.path());

    const Result<RestoreOutcome> restored = restoreBackup(backup.path, file.path());
    REQUIRE(restored.ok());
    CHECK(clientsIn(file.path()) == 1);
    REQUIRE(QFileInfo(restored->replacedKeptAs).fileName().startsWith(u"test.before-restore-"_s));
    CHECK(test::fileHash(restored->replacedKeptAs) == replacedHash); // kept as it was
    CHECK(QFile::exists(backup.path));                               // the backup itself stays too

    Database &db = file.reopen();
    const QList<AuditEntry> log = AuditRepository(db).entries().value();
    REQUIRE_FALSE(log.isEmpty());
    CHECK(log.back().action == u"restore"_s);
    CHECK(log.back().summary.contains(QFileInfo(backup.path).fileName()));
    CHECK_FALSE(AuditRepository(db).firstBrokenEntry().value().has_value());
}

TEST_CASE("restoring a damaged backup is refused and leaves the data file as it was",
          "[sqlite-only]")
{
    test::TempDataFile file;
    AutoBackup backups(file.path(), file.pathFor(u"backups"_s));
    const BackupFile backup = backups.backupNow(file.db()).value();
    test::damageTable(backup.path, u"audit_log"_s);
    file.close();
    const QByteArray before = test::fileHash(file.path());
    const Result<RestoreOutcome> restored = restoreBackup(backup.path, file.path());
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.error().message.contains(u"cannot be restored"_s));
    CHECK(test::fileHash(file.path()) == before);
    CHECK(QDir(QFileInfo(file.path()).absolutePath())
              .entryList({u"*before-restore*"_s}, QDir::Files)
              .isEmpty());
}
