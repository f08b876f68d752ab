// wzsw-cli: the program without a window (spec/cli.md). Everything here is command-line
// handling; the work itself is done by the core library.
#include "commandline.h"
#include "messagelanguage.h"
#ifdef WZSW_WITH_PDF
#include "reportpdf.h"
#endif

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void printOverview(FILE *stream)
{
    QTextStream out(stream);
    out << QCoreApplication::translate("wzsw::cli", "Usage: wzsw-cli COMMAND [ARGUMENTS]\n\n"
                                                    "Commands:\n");
    for (const wzsw::cli::Command &command : wzsw::cli::commands())
        out << u"  "_s << command.name.leftJustified(15) << u' '
            << QCoreApplication::translate("wzsw::cli", command.summary) << u"\n      "_s
            << u"wzsw-cli "_s << command.name << u' ' << command.synopsis << u'\n';
    out << QCoreApplication::translate(
        "wzsw::cli",
        "\nFILE is a data file (.wzsw) or the regional database as a connection string\n"
        "postgresql://user@host:port/database?sslmode=require. Leave the password out of\n"
        "it: it is taken from PGPASSWORD or ~/.pgpass.\n"
        "'wzsw-cli COMMAND --help' explains one command.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    // Only writing a PDF needs more than QtCore: the report renderer's headless application.
#ifdef WZSW_WITH_PDF
    const std::unique_ptr<QCoreApplication> app =
        wzsw::cli::wantsPdf(argc, argv) ? wzsw::cli::makePdfApplication(argc, argv)
                                        : std::make_unique<QCoreApplication>(argc, argv);
#else
    const auto app = std::make_unique<QCoreApplication>(argc, argv);
#endif
    QCoreApplication::setApplicationName(u"wzsw-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(WZSW_VERSION));
    wzsw::cli::useSystemMessageLanguage();

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        printOverview(stderr);
        return wzsw::cli::Usage;
    }
    const QString name = arguments.takeFirst();
    if (name == u"--help"_s || name == u"-h"_s || name == u"help"_s) {
        printOverview(stdout);
        return wzsw::cli::Done;
    }
    if (name == u"--version"_s) {
        QTextStream(stdout) << u"wzsw-cli "_s << QCoreApplication::applicationVersion() << u'\n';
        return wzsw::cli::Done;
    }
    for (const wzsw::cli::Command &command : wzsw::cli::commands())
        if (command.name == name)
            return command.run(arguments);
    QTextStream(stderr)
        << QCoreApplication::translate("wzsw::cli", "Unknown command: %1\n\n").arg(name);
    printOverview(stderr);
    return wzsw::cli::Usage;
}
