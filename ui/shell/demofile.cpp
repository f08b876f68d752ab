#include "shell/demofile.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

// Installed, wzsw-cli lies beside wzsw; in the build tree it is in app/cli next to app/desktop.
QString findCli()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         {here.filePath(u"wzsw-cli"_s), here.filePath(u"../cli/wzsw-cli"_s)}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

// Whether that wzsw-cli knows the demo command (asked once: it takes a process start).
bool cliHasDemo(const QString &cli)
{
    static const bool answer = [&cli] {
        QProcess process;
        process.start(cli, {u"demo"_s, u"--help"_s});
        return process.waitForFinished(5000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    }();
    return answer;
}

} // namespace

QString DemoFile::path()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"demo.wzsw"_s);
}

QString DemoFile::generatorProgram()
{
    const QString cli = findCli();
    return !cli.isEmpty() && cliHasDemo(cli) ? cli : QString();
}

QStringList DemoFile::generatorArguments(const QString &target)
{
    return {u"demo"_s, target, u"--clients"_s, QString::number(clientCount), u"--seed"_s, u"1"_s};
}

QString DemoFile::unavailableReason()
{
    if (QFileInfo::exists(path()) || !generatorProgram().isEmpty())
        return {};
    return tr("The demo cannot be made: this installation has no demo generator (wzsw-cli demo).");
}

} // namespace wzsw
