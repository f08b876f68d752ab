// wzsw-bench: the program on a region's years of data, measured against the sqlite3 shell on
// the same machine in the same run. See `wzsw-bench --help` and docs/performance.md.
#include "benchrunner.h"
#include "performancetable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#ifdef WZSW_BENCH_DESKTOP
#include <QApplication>
#endif

#include <cmath>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;
using namespace wzsw::bench;

namespace {

// The clients of the large demo file; providers and deliveries follow (20,000 and about
// 1,000,000).
constexpr int fullScaleClients = 100'000;

#ifdef NDEBUG
constexpr bool optimisedBuild = true;
#else
constexpr bool optimisedBuild = false;
#endif

// The groups of steps in the order they run: each needs the files of the ones before.
const QList<std::pair<QString, QStringList>> &groups()
{
    static const QList<std::pair<QString, QStringList>> all{
        {u"demo"_s, {u"demo"_s}},
        {u"exports"_s,
         {u"export-exchange"_s, u"export-wmo"_s, u"export-participation"_s, u"sqlite-csv"_s}},
        {u"import"_s, {u"import"_s, u"sqlite-import"_s}},
        {u"figures"_s, {u"figures"_s, u"sqlite-scan"_s}},
        {u"desktop"_s,
         {u"desktop-open"_s, u"desktop-filter"_s, u"desktop-scroll"_s, u"report-pdf"_s}},
    };
    return all;
}

#ifdef WZSW_BENCH_DESKTOP
// The step a child process is asked to run, read before any application object exists: the
// desktop steps need a QApplication, the others do with a QCoreApplication.
const char *stepArgument(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--step") == 0)
            return argv[i + 1];
    return nullptr;
}
#endif

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
#ifdef WZSW_BENCH_DESKTOP
    const char *name = stepArgument(argc, argv);
    const Step *step = name ? findStep(QString::fromLocal8Bit(name)) : nullptr;
    if (step && step->needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        auto app = std::make_unique<QApplication>(argc, argv);
        // The window reads and writes preferences: keep them apart from a person's own.
        QStandardPaths::setTestModeEnabled(true);
        return app;
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char **argv)
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(u"wzsw-bench"_s);
    QCoreApplication::setOrganizationName(u"WZSW-bench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Makes the large demo file (100,000 clients, 20,000 providers, about 1,000,000 "
        u"deliveries at --scale 1) and measures demo generation, import, report figures, "
        u"exports and the desktop program against the sqlite3 shell in the same run."_s);
    parser.addHelpOption();
    const QCommandLineOption scale(u"scale"_s, u"Size relative to the large file (default 1)."_s,
                                   u"F"_s, u"1"_s);
    const QCommandLineOption repeat(u"repeat"_s, u"Runs of each measure (default 3)."_s, u"N"_s,
                                    u"3"_s);
    const QCommandLineOption work(
        u"work"_s, u"Work folder, kept afterwards (default: a temporary one)."_s, u"DIR"_s);
    const QCommandLineOption only(u"only"_s,
                                  u"Only these groups, comma-separated: demo, exports, import, "
                                  u"figures, desktop. Needs the files of the earlier groups in "
                                  u"--work."_s,
                                  u"GROUPS"_s);
    const QCommandLineOption doc(u"doc"_s,
                                 u"Write the results into this Markdown file (docs/"
                                 u"performance.md), keeping its hand-written part."_s,
                                 u"FILE"_s);
    const QCommandLineOption sqlite3(u"sqlite3"_s, u"The sqlite3 shell (default: sqlite3)."_s,
                                     u"PATH"_s, u"sqlite3"_s);
    const QCommandLineOption step(u"step"_s, u"Internal: run one step in this process."_s,
                                  u"NAME"_s);
    const QCommandLineOption clients(u"clients"_s, u"Internal: clients of the demo file."_s,
                                     u"N"_s);
    parser.addOptions({scale, repeat, work, only, doc, sqlite3, step, clients});
    parser.process(*app);

    StepContext context;
    context.sqlite3 = parser.value(sqlite3);
    QTextStream err(stderr);

    if (parser.isSet(step)) {
        const Step *found = findStep(parser.value(step));
        if (!found) {
            err << "unknown step " << parser.value(step) << '\n';
            return 2;
        }
        context.work = parser.value(work);
        context.clients = parser.value(clients).toInt();
        return runStepInThisProcess(*found, context);
    }

    bool ok = false;
    const double factor = parser.value(scale).toDouble(&ok);
    const int runs = parser.value(repeat).toInt();
    if (!ok || factor <= 0 || factor > 10 || runs < 1) {
        err << "--scale takes a number above 0 up to 10, --repeat a whole number from 1\n";
        return 2;
    }
    context.clients = std::max(10, int(std::lround(fullScaleClients * factor)));
    QTemporaryDir temporary;
    context.work = parser.isSet(work) ? QDir(parser.value(work)).absolutePath() : temporary.path();
    if (!QDir().mkpath(context.work)) {
        err << "cannot make " << context.work << '\n';
        return 1;
    }
    const QStringList chosen = parser.isSet(only) ? parser.value(only).split(u',') : QStringList();

    BenchRunner runner(context, runs);
    for (const auto &[name, steps] : groups()) {
        if (!chosen.isEmpty() && !chosen.contains(name))
            continue;
        err << name << ":\n" << Qt::flush;
        if (!runner.runGroup(steps))
            return 1;
    }

    const QString description =
        u"`wzsw-bench --scale %1 --repeat %2` (%3 clients), %4"_s.arg(factor)
            .arg(runs)
            .arg(context.clients)
            .arg(optimisedBuild ? u"optimised build"_s : u"debug build: times mean little"_s);
    const QString results = resultsMarkdown(scaleMeasures(), runner, description);
    QTextStream(stdout) << results << Qt::flush;
    if (parser.isSet(doc) && !writeResults(parser.value(doc), results)) {
        err << "cannot write " << parser.value(doc) << '\n';
        return 1;
    }
    return 0;
}
