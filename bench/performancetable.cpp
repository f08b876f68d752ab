// The table of docs/performance.md, written from the samples of one run.
#include "performancetable.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QThread>

using namespace Qt::StringLiterals;

namespace wzsw::bench {

namespace {

const auto beginMarker = u"<!-- results: written by wzsw-bench, do not edit by hand -->"_s;
const auto endMarker = u"<!-- end of results -->"_s;

QString procField(const QString &file, const QString &field)
{
    QFile proc(file);
    if (!proc.open(QIODevice::ReadOnly))
        return {};
    for (const QString &line : QString::fromUtf8(proc.readAll()).split(u'\n'))
        if (line.startsWith(field))
            return line.mid(line.indexOf(u':') + 1).trimmed();
    return {};
}

QString machine()
{
    const qint64 memoryKb =
        procField(u"/proc/meminfo"_s, u"MemTotal"_s).split(u' ').value(0).toLongLong();
    QProcess sqlite;
    sqlite.start(u"sqlite3"_s, {u"--version"_s});
    sqlite.waitForFinished();
    const QString sqliteVersion =
        QString::fromUtf8(sqlite.readAllStandardOutput()).split(u' ').value(0).trimmed();
    QFile loadavg(u"/proc/loadavg"_s);
    const QString load = loadavg.open(QIODevice::ReadOnly)
                             ? QString::fromUtf8(loadavg.readAll()).split(u' ').mid(0, 3).join(u' ')
                             : QString();
    return u"- Machine: %1, %2 cores, %3 GB RAM\n- Date: %4 UTC\n- Load average at the end "
           u"(1, 5, 15 min): %5 - the machine is shared; compare the CPU times and the ratios "
           u"rather than the wall times of another run\n- Qt %6, SQLite %7 (sqlite3 shell)\n"_s
               .arg(procField(u"/proc/cpuinfo"_s, u"model name"_s))
               .arg(QThread::idealThreadCount())
               .arg(double(memoryKb) / 1024.0 / 1024.0, 0, 'f', 1)
               .arg(QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm"_s), load,
                    QString::fromLatin1(qVersion()), sqliteVersion);
}

QString time(double ms)
{
    return ms >= 10000  ? QString::number(ms / 1000.0, 'f', 1) + u" s"_s
           : ms >= 1000 ? QString::number(ms / 1000.0, 'f', 2) + u" s"_s
                        : QString::number(ms, 'f', ms < 10 ? 1 : 0) + u" ms"_s;
}

QString megabytes(qint64 kb)
{
    return QString::number(double(kb) / 1024.0, 'f', 0) + u" MB"_s;
}

QString goalText(const Measure &m)
{
    QStringList parts;
    if (m.maxMs)
        parts.append(u"< "_s + time(*m.maxMs));
    if (m.maxRatio)
        parts.append(u"<= "_s + QString::number(*m.maxRatio) + u"x"_s);
    if (m.maxPeakMb)
        parts.append(u"< "_s + QString::number(*m.maxPeakMb) + u" MB resident"_s);
    return parts.isEmpty() ? u"-"_s : parts.join(u", "_s);
}

QString row(const Measure &m, const BenchRunner &runner)
{
    QStringList cells{m.label};
    const StepResults &ours = runner.results(m.ours);
    if (!ours.skipped.isEmpty() || ours.samples.isEmpty()) {
        const QString why = ours.skipped.isEmpty() ? u"not run"_s : ours.skipped;
        cells << u"-"_s << u"-"_s << u"-"_s << u"-"_s << u"-"_s << goalText(m)
              << u"not measured: "_s + why;
        return u"| "_s + cells.join(u" | "_s) + u" |"_s;
    }
    const Sample median = medianOf(ours.samples);
    qint64 peak = median.peakKb;
    for (const QString &step : m.peakOf)
        for (const Sample &s : runner.results(step).samples)
            peak = std::max(peak, s.peakKb);
    if (m.memoryOnly)
        cells << u"-"_s << u"-"_s << megabytes(peak);
    else
        cells << time(median.wallMs) << time(median.cpuMs) << megabytes(peak);

    bool met = true;
    bool judged = false;
    if (m.maxMs) {
        judged = true;
        met = met && median.wallMs < *m.maxMs;
    }
    if (m.maxPeakMb) {
        judged = true;
        met = met && double(peak) / 1024.0 < *m.maxPeakMb;
    }
    const StepResults &theirs = runner.results(m.theirs);
    if (!m.theirs.isEmpty() && !theirs.samples.isEmpty()) {
        const Sample their = medianOf(theirs.samples);
        const double ratio = median.wallMs / std::max(their.wallMs, 0.001);
        const double cpuRatio = median.cpuMs / std::max(their.cpuMs, 0.001);
        cells << m.theirsLabel + u": "_s + time(their.wallMs) + u" (CPU "_s + time(their.cpuMs) +
                     u")"_s
              << QString::number(ratio, 'f', 1) + u"x (CPU "_s + QString::number(cpuRatio, 'f', 1) +
                     u"x)"_s;
        if (m.maxRatio) {
            judged = true;
            met = met && ratio <= *m.maxRatio;
        }
    } else {
        cells << u"-"_s << u"-"_s;
    }
    cells << goalText(m) << (judged ? (met ? u"yes"_s : u"**no**"_s) : u"-"_s);
    return u"| "_s + cells.join(u" | "_s) + u" |"_s;
}

} // namespace

QList<Measure> scaleMeasures()
{
    const QString csv = u"`sqlite3 -csv` of all deliveries"_s;
    const auto measure = [](const QString &label, const QString &ours) {
        Measure m;
        m.label = label;
        m.ours = ours;
        return m;
    };
    const auto against = [](Measure m, const QString &theirs, const QString &theirsLabel) {
        m.theirs = theirs;
        m.theirsLabel = theirsLabel;
        return m;
    };
    QList<Measure> all;
    all.append(measure(u"Demo generation"_s, u"demo"_s));
    all.append(against(measure(u"Import of the exchange export into a new file, every rule "
                               u"checked"_s,
                               u"import"_s),
                       u"sqlite-import"_s, u"`.import` of deliveries.csv"_s));
    all.back().maxRatio = 3.0;
    all.append(against(measure(u"Region report figures, whole project"_s, u"figures"_s),
                       u"sqlite-scan"_s, u"one full scan of deliveries"_s));
    all.back().maxMs = 1000.0;
    all.back().maxRatio = 3.0;
    all.append(measure(u"Report PDF"_s, u"report-pdf"_s));
    all.back().maxMs = 3000.0;
    all.append(against(
        measure(u"Export `exchange` (every table; no goal of its own)"_s, u"export-exchange"_s),
        u"sqlite-csv"_s, csv));
    for (const QString &profile : {u"wmo"_s, u"participation"_s}) {
        all.append(against(measure(u"Export `"_s + profile + u"`"_s, u"export-"_s + profile),
                           u"sqlite-csv"_s, csv));
        all.back().maxRatio = 2.0;
    }
    all.append(measure(u"Desktop: start, open the file, client list painted"_s, u"desktop-open"_s));
    all.back().maxMs = 1000.0;
    all.append(measure(u"Desktop: one keystroke filtering the client list"_s, u"desktop-filter"_s));
    all.back().maxMs = 100.0;
    all.append(measure(u"Desktop: scroll the deliveries list to its end"_s, u"desktop-scroll"_s));
    all.append(measure(u"Desktop program with the large file: largest peak memory of the three "
                       u"above"_s,
                       u"desktop-open"_s));
    all.back().maxPeakMb = 300.0;
    all.back().peakOf = {u"desktop-open"_s, u"desktop-filter"_s, u"desktop-scroll"_s};
    all.back().memoryOnly = true;
    return all;
}

QString resultsMarkdown(const QList<Measure> &measures, const BenchRunner &runner,
                        const QString &runDescription)
{
    QString text = beginMarker + u"\n\n"_s + machine() + u"- Run: "_s + runDescription + u"\n"_s;
    const QStringList sizes = runner.results(u"demo"_s).info;
    if (!sizes.isEmpty())
        text += u"- Demo file: "_s + sizes.join(u", "_s) + u"\n"_s;
    text += u"\nMedians over the runs; wall time is what a person waits, CPU time (user + "
            u"system) is the work done. Each run is a process of its own; peak memory is its "
            u"peak resident size (VmHWM; for sqlite3 the shell's). Goals are judged on the "
            u"median wall time and on the ratio of wall times measured in turns in this run.\n\n"_s;
    text += u"| Measure | Median | CPU | Peak memory | SQLite, same run | Ratio | Goal | Met |\n"
            u"|---|---|---|---|---|---|---|---|\n"_s;
    for (const Measure &m : measures)
        text += row(m, runner) + u"\n"_s;
    return text + u"\n"_s + endMarker + u"\n"_s;
}

bool writeResults(const QString &path, const QString &results)
{
    QString text;
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(existing.readAll());
    const qsizetype begin = text.indexOf(beginMarker);
    const qsizetype end = text.indexOf(endMarker);
    if (begin >= 0 && end > begin) {
        qsizetype after = end + endMarker.size();
        if (after < text.size() && text.at(after) == u'\n')
            ++after;
        text.replace(begin, after - begin, results);
    } else {
        text = u"# Performance\n\n"_s + results +
               u"\n## What was changed to get there\n\n(written by hand)\n"_s;
    }
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit();
}

} // namespace wzsw::bench
