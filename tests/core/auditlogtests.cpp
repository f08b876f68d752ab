#include "common/system.h"
#include "services/auditlog.h"
#include "storage/auditrepository.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

AuditEntry lastEntry(Database &db)
{
    return AuditRepository(db).entries().value().back();
}

void appendAt(Database &db, const QDateTime &at, const QString &entity, Id id, const QString &code)
{
    AuditEntry entry = AuditEntry::by(u"update"_s, entity, id, code, u"changed: phone"_s);
    entry.at = at;
    REQUIRE(AuditLog(db).record(entry).ok());
}

} // namespace

TEST_CASE("printing, issuing, revealing a BSN, exporting and subject access are logged")
{
    test::TempDataFile file;
    Database &db = file.db();
    AuditLog log(db);

    REQUIRE(
        log.reportPrinted(u"interim-1"_s, u"GM0855"_s, QDate(2025, 1, 1), QDate(2025, 6, 30)).ok());
    AuditEntry e = lastEntry(db);
    CHECK(e.action == u"print"_s);
    CHECK(e.entity == u"report"_s);
    CHECK(e.recordCode == u"interim-1 GM0855"_s);
    CHECK(e.summary == u"2025-01-01..2025-06-30"_s);

    REQUIRE(
        log.reportIssued(u"final"_s, u"region"_s, QDate(2025, 1, 1), QDate(2026, 12, 31), u"pdf"_s)
            .ok());
    e = lastEntry(db);
    CHECK(e.action == u"issue"_s);
    CHECK(e.summary == u"2025-01-01..2026-12-31; format: pdf"_s);

    REQUIRE(log.bsnRevealed(u"client"_s, 7, u"C-0007"_s).ok());
    e = lastEntry(db);
    CHECK(e.action == u"reveal_bsn"_s);
    CHECK(e.recordId == 7);
    CHECK(e.recordCode == u"C-0007"_s);
    CHECK(e.summary == u"bsn"_s); // the field's name, never its value

    REQUIRE(log.exported(u"wmo"_s, QDate(2025, 1, 1), QDate(2025, 3, 31), u"Wmo Tilburg"_s, false,
                         false)
                .ok());
    e = lastEntry(db);
    CHECK(e.action == u"export"_s);
    CHECK(e.summary == u"2025-01-01..2025-03-31; recipient: Wmo Tilburg; names: no; bsn: no"_s);

    REQUIRE(log.subjectAccessGiven(u"provider"_s, 3, u"P-0003"_s).ok());
    CHECK(lastEntry(db).action == u"subject_access"_s);

    CHECK(lastEntry(db).who == currentUserName());
    CHECK_FALSE(AuditRepository(db).firstBrokenEntry().value().has_value());
}

TEST_CASE("on a file opened read-only nothing can be logged, so the caller must not go on")
{
    test::TempDataFile file;
    file.close();
    Result<std::unique_ptr<Database>> db = Database::open(file.path(), Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    const Status revealed = AuditLog(**db).bsnRevealed(u"client"_s, 1, u"C-0001"_s);
    REQUIRE_FALSE(revealed.ok());
    CHECK(revealed.error().message.contains(u"read-only"_s));
}

TEST_CASE("the entries about a person are found by record and by code, whole words only")
{
    test::TempDataFile file;
    Database &db = file.db();
    const QDateTime t(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);
    appendAt(db, t, u"client"_s, 1000, u"C-1000"_s);                   // the record
    appendAt(db, t, u"delivery"_s, 5, u"C-1000 P-0001 2025-02-03"_s);  // theirs
    appendAt(db, t, u"note"_s, 6, u"C-1000 2025-02-04"_s);             // theirs
    appendAt(db, t, u"client"_s, 10000, u"C-10000"_s);                 // another client
    appendAt(db, t, u"delivery"_s, 8, u"C-10000 P-0001 2025-02-03"_s); // another's
    appendAt(db, t, u"request"_s, 9, u"C-100 2025-02-05"_s);           // another's
    const QList<AuditEntry> about =
        AuditRepository(db).entriesAbout(u"client"_s, 1000, u"C-1000"_s).value();
    QStringList codes;
    for (const AuditEntry &e : about)
        codes.append(e.recordCode);
    CHECK(codes == QStringList{u"C-1000"_s, u"C-1000 P-0001 2025-02-03"_s, u"C-1000 2025-02-04"_s});
    // A provider's code in the middle of a delivery's description is found as well.
    CHECK(AuditRepository(db).entriesAbout(u"provider"_s, 1, u"P-0001"_s).value().size() == 2);
}

TEST_CASE("entries between two moments include the first and exclude the second")
{
    test::TempDataFile file;
    Database &db = file.db();
    const QDateTime day(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC);
    appendAt(db, day.addMSecs(-1), u"client"_s, 1, u"C-0001"_s);
    appendAt(db, day, u"client"_s, 2, u"C-0002"_s);
    appendAt(db, day.addDays(1).addMSecs(-1), u"client"_s, 3, u"C-0003"_s);
    appendAt(db, day.addDays(1), u"client"_s, 4, u"C-0004"_s);
    const QList<AuditEntry> inDay = AuditRepository(db).entriesBetween(day, day.addDays(1)).value();
    REQUIRE(inDay.size() == 2);
    CHECK(inDay.at(0).recordId == 2);
    CHECK(inDay.at(1).recordId == 3);
    CHECK(AuditRepository(db).entries(QDate(2025, 3, 1), QDate(2025, 3, 1)).value().size() == 2);
}
