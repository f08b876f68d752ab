#include "measurement.h"

#include <QFile>
#include <QStringList>

#include <algorithm>
#include <sys/resource.h>
#include <time.h>

using namespace Qt::StringLiterals;

namespace wzsw::bench {

namespace {

double cpuMsOf(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    const auto ms = [](const timeval &t) {
        return double(t.tv_sec) * 1000.0 + t.tv_usec / 1000.0;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

qint64 nowNs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

} // namespace

SelfClock::SelfClock() : m_wallNs(nowNs()), m_cpuMs(cpuMsOf(RUSAGE_SELF))
{}

Sample SelfClock::stop() const
{
    return {double(nowNs() - m_wallNs) / 1e6, cpuMsOf(RUSAGE_SELF) - m_cpuMs, selfPeakKb()};
}

ChildClock::ChildClock() : m_wallNs(nowNs()), m_cpuMs(cpuMsOf(RUSAGE_CHILDREN))
{}

Sample ChildClock::stop() const
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return {double(nowNs() - m_wallNs) / 1e6, cpuMsOf(RUSAGE_CHILDREN) - m_cpuMs,
            qint64(usage.ru_maxrss)};
}

qint64 selfPeakKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

Sample medianOf(const QList<Sample> &samples)
{
    QList<double> wall;
    QList<double> cpu;
    Sample result;
    for (const Sample &s : samples) {
        wall.append(s.wallMs);
        cpu.append(s.cpuMs);
        result.peakKb = std::max(result.peakKb, s.peakKb);
    }
    result.wallMs = median(wall);
    result.cpuMs = median(cpu);
    return result;
}

QString sampleLine(const Sample &sample)
{
    return u"SAMPLE %1 %2 %3"_s.arg(sample.wallMs, 0, 'f', 3)
        .arg(sample.cpuMs, 0, 'f', 3)
        .arg(sample.peakKb);
}

std::optional<Sample> parseSampleLine(const QString &line)
{
    const QStringList parts = line.trimmed().split(u' ');
    if (parts.size() != 4 || parts.at(0) != u"SAMPLE"_s)
        return std::nullopt;
    bool ok1 = false;
    bool ok2 = false;
    bool ok3 = false;
    Sample s{parts.at(1).toDouble(&ok1), parts.at(2).toDouble(&ok2), parts.at(3).toLongLong(&ok3)};
    if (!ok1 || !ok2 || !ok3)
        return std::nullopt;
    return s;
}

} // namespace wzsw::bench
