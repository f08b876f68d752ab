#pragma once

#include "common/result.h"
#include "exchange/fileimport.h"

namespace wzsw {

class Database;

/// Copies the contact notes of a local data file to the regional server, inside the write
/// transaction of the move (ServerMigration), after the people have been copied. The exchange
/// format leaves case notes out on purpose (they are never sent to another organisation),
/// but moving a municipality's own file over must not leave them behind.
///
/// A note belongs to its person by code: the file's client or provider code names the
/// server's record. A note the server already holds for that person with the same date,
/// author and text is not copied again (each note on the server stands for one in the file, so
/// two equal notes on a day are two), and a move can be run twice.
class NoteCopy
{
public:
    NoteCopy(Database &file, Database &server) : m_file(file), m_server(server) {}

    /// Notes copied (added) and found on the server already (unchanged). An error (nothing of
    /// the move is stored then) when a note's person is missing on the server or a write fails.
    Result<ImportCounts> run();

private:
    Database &m_file;
    Database &m_server;
};

} // namespace wzsw
