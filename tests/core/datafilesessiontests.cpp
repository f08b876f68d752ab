#include "filedamage.h"
#include "olderschema.h"
#include "safety/datafilesession.h"
#include "seed.h"
#include "services/clientservice.h"
#include "servicetesthelpers.h"
#include "storage/backup.h"
#include "storage/personrepository.h"
#include "storage/sql.h"
#include "testsupport.h"
#include "writeprotection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

/// A data file with the basics and one client, closed, and its path.
struct ClosedFile
{
    test::TempDataFile file;
    test::Basics basics;

    ClosedFile()
    {
        basics = test::seedBasics(file.db());
        test::storeClient(file.db(), test::validClient(basics.centrum));
        file.close();
    }
    QString path() const { return file.path(); }
    QString backupFolder() const { return file.pathFor(u".wzsw-backups/test.wzsw"_s); }
    QStringList filesBeside() const
    {
        return QDir(QFileInfo(path()).absolutePath()).entryList(QDir::Files | QDir::Hidden);
    }
};

} // namespace

TEST_CASE("opening for writing takes the lock, makes a backup, and closing releases the lock",
          "[sqlite-only]")
{
    ClosedFile closed;
    const QByteArray before = test::fileHash(closed.path());
    {
        SessionOpening opening = DataFileSession::open(closed.path());
        REQUIRE(opening);
        CHECK_FALSE(opening.session->isReadOnly());
        CHECK(QFile::exists(closed.path() + u".lock"_s));
        REQUIRE(opening.session->openingBackup().has_value());
        CHECK(QFileInfo(opening.session->openingBackup()->path).absolutePath() ==
              QFileInfo(closed.backupFolder()).absoluteFilePath());
        CHECK_FALSE(opening.session->backupProblem().has_value());
        CHECK_FALSE(opening.session->storageWarning().has_value());
    }
    CHECK_FALSE(QFile::exists(closed.path() + u".lock"_s));
    CHECK(test::fileHash(closed.path()) == before); // opening and closing change nothing
}

TEST_CASE("a second writer is refused with who holds the file and may open it read-only",
          "[sqlite-only]")
{
    ClosedFile closed;
    SessionOpening first = DataFileSession::open(closed.path());
    REQUIRE(first);
    SessionOpening second = DataFileSession::open(closed.path());
    REQUIRE_FALSE(second);
    CHECK(second.refusal.reason == OpenRefusal::Reason::Locked);
    REQUIRE(second.refusal.lockedBy.has_value());
    CHECK(second.refusal.lockedBy->pid == QCoreApplication::applicationPid());

    SessionOpening reader = DataFileSession::open(closed.path(), Database::Mode::ReadOnly);
    REQUIRE(reader);
    CHECK(reader.session->isReadOnly());
    REQUIRE(reader.session->otherEditor().has_value());
    CHECK(reader.session->otherEditor()->pid == QCoreApplication::applicationPid());
    CHECK(ClientRepository(reader.session->database()).count().value() == 1);
}

TEST_CASE("a damaged file opened for writing is moved aside and the newest sound backup offered",
          "[sqlite-only]")
{
    ClosedFile closed;
    BackupFile backup;
    {
        SessionOpening opening = DataFileSession::open(closed.path());
        REQUIRE(opening);
        backup = *opening.session->openingBackup();
    }
    test::damageTable(closed.path(), u"clients"_s);
    const QByteArray damagedBytes = test::fileHash(closed.path());

    SessionOpening opening = DataFileSession::open(closed.path());
    REQUIRE_FALSE(opening);
    const OpenRefusal &refusal = opening.refusal;
    CHECK(refusal.reason == OpenRefusal::Reason::Damaged);
    CHECK_FALSE(QFile::exists(closed.path()));
    REQUIRE(QFileInfo(refusal.damagedMovedTo).fileName().startsWith(u"test.damaged-"_s));
    CHECK(refusal.damagedMovedTo.endsWith(u".wzsw"_s));
    CHECK(test::fileHash(refusal.damagedMovedTo) == damagedBytes); // moved, not changed
    REQUIRE(refusal.offeredBackup.has_value());
    CHECK(*refusal.offeredBackup == backup);
    CHECK(refusal.error.message.contains(refusal.damagedMovedTo));
    CHECK(refusal.error.message.contains(backup.path));
    CHECK_FALSE(QFile::exists(closed.path() + u".lock"_s));

    // What the program then offers: restore the backup in the file's place.
    REQUIRE(restoreBackup(refusal.offeredBackup->path, closed.path()).ok());
    SessionOpening restored = DataFileSession::open(closed.path());
    REQUIRE(restored);
    CHECK(ClientRepository(restored.session->database()).count().value() == 1);
}

