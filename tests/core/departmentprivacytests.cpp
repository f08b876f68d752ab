// What the department exports must never give away: names, BSNs, phones, e-mail addresses,
// internal codes and case notes stay in the data file unless the user asks, with a reason;
// pseudonyms are stable per recipient and differ between recipients; every export is audited
// and a cancelled one leaves no file.

#include "departmenttesthelpers.h"
#include "exchange/pseudonyms.h"
#include "storage/auditrepository.h"
#include "storage/personrepository.h"
#include "storage/workrepositories.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

const QStringList departmentProfiles{u"participation"_s, u"wmo"_s, u"neighbourhoods"_s,
                                     u"agreements"_s};

// Everything identifying in the awkward set, as it is stored.
const QList<QByteArray> names{"Truus", "Heijden", "Mehmet", "Yılmaz",
                              "Ümit",  "Öztürk",  "Dóra",   "Kovács"};
const QList<QByteArray> otherIdentifiers{
    "111222333",  "12345678",      "truus@example.nl", "mehmet@example.nl", "C-0001",
    "C-0002",     "P-0001",        "P-0002",           "Heuvelring",        "5038 CL",
    "José Çelik", "jose@thebe.nl", "5551234"};

QByteArray exportOf(test::TempDataFile &file, const QString &profile, const ExportRequest &request)
{
    return test::exportBytes(file.db(), profile, request, file.pathFor(profile + u".csv"_s));
}

// The first column of every data row.
QStringList personIds(const QByteArray &bytes)
{
    QStringList ids;
    for (const QStringList &row : test::rowsOf(bytes).mid(1))
        ids.append(row.at(0));
    return ids;
}

} // namespace

TEST_CASE("no department profile writes a name, BSN, phone, e-mail, code or note by default")
{
    test::TempDataFile file;
    test::importAwkward(file.db());
    ContactNote note;
    note.clientId = ClientRepository(file.db()).idOfCode(u"C-0001"_s).value();
    note.date = QDate(2025, 2, 3);
    note.author = u"Projectleider"_s;
    note.text = u"Vertelde over haar zorgen om haar dochter"_s;
    REQUIRE(NoteRepository(file.db()).insert(note).ok());
    for (const QString &profile : departmentProfiles) {
        for (const CsvDialect &dialect : {CsvDialect::excelNl(), CsvDialect::rfc4180()}) {
            INFO(profile.toStdString() << " " << dialect.name.toStdString());
            ExportRequest request = test::dutchRequest(u"Wmo Tilburg"_s);
            request.dialect = dialect;
            const QByteArray bytes = exportOf(file, profile, request);
            CHECK(bytes.size() > 100); // a header and rows, not an empty file
            for (const QByteArray &value : names + otherIdentifiers) {
                INFO(value.toStdString());
                CHECK_FALSE(bytes.contains(value));
            }
            CHECK_FALSE(bytes.contains("zorgen om haar dochter"));
            CHECK_FALSE(bytes.contains("Projectleider"));
        }
    }
}

TEST_CASE("with names and BSN the person profiles add those columns and still nothing else")
{
    test::TempDataFile file;
    test::importAwkward(file.db());
    ExportRequest request = test::dutchRequest(u"Wmo Tilburg"_s);
    request.withNames = true;
    request.withBsn = true;
    request.reason = u"Herindicatie, verzoek van de gemeente"_s;
    const QList<QStringList> rows = test::rowsOf(exportOf(file, u"wmo"_s, request));
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).mid(0, 6) == QStringList{u"persoon-id"_s, u"voornaam"_s, u"tussenvoegsel"_s,
                                              u"achternaam"_s, u"BSN"_s, u"geboortejaar"_s});
    CHECK(rows.at(2).mid(1, 4) ==
          QStringList{u"Truus"_s, u"van der"_s, u"Heijden"_s, u"111222333"_s});
    CHECK(rows.at(2).at(0).startsWith(u"PS-"_s)); // the person id stays a pseudonym
    const QByteArray bytes = exportOf(file, u"wmo"_s, request);
    for (const QByteArray &value : {QByteArray("truus@example.nl"), QByteArray("12345678"),
                                    QByteArray("C-0001"), QByteArray("Heuvelring")})
        CHECK_FALSE(bytes.contains(value));
}

