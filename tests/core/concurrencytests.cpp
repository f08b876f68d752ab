// Two project leaders with the same data open at once: two connections to one data file (or,
// with WZSW_TEST_POSTGRES, to one schema on the server), each reading the same client.
#include "seed.h"
#include "services/clientservice.h"
#include "storage/personrepository.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QDateTime>
#include <QThread>

#include <thread>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

/// The audit log names the operating system's user: this one acts as "jansen" while it lives.
class ActingAs
{
public:
    explicit ActingAs(const QByteArray &user) : m_saved(qgetenv("USER")) { qputenv("USER", user); }
    ~ActingAs() { qputenv("USER", m_saved); }
    ActingAs(const ActingAs &) = delete;
    ActingAs &operator=(const ActingAs &) = delete;

private:
    QByteArray m_saved;
};

/// "24-11-2026 10:12": the moment as the message shows it, in local time.
QString shown(const QDateTime &moment)
{
    return moment.toString(u"dd-MM-yyyy HH:mm"_s);
}

/// The moments just before and just after an action: the minute a message names is one of them.
struct Moments
{
    QDateTime before;
    QDateTime after;
};

/// Runs `action` acting as "jansen", and when.
template <typename Action> Moments asJansen(Action action)
{
    ActingAs jansen("jansen");
    Moments moments;
    moments.before = QDateTime::currentDateTime();
    action();
    moments.after = QDateTime::currentDateTime();
    return moments;
}

/// Whether `message` is `text` with "jansen (minute)" for `%1`, the minute one of `moments`.
bool namesJansen(const QString &message, const Moments &moments, const QString &text)
{
    for (const QDateTime &moment : {moments.before, moments.after})
        if (message == text.arg(u"jansen ("_s + shown(moment) + u")"_s))
            return true;
    return false;
}

std::unique_ptr<Database> secondConnection(const test::TempDataFile &file)
{
    Result<std::unique_ptr<Database>> other = Database::open(file.path());
    if (!other)
        FAIL(other.error().message.toStdString());
    return std::move(other).value();
}

} // namespace

TEST_CASE("a save started before someone else's change is refused naming who and when, and "
          "their change is kept",
          "[concurrency]")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    Client client = test::validClient(basics.centrum);
    REQUIRE(ClientService(file.db()).save(client).ok());
    const std::unique_ptr<Database> other = secondConnection(file);

    // Both read version 1.
    Client first = ClientRepository(file.db()).find(client.id).value();
    Client second = ClientRepository(*other).find(client.id).value();
    first.person.phone = u"013-5551234"_s;
    second.person.phone = u"06-98765432"_s;

    const Moments saved = asJansen([&] { REQUIRE(ClientService(file.db()).save(first).ok()); });
    const Status refused = ClientService(*other).save(second);

    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Conflict);
    CHECK(namesJansen(refused.error().message, saved,
                      u"This record was changed meanwhile by %1. Reopen it to see the current "
                      u"version, then make your change again."_s));
    // The first change stands, read through either connection.
    CHECK(ClientRepository(*other).find(client.id).value().person.phone == u"013-5551234"_s);
    CHECK(ClientRepository(file.db()).find(client.id).value().version == 2);
}

TEST_CASE("a save of a record someone else removed meanwhile says it was removed, by whom",
          "[concurrency]")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    Client client = test::validClient(basics.centrum);
    REQUIRE(ClientService(file.db()).save(client).ok());
    const std::unique_ptr<Database> other = secondConnection(file);
    Client second = ClientRepository(*other).find(client.id).value();

    const Moments removed =
        asJansen([&] { REQUIRE(ClientService(file.db()).remove(client.id).ok()); });
    second.person.phone = u"06-98765432"_s;
    const Status refused = ClientService(*other).save(second);

    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Conflict);
    CHECK(namesJansen(refused.error().message, removed,
                      u"This record was removed meanwhile by %1. Your changes were not stored."_s));
    // Nothing came back: the removal stands.
    CHECK_FALSE(ClientRepository(*other).findIfExists(client.id).value().has_value());
}

TEST_CASE("a refused save on a record the audit log says nothing about keeps the plain message",
          "[concurrency]")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    Client client = test::validClient(basics.centrum);
    client.code = u"C-0001"_s;
    // Stored past the services, as an import of old data might: no audit entry names it.
    REQUIRE(ClientRepository(file.db()).insert(client).ok());
    const std::unique_ptr<Database> other = secondConnection(file);
    Client first = ClientRepository(file.db()).find(client.id).value();
    Client second = ClientRepository(*other).find(client.id).value();
    first.person.phone = u"013-5551234"_s;
    second.person.phone = u"06-98765432"_s;
    REQUIRE(ClientRepository(file.db()).update(first).ok());

    const Status refused = ClientService(*other).save(second);

    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Conflict);
    CHECK(refused.error().message == u"This record was changed or removed by someone else "
                                     u"meanwhile. Reopen it to see the current version."_s);
}

TEST_CASE("two people creating a client at the same moment get two codes, the second one "
          "counted after the first is stored",
          "[concurrency]")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    Client existing = test::validClient(basics.centrum);
    REQUIRE(ClientService(file.db()).save(existing).ok());
    REQUIRE(existing.code == u"C-0001"_s);

    // The first save is under way: its transaction has counted the next code and stored the
    // client, and has not committed yet.
    WriteTransaction first(file.db());
    REQUIRE(first.ok());
    Client mine = test::validClient(basics.noord);
    mine.code = ClientRepository(file.db()).nextCode().value();
    REQUIRE(ClientRepository(file.db()).insert(mine).ok());

    // Meanwhile a second person saves a new client on a connection of their own, in a thread
    // of its own (which waits). Catch's checks stay on this thread.
    Status theirSave = Error::make(Error::Kind::Storage, u"not run"_s);
    QString theirCode;
    std::thread second([&] {
        Result<std::unique_ptr<Database>> other = Database::open(file.path());
        if (!other) {
            theirSave = other.error();
            return;
        }
        Client theirs = test::validClient(basics.centrum);
        theirSave = ClientService(**other).save(theirs);
        theirCode = theirs.code;
    });
    QThread::msleep(300);
    const Status committed = first.commit();
    second.join();

    REQUIRE(committed.ok());
    const std::string why =
        theirSave.ok() ? std::string() : theirSave.error().message.toStdString();
    INFO(why);
    REQUIRE(theirSave.ok());
    CHECK(mine.code == u"C-0002"_s);
    CHECK(theirCode == u"C-0003"_s);
}
