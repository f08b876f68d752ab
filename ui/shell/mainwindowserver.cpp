// File > Connect to a regional server...: the dialog, the connection, the keychain. The
// password goes from the dialog (or the keychain) into the connection string that opens the
// server, and to the keychain when the person asks; titles, the recent list and messages show
// the string without it.
#include "settings/passwordstore.h"
#include "settings/preferences.h"
#include "shell/datafile.h"
#include "shell/mainwindow.h"
#include "shell/serverdialog.h"
#include "shell/serverproblem.h"

#include <QApplication>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace wzsw {

void MainWindow::connectServerFlow(const QString &location)
{
    ServerDialog dialog(this);
    if (!location.isEmpty())
        if (const Result<ServerLocation> preset = ServerLocation::parse(location))
            dialog.setLocation(*preset);
    dialog.fillRememberedPassword();
    while (dialog.exec() == QDialog::Accepted) {
        const ServerLocation server = dialog.location();
        Preferences::instance().setLastServer(server);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status opened = openFile(server.toString());
        QApplication::restoreOverrideCursor();
        if (!opened) {
            // Asked again with everything still filled in, and the reason on top.
            dialog.showProblem(ServerProblem::explain(opened.error(), server));
            continue;
        }
        const QString key = PasswordStore::keyFor(server);
        const Status kept = dialog.rememberPassword() ? PasswordStore::write(key, server.password)
                                                      : PasswordStore::remove(key);
        // A keychain that says no after all does not undo the connection: say it and go on.
        if (!kept && dialog.rememberPassword())
            QMessageBox::information(this, tr("Password not remembered"), kept.error().message);
        statusBar()->showMessage(tr("Connected to %1.").arg(m_file->displayName()), 6000);
        return;
    }
}

} // namespace wzsw
