#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace wzsw {

/// The demo data file behind "Open the demo": fictional but plausible people in Tilburg and
/// its neighbours, kept in the user's data folder and made once.
///
/// Until core's demo generator is on main, the file is made by `wzsw-cli demo` when the
/// wzsw-cli beside this program has that command; without it the welcome page says so.
class DemoFile
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::DemoFile)

public:
    /// The demo file's place: the user's application data folder, "demo.wzsw".
    static QString path();
    /// Empty when the demo exists or can be made; otherwise why not, for people.
    static QString unavailableReason();
    /// The program and arguments that make the demo at `target`; empty program when none.
    static QString generatorProgram();
    static QStringList generatorArguments(const QString &target);

    /// Clients in the demo.
    static constexpr int clientCount = 400;
};

} // namespace wzsw
