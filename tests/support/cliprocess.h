#pragma once

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

/// Runs the built wzsw-cli with `arguments` and waits for it (at most `timeoutMs`).
CliRun runCli(const QString &program, const QStringList &arguments, int timeoutMs = 120000);

} // namespace wzsw::test
