#pragma once

#include "storage/checkqueries.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace wzsw {

class MainWindow;

/// One person to erase.
struct ErasureTarget
{
    PersonKind kind = PersonKind::Client;
    QString code;
};

/// Privacy > Erase a person... and the retention list's erase button: a confirmation that says
/// what goes for good and what stays, then core's ErasureService on the data file and on its
/// automatic backups (so a restore cannot bring the person back). The undo history goes too:
/// undoing an earlier change would write the erased values back.
class ErasureFlow
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::ErasureFlow)

public:
    /// Asks for the person, confirms, erases.
    static void run(MainWindow &window);
    /// Confirms erasing `targets`, then erases them. True when all were erased.
    static bool confirmAndErase(MainWindow &window, const QList<ErasureTarget> &targets);
    /// Erases `targets` without asking and tells the outcome in the status bar or, on
    /// trouble, a message. True when all were erased.
    static bool erase(MainWindow &window, const QList<ErasureTarget> &targets);
};

} // namespace wzsw
