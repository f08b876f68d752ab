// export -> import into a new data file -> export gives the same bytes, awkward values and all.

#include "demo/demogenerator.h"
#include "exchange/exporter.h"
#include "exchangetestdata.h"
#include "services/filechecker.h"
#include "storage/auditrepository.h"
#include "storage/personrepository.h"
#include "storage/workrepositories.h"

#include <QDirIterator>
#include <QMap>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

Result<ExportSummary> exportExchange(Database &db, const QString &path,
                                     const CsvDialect &dialect = CsvDialect::rfc4180())
{
    ExportRequest request;
    request.dialect = dialect;
    return Exporter(db).run(*exportProfile(u"exchange"), request, path);
}

/// Every file in `dir` (hidden ones included), name -> bytes.
QMap<QString, QByteArray> filesIn(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        files.insert(it.fileName(), file.readAll());
    }
    return files;
}

/// Exports `db` into a fresh folder of `parent` and returns the files.
QMap<QString, QByteArray> exported(Database &db, const QTemporaryDir &parent, const QString &name,
                                   const CsvDialect &dialect = CsvDialect::rfc4180())
{
    const Result<ExportSummary> summary = exportExchange(db, parent.filePath(name), dialect);
    if (!summary)
        FAIL(summary.error().message.toStdString());
    return filesIn(parent.filePath(name));
}

void importAwkwardSet(Database &db)
{
    test::ExchangeFolder folder(test::awkwardExchangeSet());
    const ImportReport report = test::importFolder(db, folder.path());
    INFO(test::problemLines(report).join(u'\n').toStdString());
    REQUIRE(report.ok());
}

void importFolderOk(Database &db, const QString &path)
{
    const ImportReport report = test::importFolder(db, path);
    INFO(test::problemLines(report).join(u'\n').toStdString());
    REQUIRE(report.ok());
}

} // namespace

TEST_CASE("exchange export, import into a new file and export again gives identical bytes")
{
    test::TempDataFile first;
    importAwkwardSet(first.db());
    QTemporaryDir out;
    const QMap<QString, QByteArray> once = exported(first.db(), out, u"once"_s);
    REQUIRE(once.size() == 14); // one file per entity, contact notes never

    test::TempDataFile second;
    importFolderOk(second.db(), out.filePath(u"once"_s));
    // The file check, which knows nothing of the import, finds every rule kept.
    const FileCheckReport check = FileChecker(second.db()).run().value();
    INFO(check.summaryText().toStdString());
    CHECK(check.healthy());
    const QMap<QString, QByteArray> twice = exported(second.db(), out, u"twice"_s);
    REQUIRE(twice.keys() == once.keys());
    for (const QString &name : once.keys()) {
        INFO(name.toStdString());
        CHECK(twice.value(name) == once.value(name));
    }

    // Worked out by hand: sorted by client, date, provider, service type, then id; the empty
    // fees are 1.5 x 5.00 = 7.50 and 2 x 7.50 = 15.00.
    CHECK(once.value(u"deliveries.csv"_s) ==
          "client_code,provider_code,service_type_code,date,hours,fee,note\r\n"
          "C-0001,P-0001,boodschappen,2025-01-27,0.25,0.00,\" spaties rondom \"\r\n"
          "C-0001,P-0001,boodschappen,2025-02-03,1.5,7.50,=SUM(A1) is geen formule\r\n"
          "C-0001,P-0001,boodschappen,2025-02-03,1.5,7.50,=SUM(A1) is geen formule\r\n"
          "C-0002,P-0001,klusjes,2025-03-10,12,90.00,\"regel 1\r\nregel 2\"\r\n"
          "C-0002,P-0002,klusjes,2025-03-10,2,15.00,Kapotte kraan 🔧\r\n");
    CHECK(once.value(u"budget.csv"_s) ==
          "municipality_code,from,to,kind,category,planned,realised\r\n"
          "GM0785,2025-01-01,2025-12-31,income,partner_contribution,-300.00,0.00\r\n"
          "GM0855,2025-01-01,2025-12-31,cost,materials,250.00,-125.75\r\n"
          "GM0855,2025-01-01,2025-12-31,income,wmo,10000.00,9500.50\r\n");
    CHECK(once.value(u"ladder.csv"_s) == "provider_code,date,level\r\n"
                                         "P-0001,2025-01-05,2\r\n"
                                         "P-0001,2025-06-01,3\r\n"
                                         "P-0001,2025-06-01,3\r\n");
    CHECK(once.value(u"settings.csv"_s) ==
          "municipality_code,project_start,interim_1,interim_2,project_end,project_leader\r\n"
          ",2025-01-01,2025-07-01,2026-01-01,2026-12-31,Anne-Marie van 't Hof\r\n"
          "GM0855,2025-01-01,,,,\"Jansen, P.\"\r\n");
    // Service types by code, written in the order of their codes, not of their ids.
    CHECK(once.value(u"providers.csv"_s).contains(",welfare_benefit,boodschappen|tuin,12.5,"));
}

