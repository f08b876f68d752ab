#pragma once

#include "measurement.h"
#include "steps.h"

#include <QHash>
#include <QStringList>

namespace wzsw::bench {

/// The samples of one step over all its runs, or why it was not measured.
struct StepResults
{
    QList<Sample> samples;
    QString skipped;
    QStringList info; ///< "INFO ..." lines the step printed (sizes of the demo file)
};

/// Runs steps, each run in a fresh child process of this program (`--step NAME`), so that every
/// run starts cold in memory and its peak memory is its own. Steps compared with each other run
/// in turns (ours, sqlite3's, ours, ...) so that a change in the machine's load meets both.
class BenchRunner
{
public:
    BenchRunner(StepContext context, int repeat) : m_context(std::move(context)), m_repeat(repeat)
    {}

    /// Runs the steps of `group` in turns, `repeat` times; false when a step failed (the
    /// reason is printed). A step this build lacks is recorded as skipped.
    bool runGroup(const QStringList &group);

    const StepResults &results(const QString &step) const;

private:
    bool runOnce(const QString &step);

    StepContext m_context;
    int m_repeat;
    QHash<QString, StepResults> m_results;
};

/// The body of the child process: runs one step and prints its samples; the exit code.
int runStepInThisProcess(const Step &step, const StepContext &context);

} // namespace wzsw::bench
