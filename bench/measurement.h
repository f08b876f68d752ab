#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace wzsw::bench {

/// One timed run of a measured step.
struct Sample
{
    double wallMs = 0; ///< elapsed time
    double cpuMs = 0;  ///< user + system time of the process that did the work
    qint64 peakKb = 0; ///< peak resident memory of that process (VmHWM / ru_maxrss)
};

/// Times work done by this process: wall clock and getrusage(RUSAGE_SELF).
class SelfClock
{
public:
    SelfClock();
    /// The sample since construction; peak memory is this process's VmHWM so far.
    Sample stop() const;

private:
    qint64 m_wallNs;
    double m_cpuMs;
};

/// Times work done by child processes this process waits for (the sqlite3 shell): wall clock
/// and getrusage(RUSAGE_CHILDREN), whose peak memory is that of the largest child. Run in a
/// process of its own, so that the children are only the ones measured.
class ChildClock
{
public:
    ChildClock();
    Sample stop() const;

private:
    qint64 m_wallNs;
    double m_cpuMs;
};

/// This process's peak resident memory in KiB, from /proc/self/status (VmHWM).
qint64 selfPeakKb();

/// The median of the values (the mean of the middle two for an even count); 0 for none.
double median(QList<double> values);

/// The medians of a list of samples, each field on its own; peak memory is the largest seen.
Sample medianOf(const QList<Sample> &samples);

/// "SAMPLE wall cpu peak": how a step run in a child process hands back its samples.
QString sampleLine(const Sample &sample);
std::optional<Sample> parseSampleLine(const QString &line);

} // namespace wzsw::bench