TEST_CASE("a damaged file opened read-only is refused where it lies, unchanged", "[sqlite-only]")
{
    ClosedFile closed;
    test::damageTable(closed.path(), u"clients"_s);
    const QByteArray before = test::fileHash(closed.path());
    SessionOpening opening = DataFileSession::open(closed.path(), Database::Mode::ReadOnly);
    REQUIRE_FALSE(opening);
    CHECK(opening.refusal.reason == OpenRefusal::Reason::Damaged);
    CHECK(opening.refusal.damagedMovedTo.isEmpty());
    CHECK(opening.refusal.error.message.contains(u"damaged"_s));
    CHECK(opening.refusal.error.message.contains(u"No sound automatic backup"_s));
    CHECK(test::fileHash(closed.path()) == before);
}

namespace {

// The closed file put back into the shape of schema version 8.
void makeVersion8(const ClosedFile &closed)
{
    Result<std::unique_ptr<Database>> db = Database::open(closed.path());
    REQUIRE(db.ok());
    test::putBackToVersion8(**db);
}

} // namespace

TEST_CASE("a file of an older version is checked and backed up as it is before it is updated",
          "[sqlite-only]")
{
    ClosedFile closed;
    makeVersion8(closed);
    CHECK(DataFileSession::willUpdate(closed.path()));
    // As the desktop opens: the check would otherwise run in the background, after the update.
    SessionOpening opening =
        DataFileSession::open(closed.path(), Database::Mode::ReadWrite, closed.backupFolder(),
                              FileCheckTiming::InBackground);
    REQUIRE(opening);
    CHECK(opening.session->database().schemaVersion() == Database::currentSchemaVersion());
    CHECK_FALSE(DataFileSession::willUpdate(closed.path()));
    CHECK(opening.session->pollFileCheck() == FileCheckState::Passed);
    CHECK(ClientRepository(opening.session->database()).count().value() == 1);

    // The backup holds the file as it was before the update, and counts as sound.
    REQUIRE(opening.session->openingBackup().has_value());
    const QString copy = opening.session->openingBackup()->path;
    CHECK(Backup::verify(copy).ok());
    Result<std::unique_ptr<Database>> old =
        Database::open(copy, Database::Mode::ReadOnly, Database::SchemaUpdate::ByCaller);
    REQUIRE(old.ok());
    CHECK((*old)->schemaVersion() == 8);
}

TEST_CASE("a damaged file of an older version is moved aside as it was, not updated",
          "[sqlite-only]")
{
    ClosedFile closed;
    makeVersion8(closed);
    test::damageTable(closed.path(), u"clients"_s);
    const QByteArray damagedBytes = test::fileHash(closed.path());

    SessionOpening opening =
        DataFileSession::open(closed.path(), Database::Mode::ReadWrite, closed.backupFolder(),
                              FileCheckTiming::InBackground);
    REQUIRE_FALSE(opening);
    CHECK(opening.refusal.reason == OpenRefusal::Reason::Damaged);
    CHECK(test::fileHash(opening.refusal.damagedMovedTo) == damagedBytes);
}

TEST_CASE("a file that is not ours is refused and left unchanged, with no lock or backup made",
          "[sqlite-only]")
{
    test::TempDataFile dir;
    const QString path = dir.pathFor(u"boodschappen.wzsw"_s);
    {
        QFile text(path);
        REQUIRE(text.open(QIODevice::WriteOnly));
        text.write("melk, brood, kaas\n");
    }
    const QByteArray before = test::fileHash(path);
    SessionOpening opening = DataFileSession::open(path);
    REQUIRE_FALSE(opening);
    CHECK(opening.refusal.reason == OpenRefusal::Reason::Failed);
    CHECK(opening.refusal.error.kind == Error::Kind::NotOurFile);
    CHECK(test::fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + u".lock"_s));
    CHECK_FALSE(QFileInfo::exists(dir.pathFor(u".wzsw-backups/boodschappen.wzsw"_s)));
}

