#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace wzsw {

class Database;

/// The storage half of "check the file": whether SQLite finds the file sound
/// (`PRAGMA integrity_check`) and whether every reference points at an existing record
/// (`PRAGMA foreign_key_check`). Reads only.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::IntegrityCheck)

public:
    /// The problems found, one line each in the user's language; empty when the file is sound.
    /// An Error only when the checks themselves could not run.
    static Result<QStringList> run(const Database &db);
};

} // namespace wzsw
