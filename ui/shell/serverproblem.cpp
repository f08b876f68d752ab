#include "shell/serverproblem.h"

using namespace Qt::StringLiterals;

namespace wzsw {

QString ServerProblem::explain(const Error &error, const ServerLocation &server)
{
    // libpq's messages in English (the program's environment); a translated libpq falls back
    // to core's message, which carries libpq's text as it is.
    const QString text = error.message;
    const auto has = [&text](const QString &part) {
        return text.contains(part, Qt::CaseInsensitive);
    };
    if (has(u"password authentication failed"_s) || has(u"role \""_s))
        return tr("The server did not accept user %1 with this password. Type the password "
                  "again (capitals count); when it still fails, ask your coordinator to check "
                  "your account.")
            .arg(server.user);
    if (has(u"no password supplied"_s))
        return tr("The server asks for the password of %1: type it in the Password field.")
            .arg(server.user);
    if (has(u"does not support SSL"_s))
        return tr("The server %1 does not offer an encrypted (TLS) connection, and the program "
                  "connects to another computer only encrypted. Ask the server's administrator "
                  "to turn TLS on.")
            .arg(server.host);
    if (has(u"database \""_s) && has(u"does not exist"_s))
        return tr("The server has no database %1. Check the database name with your "
                  "coordinator.")
            .arg(server.database);
    if (has(u"pg_hba.conf"_s))
        return tr("The server %1 does not let user %2 in from this computer. Ask the server's "
                  "administrator to allow it.")
            .arg(server.host, server.user);
    if (has(u"could not connect"_s) || has(u"connection refused"_s) ||
        has(u"could not translate host name"_s) || has(u"timeout expired"_s) ||
        has(u"unreachable"_s) || has(u"no route to host"_s) || has(u"failed: "_s))
        return tr("The server %1 (port %2) cannot be reached. Check the host name and the port, "
                  "and that this computer is connected to the network (or VPN) of the region; "
                  "if it is, ask the server's administrator whether the server is running.")
            .arg(server.host)
            .arg(server.port);
    return text;
}

} // namespace wzsw