TEST_CASE("a write-protected file is refused for writing with a clear message, unchanged",
          "[sqlite-only]")
{
    ClosedFile closed;
    const QByteArray before = test::fileHash(closed.path());
    test::WriteProtection protection(closed.path());
    if (!protection.effective()) {
        WARN("This test process cannot write-protect a file here; the case is not checked.");
        return;
    }
    SessionOpening opening = DataFileSession::open(closed.path());
    REQUIRE_FALSE(opening);
    CHECK(opening.refusal.reason == OpenRefusal::Reason::WriteProtected);
    CHECK(opening.refusal.error.message.contains(u"write-protected"_s));
    CHECK(opening.refusal.error.message.contains(u"read-only"_s));
    CHECK_FALSE(QFile::exists(closed.path() + u".lock"_s));

    SessionOpening reader = DataFileSession::open(closed.path(), Database::Mode::ReadOnly);
    REQUIRE(reader);
    Client client = test::validClient(closed.basics.noord);
    const Status saved = ClientService(reader.session->database()).save(client);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().message.contains(u"read-only"_s));
    reader.session.reset();
    CHECK(test::fileHash(closed.path()) == before);
}

TEST_CASE("a full disk refuses the save with a clear message and leaves the data as it was",
          "[sqlite-only]")
{
    ClosedFile closed;
    SessionOpening opening = DataFileSession::open(closed.path());
    REQUIRE(opening);
    Database &db = opening.session->database();
    // The file may not grow beyond the pages it has: a disk with no space left.
    const qint64 pages = scalar(db, u"PRAGMA page_count"_s).value().toLongLong();
    test::rawSql(db, u"PRAGMA max_page_count = "_s + QString::number(pages));

    ClientService clients(db);
    qint64 stored = ClientRepository(db).count().value();
    Status saved;
    QByteArray before;
    for (int i = 0; i < 2000 && saved.ok(); ++i) {
        before = test::fileHash(closed.path());
        Client client = test::validClient(closed.basics.noord);
        client.person.familyName = u"Vol"_s + QString::number(i);
        saved = clients.save(client);
        if (saved)
            ++stored;
    }
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().kind == Error::Kind::Storage);
    CHECK(saved.error().message.contains(u"disk is full: nothing was changed"_s));
    CHECK(test::fileHash(closed.path()) == before);
    CHECK(ClientRepository(db).count().value() == stored);
    CHECK(scalar(db, u"PRAGMA integrity_check"_s).value().toString() == u"ok"_s);
}

TEST_CASE("a data file in a synchronised folder opens with the warning", "[sqlite-only]")
{
    test::TempDataFile dir;
    REQUIRE(QDir().mkpath(dir.pathFor(u"OneDrive - WZSW"_s)));
    const QString path = dir.pathFor(u"OneDrive - WZSW/project.wzsw"_s);
    REQUIRE(Database::create(path).ok());
    SessionOpening opening = DataFileSession::open(path);
    REQUIRE(opening);
    REQUIRE(opening.session->storageWarning().has_value());
    CHECK(opening.session->storageWarning()->kind == StorageWarning::Kind::SyncedFolder);
}

TEST_CASE("restoring from a session keeps the lock and opens the restored file", "[sqlite-only]")
{
    ClosedFile closed;
    SessionOpening opening = DataFileSession::open(closed.path());
    REQUIRE(opening);
    DataFileSession &session = *opening.session;
    const BackupFile backup = *session.openingBackup();
    test::storeClient(session.database(), test::validClient(closed.basics.noord));
    REQUIRE(ClientRepository(session.database()).count().value() == 2);

    const Result<RestoreOutcome> restored = session.restoreFrom(backup.path);
    REQUIRE(restored.ok());
    CHECK(ClientRepository(session.database()).count().value() == 1);
    CHECK(WriterLock::holder(closed.path())->pid == QCoreApplication::applicationPid());
    CHECK(QFile::exists(restored->replacedKeptAs));
}
