#pragma once

#include "common/result.h"
#include "measurement.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wzsw::bench {

/// Where and at what size a step works. Every step runs in a child process of its own (see
/// BenchRunner), so that its peak memory is its own; the files it needs were made by the steps
/// before it in the same work folder.
struct StepContext
{
    QString work;                                ///< the work folder
    int clients = 100'000;                       ///< size of the demo file
    QString sqlite3 = QStringLiteral("sqlite3"); ///< the sqlite3 shell

    QString largeFile() const { return work + QStringLiteral("/large.wzsw"); }
    QString exchangeFolder() const { return work + QStringLiteral("/exchange"); }
    QString deliveriesCsv() const { return exchangeFolder() + QStringLiteral("/deliveries.csv"); }
};

/// What a step measured, or why it could not (a part not built yet): then `skipped` says so.
struct StepOutcome
{
    QList<Sample> samples;
    QString skipped;
    QStringList info; ///< lines for the report ("deliveries 1000123")

    static StepOutcome measured(const Sample &sample) { return {{sample}, {}, {}}; }
    static StepOutcome notBuilt(const QString &why) { return {{}, why, {}}; }
};

using StepFunction = Result<StepOutcome> (*)(const StepContext &context);

struct Step
{
    const char *name;
    StepFunction run;
    bool needsGui = false; ///< runs under a QApplication (offscreen)
};

/// Every step this build can run: the core's, and the desktop program's when it is built.
QList<Step> allSteps();
const Step *findStep(const QString &name);

QList<Step> coreSteps();
QList<Step> desktopSteps();

/// A failed step as an error the runner prints.
Error stepError(const QString &message);

} // namespace wzsw::bench
