// The test runner for widget tests: a QApplication for the whole run, on the offscreen
// platform unless the caller chose one (catch_discover_tests runs this program at build time,
// without the test environment), and QStandardPaths' test mode so settings never touch the
// user's own.
#define CATCH_CONFIG_RUNNER
#include "settings/translations.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

#include <catch2/catch.hpp>

namespace {

QtMessageHandler g_defaultHandler = nullptr;

// The offscreen platform and a CI machine without a session say these on every window; they
// say nothing about the program.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QStringLiteral("does not support propagateSizeHints")) ||
        message.startsWith(QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    g_defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char **argv)
{
    g_defaultHandler = qInstallMessageHandler(quietHandler);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WZSW-tests"));
    // One settings file per process: ctest runs test cases in parallel processes, and each
    // starts from empty settings.
    QApplication::setApplicationName(QStringLiteral("wzsw-ui-tests-") +
                                     QString::number(QCoreApplication::applicationPid()));
    QStandardPaths::setTestModeEnabled(true);
    // The tests read texts in English, the source language, unless they switch on purpose.
    wzsw::Translations::apply(wzsw::Language::English);
    const int result = Catch::Session().run(argc, argv);
    QFile::remove(QSettings().fileName());
    return result;
}
