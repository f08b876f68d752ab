#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace wzsw::test {

/// What a run of wzsw-cli left behind.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the built wzsw-cli with `arguments` and waits for it (at most `timeoutMs`). Its
/// messages are in English, whatever language the machine running the tests asks for.
CliRun runCli(const QString &program, const QStringList &arguments, int timeoutMs = 120000);
/// The same, on a system whose language is `language` (the LANGUAGE variable, e.g. "nl").
CliRun runCliInLanguage(const QString &program, const QStringList &arguments,
                        const QString &language);
/// The same in `environment` instead of this process's (English messages all the same).
CliRun runCli(const QString &program, const QStringList &arguments,
              const QProcessEnvironment &environment, int timeoutMs = 120000);

} // namespace wzsw::test
