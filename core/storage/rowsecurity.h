#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace wzsw {

/// Row-level security on the regional PostgreSQL server: who sees what is enforced by the
/// database, not by the program (schema_rowsecurity.cpp holds the policies,
/// installer/postgres/ the roles). Three group roles:
/// - `wzsw_leader`, a local project leader: reads and writes the records of the municipalities
///   the table `wzsw_access (role_name, municipality_code)` gives the login role (kept by the
///   owner); reads the region's places and service types, the regional partners (no
///   municipality) and their agreements, the region's project settings, and the providers of
///   other municipalities who deliver to (or are asked for) its clients, without changing them.
/// - `wzsw_coordinator`: reads everything, writes what is not personal (places, service types,
///   partners, agreements, targets, budget, project settings, reports, file settings).
/// - `wzsw_steering`: reads issued reports, targets, budget, project settings and places only.
/// A record belongs to a municipality as spec/reports.md "Scope" says: a person through their
/// neighbourhood, a delivery, request or note through its client (a note on a provider through
/// the provider), a trajectory or assessment through its provider, an agreement through its
/// partner, a report through its scope.
class RowSecurity
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::RowSecurity)

public:
    /// Every table with row-level security on the server: all of wzsw's tables except the
    /// schema version.
    static QStringList guardedTables();

    /// The Error for a write a policy refused because the record belongs to another
    /// municipality (SQLSTATE WZ001, raised by the policies with the table's name), or nothing
    /// when `state` is another error.
    static std::optional<Error> refusedWrite(const QString &state, const QString &serverText);
    /// The Error for a code or BSN the server refused as a duplicate (SQLSTATE 23505) of a
    /// record the role cannot see, so the program's own check found none: a rule violation on
    /// that field, without the value. Nothing when `state` or the constraint is another one.
    static std::optional<Error> hiddenDuplicate(const QString &state, const QString &serverText);

    /// The Error when the group roles (`roles`, comma-separated) are missing on the server.
    static Error missingRolesError(const QString &roles);
};

} // namespace wzsw
