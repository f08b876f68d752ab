// libFuzzer target: the importer on any bytes. The first byte picks which exchange file the
// rest is (clients.csv, deliveries.csv, ...); each input is imported into a fresh copy of a
// small data file that already holds a municipality, a neighbourhood, a client and a provider,
// so rows can refer to something. Beyond "no crash, no undefined behaviour": an import that
// reports problems stores nothing, and the data file stays sound.
#include "exchange/exchangefiles.h"
#include "exchange/importer.h"
#include "services/datafilesetup.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace wzsw;
using namespace Qt::StringLiterals;

namespace {

struct World
{
    QTemporaryDir dir;
    QString templateFile;
    QString workFile;
    QString csvFolder;
};

World *world = nullptr;

[[noreturn]] void fail(const char *what)
{
    fprintf(stderr, "importfuzzer: %s\n", what);
    std::abort();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        fail("cannot write an input file");
}

/// The template: one municipality, one neighbourhood, one client, one provider.
void makeTemplate(World &w)
{
    Result<std::unique_ptr<Database>> db = Database::create(w.templateFile);
    if (!db)
        fail("cannot make the template data file");
    Municipality tilburg;
    tilburg.code = u"GM0855"_s;
    tilburg.name = u"Tilburg"_s;
    if (!initialiseDataFile(**db, tilburg).ok())
        fail("cannot initialise the template data file");
    writeFile(w.csvFolder + u"/neighbourhoods.csv"_s,
              "code,name,municipality_code\r\nWK085501,Centrum,GM0855\r\n");
    writeFile(w.csvFolder + u"/clients.csv"_s,
              "code,given_name,family_name,birth_date,street,house_number,postcode,place,"
              "neighbourhood_code,target_groups,intake_date\r\n"
              "C-0001,Anna,Jansen,1950-03-01,Heuvelring,12,5038 CL,Tilburg,WK085501,elderly,"
              "2025-01-06\r\n");
    writeFile(w.csvFolder + u"/providers.csv"_s,
              "code,given_name,family_name,birth_date,house_number,postcode,neighbourhood_code,"
              "background,hours_per_week,start_date\r\n"
              "P-0001,Bram,Vries,1990-07-01,3,5041 AB,WK085501,welfare_benefit,16,2025-01-06\r\n");
    const Result<ImportReport> report = Importer(**db).run({w.csvFolder});
    if (!report || !report->stored) {
        if (report)
            for (const QString &line : report->problems.lines())
                fprintf(stderr, "%s\n", qPrintable(line));
        fail("cannot fill the template data file");
    }
    for (const QString &name : {u"neighbourhoods.csv"_s, u"clients.csv"_s, u"providers.csv"_s})
        QFile::remove(w.csvFolder + u'/' + name);
}

qint64 auditEntries(Database &db)
{
    const Result<QVariant> count = scalar(db, u"SELECT count(*) FROM audit_log"_s);
    return count ? count->toLongLong() : -1;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The SQLite driver is a Qt plugin: found through the application object.
    new QCoreApplication(*argc, *argv);
    world = new World;
    // The temporary folder goes when the run ends (libFuzzer leaves through exit()).
    std::atexit([] {
        delete world;
        world = nullptr;
    });
    if (!world->dir.isValid())
        fail("no temporary folder");
    world->templateFile = world->dir.filePath(u"template.wzsw"_s);
    world->workFile = world->dir.filePath(u"work.wzsw"_s);
    world->csvFolder = world->dir.filePath(u"in"_s);
    QDir().mkpath(world->csvFolder);
    makeTemplate(*world);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QList<ExchangeFile> &files = exchangeFiles();
    const ExchangeFile &target = files.at(data[0] % files.size());
    const QString input = world->csvFolder + u'/' + target.name;
    writeFile(input, QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));

    QFile::remove(world->workFile);
    if (!QFile::copy(world->templateFile, world->workFile))
        fail("cannot copy the template");
    {
        Result<std::unique_ptr<Database>> db = Database::open(world->workFile);
        if (!db)
            fail("cannot open the copy of the template");
        const qint64 auditBefore = auditEntries(**db);
        const Result<ImportReport> report = Importer(**db).run({input});
        if (!report)
            fail("the import could not run");
        // All or nothing: problems mean nothing was stored, not even an audit entry.
        if (!report->ok() && (report->stored || auditEntries(**db) != auditBefore))
            fail("an import with problems stored something");
        const Result<QVariant> check = scalar(**db, u"PRAGMA quick_check"_s);
        if (!check || check->toString() != u"ok"_s)
            fail("the data file is damaged after an import");
    }
    QFile::remove(input);
    return 0;
}
