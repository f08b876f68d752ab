#pragma once

#include "common/result.h"
#include "domain/ids.h"
#include "storage/checkqueries.h"

#include <QDate>

namespace wzsw {

class Database;

/// The storage side of erasure (AVG art. 17): the statements that remove a person's
/// identifying data for good, and the file-level steps that make sure the old bytes are gone.

/// While it lives, SQLite overwrites deleted content with zeros (`PRAGMA secure_delete`), in
/// the file's pages and in the space a changed row leaves behind. Restores the setting after.
/// Does nothing on a PostgreSQL server, which has no such setting.
class SecureDeleteScope
{
public:
    explicit SecureDeleteScope(Database &db);
    ~SecureDeleteScope();
    SecureDeleteScope(const SecureDeleteScope &) = delete;
    SecureDeleteScope &operator=(const SecureDeleteScope &) = delete;

    bool ok() const { return m_status.ok(); }
    const Error &error() const { return m_status.error(); }

private:
    Database &m_db;
    Status m_status;
    qint64 m_previous = 0;
    bool m_restore = false;
};

/// What an erasure removed besides the person's own fields.
struct ErasedCounts
{
    qint64 notesRemoved = 0; ///< case notes on the person
    qint64 textsCleared = 0; ///< request descriptions, delivery notes, trajectory goals/results
};

/// Empties the person's names, address, contact details, gender and BSN, keeps `birthDateKept`
/// as the date of birth, sets the erasure date, deletes the case notes on the person and
/// clears the free texts that may name them: for a client the descriptions of their requests
/// and the notes of their deliveries; for a provider the notes of the deliveries they made
/// and the goals and results of their trajectories. Call inside a write transaction, under a
/// SecureDeleteScope.
Result<ErasedCounts> erasePersonData(Database &db, PersonKind kind, Id id,
                                     const QDate &birthDateKept, const QDate &erasedOn);

/// How many clients and providers have a BSN recorded.
Result<qint64> countBsns(const Database &db);
/// Removes every BSN (clients and providers); returns how many. Inside a write transaction,
/// under a SecureDeleteScope.
Result<qint64> clearAllBsns(Database &db);

/// Rebuilds the file (VACUUM): no free page or unused space keeps an old copy of a row that
/// was changed before secure delete was on. Outside any transaction. Needs free disk space of
/// about the file's size; in rollback-journal mode the journal is removed when it is done.
/// Does nothing on the regional server, whose administrator decides about VACUUM.
Status compactFile(Database &db);

} // namespace wzsw
