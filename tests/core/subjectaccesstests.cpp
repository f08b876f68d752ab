#include "privacyworld.h"
#include "services/noteservice.h"
#include "services/privacysettings.h"
#include "services/subjectaccess.h"
#include "servicetesthelpers.h"
#include "storage/auditrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

const AccessSection &section(const SubjectAccessReport &report, const QString &name)
{
    for (const AccessSection &s : report.sections)
        if (s.name == name)
            return s;
    FAIL("no section " << name.toStdString());
    return report.sections.front();
}

QString valueOf(const AccessSection &person, const QString &column)
{
    return person.rows.front().value(person.columns.indexOf(column));
}

} // namespace

TEST_CASE("subject access for a client holds their record, requests, deliveries, notes and log")
{
    test::TempDataFile file;
    const test::PrivacyWorld w = test::makePrivacyWorld(file.db());
    setDisplayLanguage(Language::Dutch);
    const Result<SubjectAccessReport> report =
        SubjectAccess(file.db()).collect(PersonKind::Client, w.truus.code);
    REQUIRE(report.ok());
    QStringList names;
    for (const AccessSection &s : report->sections)
        names.append(s.name);
    CHECK(names ==
          QStringList{u"client"_s, u"requests"_s, u"deliveries"_s, u"notes"_s, u"audit"_s});

    const AccessSection &person = section(*report, u"client"_s);
    CHECK(valueOf(person, u"code"_s) == w.truus.code);
    CHECK(valueOf(person, u"family_name"_s) == u"Heijden"_s);
    CHECK(valueOf(person, u"bsn"_s) == u"111222333"_s);
    CHECK(valueOf(person, u"birth_date"_s) == u"14-03-1941"_s); // excel-nl formats
    CHECK(valueOf(person, u"neighbourhood_code"_s) == u"WK085501"_s);
    CHECK(valueOf(person, u"target_groups"_s).contains(u" | "_s));

    const AccessSection &requests = section(*report, u"requests"_s);
    REQUIRE(requests.rows.size() == 1);
    CHECK(requests.rows.front().contains(u"Mevrouw Verstappen wil wekelijks boodschappen"_s));

    const AccessSection &deliveries = section(*report, u"deliveries"_s);
    CHECK(deliveries.columns ==
          QStringList{u"service_type_code"_s, u"date"_s, u"hours"_s, u"fee"_s, u"note"_s});
    REQUIRE(deliveries.rows.size() == 2);
    // Newest first: 2025-02-14, 2 h at 5.00 = 10,00.
    CHECK(deliveries.rows.at(0).mid(1) ==
          QStringList{u"14-02-2025"_s, u"2"_s, u"10,00"_s, u"Bij Heijden thuis, Heuvelring"_s});
    for (const QStringList &row : deliveries.rows)
        CHECK_FALSE(row.join(u' ').contains(w.mehmet.code)); // not the provider's code

    CHECK(section(*report, u"notes"_s).rows.size() == 1);
    const AccessSection &audit = section(*report, u"audit"_s);
    // Created, renamed, request, two deliveries, note: 6; then this access itself.
    REQUIRE(audit.rows.size() == 7);
    CHECK(audit.rows.back().at(2) == u"subject_access"_s);
    CHECK(AuditRepository(file.db()).entries().value().back().action == u"subject_access"_s);
}

TEST_CASE("subject access for a provider leaves out the clients and their descriptions")
{
    test::TempDataFile file;
    const test::PrivacyWorld w = test::makePrivacyWorld(file.db());
    const Result<SubjectAccessReport> report =
        SubjectAccess(file.db()).collect(PersonKind::Provider, w.mehmet.code);
    REQUIRE(report.ok());
    const AccessSection &trajectories = section(*report, u"trajectories"_s);
    REQUIRE(trajectories.rows.size() == 1);
    CHECK(trajectories.rows.front().contains(u"Mehmet wil werken als klusjesman"_s));
    CHECK(section(*report, u"ladder"_s).rows ==
          QList<QStringList>{{u"01-02-2025"_s, u"2"_s}, {u"01-06-2025"_s, u"3"_s}});
    const AccessSection &requests = section(*report, u"requests"_s);
    CHECK_FALSE(requests.columns.contains(u"description"_s));
    REQUIRE(requests.rows.size() == 1);
    const AccessSection &deliveries = section(*report, u"deliveries"_s);
    CHECK_FALSE(deliveries.columns.contains(u"fee"_s)); // what the client paid
    CHECK(deliveries.rows.size() == 3);
    QString everything;
    for (const AccessSection &s : report->sections)
        for (const QStringList &row : s.rows)
            everything += row.join(u' ');
    CHECK_FALSE(everything.contains(w.kees.code));
    CHECK_FALSE(everything.contains(w.truus.code));
    CHECK_FALSE(everything.contains(u"Verstappen"_s));
    // The log names his own deliveries with the client's code left out.
    CHECK(everything.contains(u"… "_s + w.mehmet.code + u" 2025-02-20"_s));
}

TEST_CASE("the BSN is left out of subject access when the file does not process BSNs")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    const Client client = test::storeClient(file.db(), test::validClient(basics.centrum));
    REQUIRE(PrivacySettings(file.db()).setProcessesBsns(false).ok());
    const Result<SubjectAccessReport> report =
        SubjectAccess(file.db()).collect(PersonKind::Client, client.code);
    REQUIRE(report.ok());
    CHECK_FALSE(section(*report, u"client"_s).columns.contains(u"bsn"_s));
}

TEST_CASE("subject access is written as an escaped HTML document and a CSV file per part")
{
    test::TempDataFile file;
    const test::PrivacyWorld w = test::makePrivacyWorld(file.db());
    ContactNote note;
    note.clientId = w.truus.id;
    note.date = QDate(2025, 3, 1);
    note.text = u"<script>alert(1)</script> & \"Truus\"; regel 2"_s;
    REQUIRE(NoteService(file.db()).save(note).ok());
    const SubjectAccessReport report =
        SubjectAccess(file.db()).collect(PersonKind::Client, w.truus.code).value();

    const QString html = report.html();
    CHECK(html.startsWith(u"<!DOCTYPE html>"_s));
    CHECK(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Truus&quot;"_s));
    CHECK_FALSE(html.contains(u"<script>"_s));
    CHECK(html.contains(u"Heijden"_s));

    const QString folder = file.pathFor(u"inzage/truus"_s);
    const Result<QStringList> written = report.writeFiles(folder, CsvDialect::excelNl());
    REQUIRE(written.ok());
    const QString code = w.truus.code;
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name) ==
          QStringList{code + u"-audit.csv"_s, code + u"-client.csv"_s, code + u"-deliveries.csv"_s,
                      code + u"-notes.csv"_s, code + u"-requests.csv"_s, code + u".html"_s});
    // The CSV reads back: header plus one row per note.
    QFile notes(QDir(folder).filePath(code + u"-notes.csv"_s));
    REQUIRE(notes.open(QIODevice::ReadOnly));
    const QByteArray bytes = notes.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "date;author;text\r\n")); // excel-nl: BOM and ;
    CHECK(bytes.contains("\"<script>alert(1)</script> & \"\"Truus\"\"; regel 2\""));
}

TEST_CASE("subject access for an unknown code fails and logs nothing")
{
    test::TempDataFile file;
    const qint64 before = AuditRepository(file.db()).entries().value().size();
    const Result<SubjectAccessReport> report =
        SubjectAccess(file.db()).collect(PersonKind::Client, u"C-0404"_s);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().kind == Error::Kind::NotFound);
    CHECK(AuditRepository(file.db()).entries().value().size() == before);
}
