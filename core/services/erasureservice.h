#pragma once

#include "common/result.h"
#include "storage/checkqueries.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace wzsw {

class AutoBackup;
class Database;

/// What an erasure did.
struct ErasureOutcome
{
    QString code;               ///< the record stays, under its code
    bool alreadyErased = false; ///< erased before: only the compaction was done again
    QDate erasedOn;
    QDate birthDateKept; ///< 1 July of the year of birth (see ErasureService)
    qint64 notesRemoved = 0;
    qint64 textsCleared = 0;
    /// Set when the file could not be compacted afterwards: the erasure holds, but copies from
    /// before secure delete may linger in unused parts of the file until the next compaction.
    std::optional<Error> compactProblem;
};

/// Erasure of one person (AVG art. 17, "right to be forgotten"): their identifying data is
/// removed for good while every figure of every report stays the same.
///
/// Removed: names, address, postcode, place, phone, e-mail, BSN, gender, the case notes on the
/// person, and the free texts that may name them (see erasePersonData). Kept: the record under
/// its code, the neighbourhood, target groups or background and service types, all dates of
/// the relation, trajectories, ladder levels, requests and deliveries with their hours and
/// fees: what the figures and the pseudonymised exports count. Of the date of birth only the
/// year is kept, as 1 July: exports show the birth year, which stays exact, and any age worked
/// out later is off by at most half a year (1 January would make everyone up to a year older
/// than they are). When that would fall after the intake or start (someone who started in the
/// year of their birth) or after today, 1 January of the year is kept instead, so the rules
/// still hold.
///
/// Secure delete is on while the data is removed, so SQLite overwrites the old content with
/// zeros, and the file is compacted afterwards (VACUUM), so no free page keeps a copy from an
/// earlier change; the rollback journal, which holds the old pages while the transaction runs,
/// is deleted at commit and a new one is made by the VACUUM from the erased state. The bytes
/// are then gone from the data file. Copies outside it (exports, copies made by hand, the
/// disk's own free blocks) are beyond the program: automatic backups are handled by
/// eraseFromBackups().
///
/// The audit log records that an erasure happened, by whom and when, under the record's code
/// and id; never who the person was. Its entries are never changed (that would break the
/// hash chain) and never held names in the first place, so nothing in it needs erasing; the
/// code is an internal number that, once the record is erased, points at nobody.
class ErasureService
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::ErasureService)

public:
    explicit ErasureService(Database &db) : m_db(db) {}

    /// Erases the client or provider with `code`; refuses an unknown code. For a person erased
    /// before it changes no data and writes no audit entry, but compacts the file again: so a
    /// compaction that failed (a full disk) can be completed by erasing again.
    Result<ErasureOutcome> erase(PersonKind kind, const QString &code,
                                 const QDate &today = QDate::currentDate());

    /// Applies the same erasure to every automatic backup of the data file that holds the
    /// person un-erased, so restoring an older backup cannot bring them back. Returns how many
    /// backups were changed.
    static Result<int> eraseFromBackups(const AutoBackup &backups, PersonKind kind,
                                        const QString &code,
                                        const QDate &today = QDate::currentDate());

    /// The date of birth an erasure keeps (see the class comment).
    static QDate reducedBirthDate(const QDate &birthDate, const QDate &relationStart,
                                  const QDate &today);

private:
    Database &m_db;
};

} // namespace wzsw
