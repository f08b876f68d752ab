// The steps of the core: the demo generator, the exports, the import and the report figures,
// and the sqlite3 shell doing the same amount of work on the same rows.
#include "common/values.h"
#include "demo/demogenerator.h"
#include "exchange/exporter.h"
#include "exchange/importer.h"
#include "figures/computereport.h"
#include "services/datafilesetup.h"
#include "steps.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace wzsw::bench {

namespace {

Result<std::unique_ptr<Database>> newDataFile(const QString &path)
{
    QFile::remove(path);
    Result<std::unique_ptr<Database>> db = Database::create(path);
    if (!db)
        return db.error();
    if (Status status = initialiseDataFile(**db, std::nullopt); !status)
        return status.error();
    return db;
}

// A new demo file of the context's size: the first run makes the large file the other steps
// use, later runs a copy that is removed again.
Result<StepOutcome> demo(const StepContext &context)
{
    const bool first = !QFile::exists(context.largeFile());
    const QString path = first ? context.largeFile() : context.work + u"/demo-again.wzsw"_s;
    StepOutcome outcome;
    {
        const SelfClock clock;
        Result<std::unique_ptr<Database>> db = newDataFile(path);
        if (!db)
            return db.error();
        DemoOptions options;
        options.clients = context.clients;
        const Result<DemoSummary> summary = generateDemo(**db, options);
        if (!summary)
            return summary.error();
        outcome.samples.append(clock.stop());
        outcome.info = {u"clients "_s + QString::number(summary->clients),
                        u"providers "_s + QString::number(summary->providers),
                        u"deliveries "_s + QString::number(summary->deliveries)};
    }
    if (!first)
        QFile::remove(path);
    return outcome;
}

// The whole period of the demo: its project.
ExportRequest wholeProject()
{
    ExportRequest request;
    request.from = DemoCalendar::projectStart();
    request.to = DemoCalendar::projectEnd();
    request.recipient = u"benchmark"_s;
    return request;
}

Result<StepOutcome> runExport(const StepContext &context, const QString &name,
                              const ExportRequest &request, const QString &out)
{
    const ExportProfile *profile = exportProfile(name);
    if (!profile)
        return StepOutcome::notBuilt(u"the %1 export is not built yet"_s.arg(name));
    if (QFileInfo(out).isDir())
        QDir(out).removeRecursively();
    else
        QFile::remove(out);
    Result<std::unique_ptr<Database>> db = Database::open(context.largeFile());
    if (!db)
        return db.error();
    const SelfClock clock;
    if (Result<ExportSummary> summary = Exporter(**db).run(*profile, request, out); !summary)
        return summary.error();
    return StepOutcome::measured(clock.stop());
}

// The exchange export of the whole file: also the input of the import steps.
Result<StepOutcome> exportExchange(const StepContext &context)
{
    return runExport(context, u"exchange"_s, {}, context.exchangeFolder());
}

Result<StepOutcome> exportWmo(const StepContext &context)
{
    return runExport(context, u"wmo"_s, wholeProject(), context.work + u"/wmo.csv"_s);
}

Result<StepOutcome> exportParticipation(const StepContext &context)
{
    return runExport(context, u"participation"_s, wholeProject(),
                     context.work + u"/participation.csv"_s);
}

// The exchange export read into a new data file, every rule checked.
Result<StepOutcome> import(const StepContext &context)
{
    const SelfClock clock;
    Result<std::unique_ptr<Database>> db = newDataFile(context.work + u"/imported.wzsw"_s);
    if (!db)
        return db.error();
    const Result<ImportReport> report = Importer(**db).run({context.exchangeFolder()});
    if (!report)
        return report.error();
    if (!report->ok())
        return stepError(u"the import found problems: "_s +
                         report->problems.lines().join(u"; "_s).left(2000));
    return StepOutcome::measured(clock.stop());
}

// The region's report figures over the whole project.
Result<StepOutcome> figures(const StepContext &context)
{
    Result<std::unique_ptr<Database>> db =
        Database::open(context.largeFile(), Database::Mode::ReadOnly);
    if (!db)
        return db.error();
    ReportRequest request;
    request.kind = ReportKind::Final;
    const SelfClock clock;
    if (Result<ReportData> report = computeReport(**db, request); !report)
        return report.error();
    return StepOutcome::measured(clock.stop());
}

// Runs the sqlite3 shell with `arguments`, `input` on its standard input and its output to
// `outputFile` (discarded when empty). Timed by ChildClock: this process only waits.
Result<StepOutcome> sqlite(const StepContext &context, const QStringList &arguments,
                           const QByteArray &input = {}, const QString &outputFile = {})
{
    QProcess shell;
    shell.setProgram(context.sqlite3);
    shell.setArguments(arguments);
    shell.setStandardOutputFile(outputFile.isEmpty() ? QProcess::nullDevice() : outputFile);
    const ChildClock clock;
    shell.start();
    if (!shell.waitForStarted(-1))
        return stepError(u"%1 did not start: %2"_s.arg(context.sqlite3, shell.errorString()));
    shell.write(input);
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const Sample sample = clock.stop();
    if (shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0)
        return stepError(u"sqlite3 failed: "_s +
                         QString::fromLocal8Bit(shell.readAllStandardError()));
    return StepOutcome::measured(sample);
}

// `.import` of the delivery rows of the exchange export into a new database.
Result<StepOutcome> sqliteImport(const StepContext &context)
{
    const QString target = context.work + u"/sqlite-import.db"_s;
    QFile::remove(target);
    const QByteArray commands =
        ".import --csv '" + context.deliveriesCsv().toUtf8() + "' deliveries\n";
    return sqlite(context, {u"-batch"_s, target}, commands);
}

// One full scan of the deliveries table, over a column no index holds.
Result<StepOutcome> sqliteScan(const StepContext &context)
{
    return sqlite(
        context,
        {u"-batch"_s, u"-readonly"_s, context.largeFile(),
         u"SELECT count(*), count(note), sum(quarter_hours) FROM deliveries NOT INDEXED"_s});
}

// Every delivery written as CSV.
Result<StepOutcome> sqliteCsv(const StepContext &context)
{
    return sqlite(context,
                  {u"-batch"_s, u"-readonly"_s, u"-csv"_s, u"-header"_s, context.largeFile(),
                   u"SELECT * FROM deliveries"_s},
                  {}, context.work + u"/sqlite-deliveries.csv"_s);
}

} // namespace

Error stepError(const QString &message)
{
    return Error::make(Error::Kind::Io, message);
}

QList<Step> coreSteps()
{
    return {
        {"demo", &demo},
        {"export-exchange", &exportExchange},
        {"export-wmo", &exportWmo},
        {"export-participation", &exportParticipation},
        {"import", &import},
        {"figures", &figures},
        {"sqlite-import", &sqliteImport},
        {"sqlite-scan", &sqliteScan},
        {"sqlite-csv", &sqliteCsv},
    };
}

QList<Step> allSteps()
{
    return coreSteps() + desktopSteps();
}

const Step *findStep(const QString &name)
{
    static const QList<Step> steps = allSteps();
    for (const Step &step : steps)
        if (QLatin1StringView(step.name) == name)
            return &step;
    return nullptr;
}

#ifndef WZSW_BENCH_DESKTOP
QList<Step> desktopSteps()
{
    return {};
}
#endif

} // namespace wzsw::bench
