#pragma once

#include "benchrunner.h"

#include <QString>

#include <optional>

namespace wzsw::bench {

/// One line of the results table: our step, the sqlite3 step it is compared with, the goal.
struct Measure
{
    QString label;
    QString ours;                    ///< step name
    QString theirs;                  ///< sqlite3 step name; empty: not compared
    QString theirsLabel;             ///< what sqlite3 did
    std::optional<double> maxMs;     ///< goal: median wall time at most this
    std::optional<double> maxRatio;  ///< goal: at most this times sqlite3's median wall time
    std::optional<double> maxPeakMb; ///< goal: peak resident memory at most this
    QStringList peakOf;              ///< steps whose largest peak memory this line reports
    bool memoryOnly = false;         ///< a line about memory alone: no times shown
};

/// The measures of issue "Scale", in the order of the table.
QList<Measure> scaleMeasures();

/// The table of results in Markdown, with the machine and the run above it.
QString resultsMarkdown(const QList<Measure> &measures, const BenchRunner &runner,
                        const QString &runDescription);

/// Puts `results` into the Markdown file at `path` between its results markers, keeping
/// everything else (the hand-written part); makes the file when there is none.
bool writeResults(const QString &path, const QString &results);

} // namespace wzsw::bench
