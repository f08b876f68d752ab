#include "benchrunner.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace wzsw::bench {

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

bool BenchRunner::runGroup(const QStringList &group)
{
    for (int run = 0; run < m_repeat; ++run)
        for (const QString &step : group)
            if (m_results.value(step).skipped.isEmpty() && !runOnce(step))
                return false;
    return true;
}

const StepResults &BenchRunner::results(const QString &step) const
{
    static const StepResults none{{}, u"not run"_s, {}};
    const auto found = m_results.constFind(step);
    return found == m_results.constEnd() ? none : *found;
}

bool BenchRunner::runOnce(const QString &step)
{
    StepResults &results = m_results[step];
    if (!findStep(step)) {
        results.skipped = u"not in this build (desktop program not built)"_s;
        return true;
    }
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({u"--step"_s, step, u"--work"_s, m_context.work, u"--clients"_s,
                        QString::number(m_context.clients), u"--sqlite3"_s, m_context.sqlite3});
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    err() << "  " << step << " ..." << Qt::flush;
    child.start();
    child.waitForFinished(-1);
    const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n');
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        err() << " failed (exit " << child.exitCode() << ")\n" << Qt::flush;
        return false;
    }
    QStringList shown;
    for (const QString &line : lines) {
        if (const std::optional<Sample> sample = parseSampleLine(line)) {
            results.samples.append(*sample);
            shown.append(QString::number(sample->wallMs, 'f', 0) + u" ms"_s);
        } else if (line.startsWith(u"SKIP "_s)) {
            results.skipped = line.mid(5).trimmed();
            shown.append(u"skipped: "_s + results.skipped);
        } else if (line.startsWith(u"INFO "_s)) {
            if (!results.info.contains(line.mid(5).trimmed()))
                results.info.append(line.mid(5).trimmed());
        }
    }
    err() << ' ' << shown.join(u", "_s) << '\n' << Qt::flush;
    return true;
}

int runStepInThisProcess(const Step &step, const StepContext &context)
{
    const Result<StepOutcome> outcome = step.run(context);
    QTextStream out(stdout);
    if (!outcome) {
        err() << step.name << ": " << outcome.error().fullText() << '\n' << Qt::flush;
        return 1;
    }
    if (!outcome->skipped.isEmpty())
        out << "SKIP " << outcome->skipped << '\n';
    for (const QString &line : outcome->info)
        out << "INFO " << line << '\n';
    for (const Sample &sample : outcome->samples)
        out << sampleLine(sample) << '\n';
    out.flush();
    return 0;
}

} // namespace wzsw::bench
