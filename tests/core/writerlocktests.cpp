#include "common/system.h"
#include "safety/writerlock.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

/// A lock file as another program writes it (format in writerlock.h).
void plantLock(const QString &dataFile, const QString &user, const QString &host, qint64 pid,
               const QDateTime &since, const QDateTime &heartbeat)
{
    QFile lock(WriterLock::lockPathFor(dataFile));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.write(
        "wzsw-lock 1\nuser=" + user.toUtf8() + "\nhost=" + host.toUtf8() +
        "\npid=" + QByteArray::number(pid) + "\nsince=" + since.toString(Qt::ISODate).toUtf8() +
        "\nheartbeat=" + heartbeat.toString(Qt::ISODate).toUtf8() + "\ntoken=planted-token\n");
}

/// The id of a process that has just ended on this computer.
qint64 pidOfEndedProcess()
{
    QProcess process;
    process.start(u"true"_s, {});
    REQUIRE(process.waitForStarted());
    const qint64 pid = process.processId();
    REQUIRE(process.waitForFinished());
    return pid;
}

const QDateTime now = QDateTime::currentDateTimeUtc();

} // namespace

TEST_CASE("taking the lock writes who holds it beside the data file and releasing removes it",
          "[sqlite-only]")
{
    test::TempDataFile file;
    const QString lockPath = file.path() + u".lock"_s;
    {
        Result<std::unique_ptr<WriterLock>> lock = WriterLock::acquire(file.path());
        REQUIRE(lock.ok());
        CHECK((*lock)->path() == lockPath);
        REQUIRE(QFile::exists(lockPath));
        const std::optional<LockOwner> holder = WriterLock::holder(file.path());
        REQUIRE(holder.has_value());
        CHECK(holder->user == currentUserName());
        CHECK(holder->host == currentHostName());
        CHECK(holder->pid == QCoreApplication::applicationPid());
        CHECK(qAbs(holder->since.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }
    CHECK_FALSE(QFile::exists(lockPath));
}

TEST_CASE("a second writer in the same program is refused while the first holds the lock",
          "[sqlite-only]")
{
    test::TempDataFile file;
    Result<std::unique_ptr<WriterLock>> first = WriterLock::acquire(file.path());
    REQUIRE(first.ok());
    const Result<std::unique_ptr<WriterLock>> second = WriterLock::acquire(file.path());
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == Error::Kind::Conflict);
    CHECK(second.error().message.contains(u"already open for editing in this program"_s));
}

TEST_CASE("a living lock of a colleague is refused with their name, computer and time",
          "[sqlite-only]")
{
    test::TempDataFile file;
    const QDateTime since(QDate(2025, 3, 1), QTime(13, 30), Qt::UTC);
    plantLock(file.path(), u"anna"_s, u"laptop-anna"_s, 4242, since, now.addSecs(-30));
    const Result<std::unique_ptr<WriterLock>> lock = WriterLock::acquire(file.path());
    REQUIRE_FALSE(lock.ok());
    CHECK(lock.error().kind == Error::Kind::Conflict);
    CHECK(lock.error().message.contains(u"anna on laptop-anna, since "_s +
                                        since.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)));
    CHECK(lock.error().message.contains(u"read-only"_s));
    // The colleague's lock is still theirs.
    CHECK(WriterLock::holder(file.path())->token == u"planted-token"_s);
}

TEST_CASE("a lock left by a crashed program on this computer is taken over", "[sqlite-only]")
{
    test::TempDataFile file;
    plantLock(file.path(), u"anna"_s, currentHostName(), pidOfEndedProcess(), now.addSecs(-60),
              now.addSecs(-10));
    Result<std::unique_ptr<WriterLock>> lock = WriterLock::acquire(file.path());
    REQUIRE(lock.ok());
    CHECK(WriterLock::holder(file.path())->pid == QCoreApplication::applicationPid());
}

TEST_CASE("a lock from another computer is stale only when its heartbeat is old", "[sqlite-only]")
{
    LockOwner owner{u"anna"_s, u"laptop-anna"_s, 4242, now.addSecs(-7200), {}, u"t"_s};
    owner.heartbeat = now.addSecs(-(WriterLock::staleAfterSeconds - 60));
    CHECK_FALSE(WriterLock::isStale(owner, now));
    owner.heartbeat = now.addSecs(-(WriterLock::staleAfterSeconds + 60));
    CHECK(WriterLock::isStale(owner, now));

    test::TempDataFile file;
    plantLock(file.path(), u"anna"_s, u"laptop-anna"_s, 4242, now.addSecs(-7200),
              now.addSecs(-(WriterLock::staleAfterSeconds + 60)));
    CHECK(WriterLock::acquire(file.path()).ok());
}

TEST_CASE("an unreadable lock file is respected while fresh and taken over when old",
          "[sqlite-only]")
{
    test::TempDataFile file;
    const QString lockPath = WriterLock::lockPathFor(file.path());
    {
        QFile lock(lockPath);
        REQUIRE(lock.open(QIODevice::WriteOnly));
        lock.write("wzsw-lo"); // another program in the middle of writing it
    }
    const Result<std::unique_ptr<WriterLock>> fresh = WriterLock::acquire(file.path());
    REQUIRE_FALSE(fresh.ok());
    CHECK(fresh.error().message.contains(u"being opened"_s));

    QFile old(lockPath);
    REQUIRE(old.open(QIODevice::ReadWrite));
    REQUIRE(old.setFileTime(QDateTime::currentDateTime().addSecs(-600),
                            QFileDevice::FileModificationTime));
    old.close();
    CHECK(WriterLock::acquire(file.path()).ok());
}

TEST_CASE("refreshing renews the heartbeat and notices when another program took the lock",
          "[sqlite-only]")
{
    test::TempDataFile file;
    Result<std::unique_ptr<WriterLock>> lock = WriterLock::acquire(file.path());
    REQUIRE(lock.ok());
    const QDateTime first = WriterLock::holder(file.path())->heartbeat;
    QThread::msleep(1100); // the heartbeat is written to the second
    REQUIRE((*lock)->refresh().ok());
    CHECK(WriterLock::holder(file.path())->heartbeat > first);

    // Say this laptop slept and a colleague took the stale lock over meanwhile.
    plantLock(file.path(), u"bert"_s, u"laptop-bert"_s, 77, now, now);
    const Status refreshed = (*lock)->refresh();
    REQUIRE_FALSE(refreshed.ok());
    CHECK(refreshed.error().kind == Error::Kind::Conflict);
    CHECK(refreshed.error().message.contains(u"bert on laptop-bert"_s));
    lock.value().reset();
    // Releasing does not remove the colleague's lock.
    CHECK(WriterLock::holder(file.path())->user == u"bert"_s);
}

TEST_CASE("a connection string has no writer lock: holder finds none and acquire refuses")
{
    const QString server = u"postgresql://anna:geheim@db.example.org/wzsw?sslmode=require"_s;
    CHECK_FALSE(WriterLock::holder(server).has_value());
    const Result<std::unique_ptr<WriterLock>> lock = WriterLock::acquire(server);
    REQUIRE_FALSE(lock.ok());
    CHECK(lock.error().message.contains(u"regional server"_s));
    CHECK_FALSE(lock.error().message.contains(u"geheim"_s));
}
