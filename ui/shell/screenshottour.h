#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace wzsw {

class MainWindow;

/// `wzsw --screenshot DIR FILE`: shows the welcome page, opens FILE, visits every page (and
/// every tab), a record summary and the dialogs, and saves each as a PNG in DIR, grabbed with
/// QWidget::grab() so nothing depends on timing. For docs/screenshots (tools/screenshots).
class ScreenshotTour
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::ScreenshotTour)

public:
    static Status run(MainWindow &window, const QString &dataFile, const QString &folder);
};

} // namespace wzsw
