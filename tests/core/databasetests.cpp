#include "storage/database.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int pragmaValue(Database &db, const QString &pragma)
{
    const Result<QVariant> value = scalar(db, u"PRAGMA "_s + pragma);
    REQUIRE(value.ok());
    return value->toInt();
}

} // namespace

TEST_CASE("a new data file carries our application id and the latest schema version",
          "[sqlite-only]")
{
    test::TempDataFile file;
    CHECK(pragmaValue(file.db(), u"application_id"_s) == 0x575A5357);
    CHECK(pragmaValue(file.db(), u"user_version"_s) == Database::currentSchemaVersion());
    CHECK(file.db().schemaVersion() == Database::currentSchemaVersion());
}

TEST_CASE("every connection enforces foreign keys, distrusts the schema and syncs fully",
          "[sqlite-only]")
{
    test::TempDataFile file;
    Database &db = file.reopen();
    CHECK(pragmaValue(db, u"foreign_keys"_s) == 1);
    CHECK(pragmaValue(db, u"trusted_schema"_s) == 0);
    CHECK(pragmaValue(db, u"synchronous"_s) == 2); // FULL
    const Result<QVariant> journal = scalar(db, u"PRAGMA journal_mode"_s);
    REQUIRE(journal.ok());
    CHECK(journal->toString() == u"delete"_s);
}

TEST_CASE("creating a data file refuses a path that already exists", "[sqlite-only]")
{
    test::TempDataFile file;
    const Result<std::unique_ptr<Database>> again = Database::create(file.path());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == Error::Kind::Io);
}

TEST_CASE("opening a file that is not ours refuses it and leaves it unchanged", "[sqlite-only]")
{
    test::TempDataFile file;
    SECTION("a text file")
    {
        const QString path = file.pathFor(u"notes.wzsw"_s);
        QFile text(path);
        REQUIRE(text.open(QIODevice::WriteOnly));
        text.write("Dit is geen database, maar een boodschappenlijstje.\n");
        text.close();
        const QByteArray before = fileHash(path);
        const Result<std::unique_ptr<Database>> opened = Database::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().kind == Error::Kind::NotOurFile);
        CHECK(fileHash(path) == before);
    }
    SECTION("an SQLite database of another program")
    {
        const QString path = file.pathFor(u"other.sqlite"_s);
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            other.setDatabaseName(path);
            REQUIRE(other.open());
            QSqlQuery(other).exec(u"CREATE TABLE t (x)"_s);
            other.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        const QByteArray before = fileHash(path);
        const Result<std::unique_ptr<Database>> opened = Database::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().kind == Error::Kind::NotOurFile);
        CHECK(fileHash(path) == before);
    }
}

TEST_CASE("opening a file from a newer program refuses it and leaves it unchanged", "[sqlite-only]")
{
    test::TempDataFile file;
    REQUIRE(execSql(file.db(), u"PRAGMA user_version = "_s +
                                   QString::number(Database::currentSchemaVersion() + 1))
                .ok());
    file.close();
    const QByteArray before = fileHash(file.path());
    const Result<std::unique_ptr<Database>> opened = Database::open(file.path());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == Error::Kind::TooNew);
    CHECK(opened.error().message.contains(u"newer"_s));
    CHECK(fileHash(file.path()) == before);
}

TEST_CASE("opening a file that does not exist does not create it", "[sqlite-only]")
{
    test::TempDataFile file;
    const QString missing = file.pathFor(u"missing.wzsw"_s);
    const Result<std::unique_ptr<Database>> opened = Database::open(missing);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == Error::Kind::NotFound);
    CHECK_FALSE(QFile::exists(missing));
}

TEST_CASE("migrating from an empty schema creates every table the domain needs", "[sqlite-only]")
{
    test::TempDataFile file;
    const QStringList tables = file.db().connection().tables();
    for (const QString &table :
         {u"municipalities"_s, u"neighbourhoods"_s, u"service_types"_s, u"partners"_s,
          u"agreements"_s, u"clients"_s, u"providers"_s, u"trajectories"_s, u"ladder_assessments"_s,
          u"service_requests"_s, u"deliveries"_s, u"targets"_s, u"budget_lines"_s,
          u"project_settings"_s, u"contact_notes"_s, u"audit_log"_s})
        CHECK(tables.contains(table));
}
