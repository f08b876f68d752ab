#include "report/renderingapplication.h"

#include <QApplication>

namespace wzsw {

namespace {

QtMessageHandler g_defaultHandler = nullptr;

// The offscreen platform complains about a missing runtime folder on machines without a user
// session; that says nothing about the report, and the command line promises a quiet stderr.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtFatalMsg && type != QtCriticalMsg &&
        message.startsWith(QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    g_defaultHandler(type, context, message);
}

} // namespace

std::unique_ptr<QCoreApplication> makeRenderingApplication(int &argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_defaultHandler = qInstallMessageHandler(quietHandler);
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace wzsw
