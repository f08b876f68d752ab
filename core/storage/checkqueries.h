#pragma once

#include "common/result.h"
#include "domain/ids.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace wzsw {

class Database;

/// The questions the file check asks the database directly: its own consistency checks, and
/// the file-level rules that a set-based query answers better than a loop over records.

/// What `PRAGMA integrity_check` reports; empty when the file's structure is whole.
Result<QStringList> integrityProblems(const Database &db);

/// What `PRAGMA quick_check` reports (the structure without comparing indexes to tables: fast
/// enough for every opening); empty when whole. SQLite refusing to read a damaged page or
/// schema counts as a problem found, not as a failure to check.
Result<QStringList> quickCheckProblems(const Database &db);

/// A row whose reference points at nothing (`PRAGMA foreign_key_check`).
struct ForeignKeyProblem
{
    QString entity;       ///< the referring kind: "delivery", "client", ...
    Id rowId = 0;         ///< its row id
    QString parentEntity; ///< the kind it should point at
};
Result<QList<ForeignKeyProblem>> foreignKeyProblems(const Database &db);

/// Groups of codes of clients (or providers) sharing one BSN, which the unique index should
/// have prevented; the BSN itself is not returned, so it never lands in a report.
enum class PersonKind
{
    Client,
    Provider
};
Result<QList<QStringList>> codesSharingBsn(const Database &db, PersonKind kind);

/// Providers with more than one running trajectory.
struct SeveralRunning
{
    QString providerCode;
    qint64 count = 0;
};
Result<QList<SeveralRunning>> providersWithSeveralRunning(const Database &db);

/// Deliveries whose stored hours are not a whole number of quarters (written around the
/// program: the column holds quarters as an integer).
struct UnevenHours
{
    Id deliveryId = 0;
    QString clientCode;
    QString providerCode;
    QDate date;
    double quarterHours = 0;
};
Result<QList<UnevenHours>> deliveriesWithUnevenHours(const Database &db);

} // namespace wzsw
