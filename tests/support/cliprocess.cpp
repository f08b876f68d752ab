#include "cliprocess.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

namespace wzsw::test {

namespace {

CliRun run(const QString &program, const QStringList &arguments, int timeoutMs,
           QProcessEnvironment environment, const QString &language)
{
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    if (!language.isEmpty())
        environment.insert(QStringLiteral("LANGUAGE"), language);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(timeoutMs));
    CliRun result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

CliRun runCli(const QString &program, const QStringList &arguments, int timeoutMs)
{
    return run(program, arguments, timeoutMs, QProcessEnvironment::systemEnvironment(), {});
}

CliRun runCliInLanguage(const QString &program, const QStringList &arguments,
                        const QString &language)
{
    return run(program, arguments, 120000, QProcessEnvironment::systemEnvironment(), language);
}

CliRun runCli(const QString &program, const QStringList &arguments,
              const QProcessEnvironment &environment, int timeoutMs)
{
    return run(program, arguments, timeoutMs, environment, {});
}

} // namespace wzsw::test