TEST_CASE("an excel-nl exchange export guards formulas, keeps negative amounts numbers and "
          "imports back to the same bytes")
{
    test::TempDataFile first;
    importAwkwardSet(first.db());
    QTemporaryDir out;
    const CsvDialect excel = CsvDialect::excelNl();
    const QMap<QString, QByteArray> once = exported(first.db(), out, u"once"_s, excel);
    CHECK(once.value(u"clients.csv"_s)
              .startsWith("\xEF\xBB\xBF"
                          "code;given_name;"));
    CHECK(once.value(u"clients.csv"_s).contains(";'+31 6 12345678;"));
    CHECK(once.value(u"deliveries.csv"_s).contains(";'=SUM(A1) is geen formule\r\n"));
    CHECK(once.value(u"budget.csv"_s)
              .contains("GM0855;01-01-2025;31-12-2025;cost;materials;250,00;-125,75\r\n"));

    test::TempDataFile second;
    importFolderOk(second.db(), out.filePath(u"once"_s));
    const Client truus = ClientRepository(second.db()).byCode(u"C-0001"_s).value().value();
    CHECK(truus.person.phone == u"+31 6 12345678"_s); // the guard is the writer's, not data
    const QMap<QString, QByteArray> twice = exported(second.db(), out, u"twice"_s, excel);
    for (const QString &name : once.keys()) {
        INFO(name.toStdString());
        CHECK(twice.value(name) == once.value(name));
    }
}

TEST_CASE("the exchange export never contains contact notes")
{
    test::TempDataFile file;
    importAwkwardSet(file.db());
    ContactNote note;
    note.clientId = ClientRepository(file.db()).idOfCode(u"C-0001"_s).value();
    note.date = QDate(2025, 2, 3);
    note.author = u"Projectleider"_s;
    note.text = u"Vertelde over haar zorgen om haar dochter"_s;
    REQUIRE(NoteRepository(file.db()).insert(note).ok());
    QTemporaryDir out;
    for (const QByteArray &bytes : exported(file.db(), out, u"export"_s)) {
        CHECK_FALSE(bytes.contains("zorgen om haar dochter"));
        CHECK_FALSE(bytes.contains("Projectleider"));
    }
}

TEST_CASE("an export is recorded in the audit log with its profile, scope and row counts")
{
    test::TempDataFile file;
    importAwkwardSet(file.db());
    QTemporaryDir out;
    exported(file.db(), out, u"export"_s);
    const QList<AuditEntry> audit = AuditRepository(file.db()).entries().value();
    REQUIRE(audit.size() == 2); // the import, then the export
    const AuditEntry &entry = audit.back();
    CHECK(entry.action == u"export"_s);
    CHECK(entry.summary.contains(u"profile exchange"_s));
    CHECK(entry.summary.contains(u"scope whole data file"_s));
    CHECK(entry.summary.contains(u"deliveries.csv 5"_s));
    CHECK(entry.summary.contains(u"clients.csv 2"_s));
    CHECK_FALSE(entry.summary.contains(u"Heijden"_s));
}

TEST_CASE("an export that cannot be written leaves nothing behind, not even a temporary folder")
{
    test::TempDataFile file;
    importAwkwardSet(file.db());
    QTemporaryDir out;
    QFile blocker(out.filePath(u"taken"_s));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Result<ExportSummary> onFile = exportExchange(file.db(), out.filePath(u"taken"_s));
    CHECK_FALSE(onFile.ok());
    const Result<ExportSummary> noParent =
        exportExchange(file.db(), out.filePath(u"missing/export"_s));
    CHECK_FALSE(noParent.ok());
    CHECK(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) ==
          QStringList{u"taken"_s});
    CHECK(AuditRepository(file.db()).entries().value().size() == 1); // the import only
}

TEST_CASE("an export into an existing folder replaces its exchange files and leaves others")
{
    test::TempDataFile file;
    importAwkwardSet(file.db());
    QTemporaryDir out;
    const QString folder = out.filePath(u"export"_s);
    REQUIRE(QDir().mkpath(folder));
    for (const QString &name : {u"clients.csv"_s, u"readme.txt"_s}) {
        QFile old(QDir(folder).filePath(name));
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    REQUIRE(exportExchange(file.db(), folder).ok());
    const QMap<QString, QByteArray> files = filesIn(folder);
    CHECK(files.size() == 15);
    CHECK(files.value(u"readme.txt"_s) == "old");
    CHECK(files.value(u"clients.csv"_s).startsWith("code,given_name,"));
    CHECK(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) ==
          QStringList{u"export"_s});
}

TEST_CASE("a demo file goes through export, import and export unchanged, and again unchanged")
{
    test::TempDataFile demo;
    DemoOptions options;
    options.clients = 60;
    options.seed = 7;
    const DemoSummary made = generateDemo(demo.db(), options).value();
    QTemporaryDir out;
    const QMap<QString, QByteArray> once = exported(demo.db(), out, u"once"_s);

    test::TempDataFile copy;
    const ImportReport first = test::importFolder(copy.db(), out.filePath(u"once"_s));
    INFO(test::problemLines(first).join(u'\n').toStdString());
    REQUIRE(first.ok());
    CHECK(test::countsOf(first, u"clients.csv"_s).added == made.clients);
    CHECK(test::countsOf(first, u"deliveries.csv"_s).added == made.deliveries);
    CHECK(test::countsOf(first, u"trajectories.csv"_s).added == made.trajectories);
    const QMap<QString, QByteArray> twice = exported(copy.db(), out, u"twice"_s);
    for (const QString &name : once.keys()) {
        INFO(name.toStdString());
        CHECK(twice.value(name) == once.value(name));
    }

    // The same files once more: every row finds its record and nothing changes.
    const ImportReport again = test::importFolder(copy.db(), out.filePath(u"once"_s));
    REQUIRE(again.ok());
    for (const ImportReport::File &file : again.files) {
        INFO(file.name.toStdString());
        CHECK(file.counts.added == 0);
        CHECK(file.counts.updated == 0);
    }
    CHECK(test::rowCount<Delivery>(copy.db()) == made.deliveries);
}
