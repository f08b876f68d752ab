#pragma once

#include "common/error.h"
#include "storage/serverlocation.h"

#include <QCoreApplication>

namespace wzsw {

/// Turns a refused connection to the regional server into what a project leader can act on:
/// a wrong password, a server that cannot be reached, one without TLS, a missing database or
/// account. libpq's own words (in core's message, without the password) go to the details;
/// what it does not recognise (the table owner refused, data that is not ours) is core's
/// message, which says what to do already.
class ServerProblem
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::ServerProblem)

public:
    static QString explain(const Error &error, const ServerLocation &server);
};

} // namespace wzsw
