#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace wzsw {

/// The demo data file behind "Open the demo" and `wzsw --demo`: fictional but plausible
/// people in Tilburg and its neighbours, made once by core's demo generator.
class DemoFile
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::DemoFile)

public:
    /// Clients in the demo (about 80 providers and 4,000 deliveries come with them).
    static constexpr int clientCount = 400;

    /// The demo's usual place: the user's application data folder, "demo.wzsw".
    static QString defaultPath();

    /// Makes a demo data file at `path`, which must not exist. It is written under a temporary
    /// name beside `path` and renamed when complete, so a cancelled or failed run leaves
    /// nothing behind. `progress` gets 0..100 and returns false to cancel.
    static Status create(const QString &path,
                         const std::function<bool(int percent)> &progress = {});
};

} // namespace wzsw
