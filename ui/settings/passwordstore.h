#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace wzsw {

struct ServerLocation;

/// Server passwords in the system keychain (Secret Service, KWallet, Windows' Credential
/// Manager, macOS' Keychain, through qtkeychain), never in the program's settings: the
/// insecure fallback that would write them to a settings file stays off. Entries live under
/// the service "wzsw" with the key `user@host:port/database`.
///
/// Each call waits for the keychain (a second at most on a desktop); without a keychain (a
/// machine without Secret Service) every call fails with an Error that says so, and the
/// password is asked each time.
class PasswordStore
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::PasswordStore)

public:
    static constexpr const char *service = "wzsw";

    /// `user@host:port/database`.
    static QString keyFor(const ServerLocation &server);

    /// The remembered password, or nothing when none is stored.
    static Result<std::optional<QString>> read(const QString &key);
    static Status write(const QString &key, const QString &password);
    /// Forgets the password; fine when none was stored.
    static Status remove(const QString &key);

    /// The message for a machine without a keychain.
    static QString unavailableText();
};

} // namespace wzsw
