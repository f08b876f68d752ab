#pragma once

#include "common/result.h"
#include "exchange/importer.h"

#include <QCoreApplication>

namespace wzsw {

class Database;

/// Moves one municipality's local data file into the regional database (`wzsw-cli migrate
/// FILE.wzsw postgresql://...`), all or nothing, every code kept.
///
/// It is the exchange export of the file (every entity with its codes, names and BSNs) read
/// by the importer into the server in one transaction, with ImportOptions::migration: records
/// are matched by code (municipalities, neighbourhoods, service types, partners, clients,
/// providers) or by natural key, a record the server holds with other content and a
/// municipality the server lacks are conflicts, and with any conflict or other problem the
/// report lists them all and nothing is stored on the server. A record the server holds with
/// the same content is left alone (counted unchanged), so a migration can be run again.
///
/// The way back needs nothing of its own: the exchange export of the server imported into a
/// new local file.
///
/// The export is recorded in the file's audit log (reason: copied to the server, named
/// without password) and the import in the server's. The exported CSV files live in a private
/// temporary folder (owner only) that is removed before this returns. The file's audit log
/// itself is not copied: it stays with the file. The contact notes, which the exchange format
/// leaves out on purpose (spec/exchange-csv.md), are copied by NoteCopy in the same
/// transaction.

/// What a move did, or found.
struct MigrationReport
{
    ImportReport import; ///< per exchange file: added = copied, unchanged = already there
    ImportCounts notes;  ///< the contact notes, counted the same way
};

class ServerMigration
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::ServerMigration)

public:
    /// `options.migration` is set by run(); `options.progress` sees the export as its first
    /// half and the import as its second. An error when the move could not run (a data file
    /// failed, or cancelled); conflicts and problems are in the report, with stored false.
    static Result<MigrationReport> run(Database &file, Database &server,
                                       ImportOptions options = {});
};

} // namespace wzsw
