#include "filedamage.h"
#include "safety/datafilesession.h"
#include "seed.h"
#include "services/clientservice.h"
#include "servicetesthelpers.h"
#include "storage/personrepository.h"
#include "storage/sql.h"
#include "storage/writegate.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

/// A data file with the basics and one client, closed.
struct OneClientFile
{
    test::TempDataFile file;
    test::Basics basics;

    OneClientFile()
    {
        basics = test::seedBasics(file.db());
        test::storeClient(file.db(), test::validClient(basics.centrum));
        file.close();
    }
    QString path() const { return file.path(); }
    QString backupFolder() const { return file.pathFor(u".wzsw-backups/test.wzsw"_s); }
    int backupCount() const
    {
        return int(QDir(backupFolder()).entryList({u"*.wzsw"_s}, QDir::Files).size());
    }
};

SessionOpening openChecking(const QString &path, Database::Mode mode = Database::Mode::ReadWrite)
{
    return DataFileSession::open(path, mode, FileCheckTiming::InBackground);
}

Client secondClient(const test::Basics &basics)
{
    Client client = test::validClient(basics.noord);
    client.person.givenName = u"Wim"_s;
    client.person.familyNamePrefix.clear();
    client.person.familyName = u"Bakker"_s;
    return client;
}

qint64 clientsIn(const QString &path)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE(db);
    return ClientRepository(**db).count().value();
}

} // namespace

TEST_CASE("a file opened with the check in the background reads at once and writes only after "
          "the check passed",
          "[sqlite-only][background-check]")
{
    OneClientFile closed;
    const QByteArray before = test::fileHash(closed.path());
    SessionOpening opening = openChecking(closed.path());
    REQUIRE(opening);
    DataFileSession &session = *opening.session;
    Database &db = session.database();

    // Settled only on the session's thread: until then the check counts as running.
    CHECK(session.fileCheckState() == FileCheckState::Running);
    CHECK(WriteGate::isHeld(db));
    CHECK(ClientRepository(db).count().value() == 1); // reading needs no check
    // Nothing written yet: no backup on opening, no 30-minute backup, SQLite refuses a write
    // that bypasses the services.
    CHECK_FALSE(session.openingBackup().has_value());
    const Result<std::optional<BackupFile>> timed = session.backupIfChanged();
    REQUIRE(timed);
    CHECK_FALSE(timed->has_value());
    CHECK_FALSE(execSql(db, u"UPDATE clients SET given_name = 'X'"_s).ok());
    CHECK(closed.backupCount() == 0);
    CHECK(test::fileHash(closed.path()) == before);

    // A save waits for the check, which opens writing and makes the backup on opening first.
    Client client = secondClient(closed.basics);
    REQUIRE(ClientService(db).save(client).ok());
    CHECK(session.fileCheckState() == FileCheckState::Passed);
    CHECK_FALSE(WriteGate::isHeld(db));
    CHECK(ClientRepository(db).count().value() == 2); // 1 stored before + 1 saved now
    REQUIRE(session.openingBackup().has_value());
    CHECK(closed.backupCount() == 1);
    // The backup is the file as it was opened: the one client, not the one saved after it.
    CHECK(clientsIn(session.openingBackup()->path) == 1);
}

TEST_CASE("a whole file checked in the background opens writing when polled after the check",
          "[sqlite-only][background-check]")
{
    OneClientFile closed;
    SessionOpening opening = openChecking(closed.path());
    REQUIRE(opening);
    DataFileSession &session = *opening.session;
    // The window polls; a small file is checked within moments.
    FileCheckState state = session.pollFileCheck();
    for (int i = 0; i < 500 && state == FileCheckState::Running; ++i) {
        QThread::msleep(10);
        state = session.pollFileCheck();
    }
    REQUIRE(state == FileCheckState::Passed);
    CHECK(session.openingBackup().has_value());
    CHECK(execSql(session.database(), u"UPDATE clients SET given_name = 'Truus'"_s).ok());
}

TEST_CASE("a damaged file opened with the check in the background is found and moved aside, "
          "with nothing written to it in between",
          "[sqlite-only][background-check]")
{
    OneClientFile closed;
    BackupFile backup;
    {
        SessionOpening first = DataFileSession::open(closed.path());
        REQUIRE(first);
        backup = *first.session->openingBackup();
    }
    test::damageTable(closed.path(), u"clients"_s);
    const QByteArray damagedBytes = test::fileHash(closed.path());

    SessionOpening opening = openChecking(closed.path());
    REQUIRE(opening); // the window shows what it can read meanwhile
    DataFileSession &session = *opening.session;

    // A save while the check runs waits for it and is refused, saying so.
    Client client = secondClient(closed.basics);
    const Status saved = ClientService(session.database()).save(client);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().message.contains(u"Nothing was stored"_s));
    CHECK(session.fileCheckState() == FileCheckState::Damaged);
    // Later writes stay refused, around the services too.
    CHECK_FALSE(ClientService(session.database()).save(client).ok());
    CHECK_FALSE(execSql(session.database(), u"DELETE FROM audit_log"_s).ok());
    CHECK_FALSE(session.backupIfChanged()->has_value());
    CHECK(test::fileHash(closed.path()) == damagedBytes);

    // Then the flow of opening a damaged file: moved aside unchanged, the backup offered.
    const OpenRefusal refusal = session.closeAfterFailedCheck();
    CHECK(refusal.reason == OpenRefusal::Reason::Damaged);
    CHECK_FALSE(QFile::exists(closed.path()));
    REQUIRE(QFileInfo(refusal.damagedMovedTo).fileName().startsWith(u"test.damaged-"_s));
    CHECK(test::fileHash(refusal.damagedMovedTo) == damagedBytes);
    REQUIRE(refusal.offeredBackup.has_value());
    CHECK(*refusal.offeredBackup == backup);
    CHECK(refusal.error.message.contains(refusal.damagedMovedTo));
    opening.session.reset();
    CHECK_FALSE(QFile::exists(closed.path() + u".lock"_s));
}

TEST_CASE("a damaged file opened read-only with the check in the background is refused where "
          "it lies",
          "[sqlite-only][background-check]")
{
    OneClientFile closed;
    test::damageTable(closed.path(), u"clients"_s);
    const QByteArray before = test::fileHash(closed.path());
    SessionOpening opening = openChecking(closed.path(), Database::Mode::ReadOnly);
    REQUIRE(opening);
    CHECK(opening.session->waitForFileCheck() == FileCheckState::Damaged);
    const OpenRefusal refusal = opening.session->closeAfterFailedCheck();
    CHECK(refusal.reason == OpenRefusal::Reason::Damaged);
    CHECK(refusal.damagedMovedTo.isEmpty());
    opening.session.reset();
    CHECK(test::fileHash(closed.path()) == before);
}
