// The test runner for programs that need only QtCore: a QCoreApplication exists for the
// whole run, so translators, QStandardPaths and Qt's event loop work as in the programs.
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <QStandardPaths>

#include <catch2/catch.hpp>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