TEST_CASE("names or BSNs without a reason are refused, and profiles of figures refuse them")
{
    ExportRequest request = test::dutchRequest();
    request.withBsn = true;
    CHECK_FALSE(exportProfile(u"wmo")->refusal(request).isEmpty());
    request.reason = u"Controle"_s;
    CHECK(exportProfile(u"wmo")->refusal(request).isEmpty());
    CHECK_FALSE(exportProfile(u"neighbourhoods")->refusal(request).isEmpty());
    CHECK_FALSE(exportProfile(u"agreements")->refusal(request).isEmpty());
}

TEST_CASE("pseudonyms are stable for a recipient, differ per recipient and person, and are no "
          "code")
{
    test::TempDataFile file;
    test::importAwkward(file.db());
    const QStringList january = personIds(exportOf(file, u"wmo"_s, test::dutchRequest(u"Wmo"_s)));
    const QStringList february =
        personIds(exportOf(file, u"wmo"_s, test::dutchRequest(u"  wmo "_s)));
    const QStringList other =
        personIds(exportOf(file, u"wmo"_s, test::dutchRequest(u"Sociale Zaken"_s)));
    REQUIRE(january.size() == 2);
    CHECK(february == january); // same label, case and spaces aside
    CHECK(january.at(0) != january.at(1));
    CHECK(QSet<QString>(other.begin(), other.end())
              .intersect(QSet<QString>(january.begin(), january.end()))
              .isEmpty());
    const QRegularExpression shape(u"^PS-[A-Z2-7]{12}$"_s);
    for (const QString &id : january + other)
        CHECK(shape.match(id).hasMatch());

    // A client and a provider with the same internal id get different pseudonyms, and the key
    // makes the difference between two data files.
    Pseudonymizer a(QByteArray(32, 'a'), u"Wmo"_s);
    Pseudonymizer b(QByteArray(32, 'b'), u"Wmo"_s);
    CHECK(a.of(PersonKind::Client, 1) != a.of(PersonKind::Provider, 1));
    CHECK(a.of(PersonKind::Client, 1) != b.of(PersonKind::Client, 1));
    CHECK(a.of(PersonKind::Client, 1) == a.of(PersonKind::Client, 1));
}

TEST_CASE("the pseudonym key survives reopening the file, so pseudonyms stay the same")
{
    test::TempDataFile file;
    test::importAwkward(file.db());
    const QStringList before =
        personIds(exportOf(file, u"participation"_s, test::dutchRequest(u"SoZa"_s)));
    file.reopen();
    const QStringList after =
        personIds(exportOf(file, u"participation"_s, test::dutchRequest(u"SoZa"_s)));
    REQUIRE(before.size() == 2);
    CHECK(after == before);
}

TEST_CASE("a department export is audited with profile, period, scope, recipient, names, BSN and "
          "rows")
{
    test::TempDataFile file;
    test::importAwkward(file.db());
    ExportRequest request = test::dutchRequest(u"Wmo Tilburg"_s);
    request.municipalityCode = u"GM0855"_s;
    request.withNames = true;
    request.reason = u"Herindicatie"_s;
    // GM0855's own settings have a project start but no end: the period is given.
    request.from = QDate(2025, 1, 1);
    request.to = QDate(2025, 12, 31);
    exportOf(file, u"wmo"_s, request);
    const AuditEntry entry = AuditRepository(file.db()).entries().value().back();
    CHECK(entry.action == u"export"_s);
    CHECK_FALSE(entry.who.isEmpty());
    CHECK(entry.at.isValid());
    for (const QString &part : {u"profile wmo"_s, u"scope GM0855"_s, u"recipient Wmo Tilburg"_s,
                                u"with names"_s, u"without BSN"_s, u"reason Herindicatie"_s,
                                u"wmo.csv 1"_s, u"period 2025-01-01..2025-12-31"_s})
        CHECK(entry.summary.contains(part));
    CHECK_FALSE(entry.summary.contains(u"Truus"_s));
}

TEST_CASE("a cancelled department export leaves no file and no audit entry")
{
    test::TempDataFile file;
    test::importAwkward(file.db());
    const qsizetype entries = AuditRepository(file.db()).entries().value().size();
    const QString path = file.pathFor(u"w.csv"_s);
    const Result<ExportSummary> summary = Exporter(file.db()).run(
        *exportProfile(u"wmo"), test::dutchRequest(), path, [](int) { return false; });
    REQUIRE_FALSE(summary.ok());
    CHECK(summary.error().kind == Error::Kind::Cancelled);
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files).filter(u"w.csv"_s).isEmpty());
    CHECK(AuditRepository(file.db()).entries().value().size() == entries);
}
