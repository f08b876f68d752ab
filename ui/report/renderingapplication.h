#pragma once

#include <QCoreApplication>

#include <memory>

namespace wzsw {

/// The application object a program needs before it draws a report without a window (the
/// command-line program's --pdf): a QApplication, because the charts are laid out in a
/// QGraphicsScene, on Qt's "offscreen" platform unless QT_QPA_PLATFORM chooses another, so no
/// display is needed. `argc` must outlive the application.
std::unique_ptr<QCoreApplication> makeRenderingApplication(int &argc, char **argv);

} // namespace wzsw
