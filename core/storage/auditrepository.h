#pragma once

#include "common/result.h"
#include "domain/ids.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace wzsw {

class Database;

/// One line of the audit log: who did what to which record, and which fields changed (names
/// only, never values).
struct AuditEntry
{
    Id id = 0;
    QDateTime at; ///< UTC
    QString who;
    QString action; ///< create, update, delete, erase, export, print, issue, reveal_bsn, ...
    QString entity; ///< client, provider, delivery, ... or file
    Id recordId = 0;
    QString recordCode;
    QString summary; ///< e.g. "changed: postcode, phone"
    QString previousHash;
    QString hash;

    /// An entry by the current OS user, to be appended.
    static AuditEntry by(QString action, QString entity, Id recordId = 0, QString recordCode = {},
                         QString summary = {});
};

/// The append-only, tamper-evident audit log inside the data file. Each entry's SHA-256 covers
/// its content and the previous entry's hash, so changing or deleting an old entry breaks the
/// chain from there on, which verify() finds.
class AuditRepository
{
public:
    explicit AuditRepository(Database &db) : m_db(db) {}

    /// Appends an entry (fills in time, hashes and id). Call inside the write transaction of
    /// the change it records, so the two are stored together or not at all.
    Status append(AuditEntry &entry);

    /// Entries whose time (UTC) falls on the days `from` .. `to`; an invalid date leaves that
    /// side open.
    Result<QList<AuditEntry>> entries(const QDate &from = {}, const QDate &to = {}) const;
    /// Entries at or after `from` and before `until`; an invalid time leaves that side open.
    /// For days in the user's own time zone.
    Result<QList<AuditEntry>> entriesBetween(const QDateTime &from, const QDateTime &until) const;
    /// Entries about one person: on their own record (`entity` and `recordId`), or on a record
    /// named after their code (their requests, deliveries, notes, trajectories: "C-0001
    /// 2025-01-05"). Oldest first.
    Result<QList<AuditEntry>> entriesAbout(const QString &entity, Id recordId,
                                           const QString &code) const;

    /// The newest entry on the record `recordId` of `entity` (its last change or its removal),
    /// or nothing when the log has none.
    Result<std::optional<AuditEntry>> latestAbout(const QString &entity, Id recordId) const;

    /// The id of the first entry whose hash does not match, or nothing when the chain is whole.
    Result<std::optional<Id>> firstBrokenEntry() const;

    /// The hash of an entry over its content and the previous hash.
    static QString hashOf(const AuditEntry &entry);

private:
    Database &m_db;
};

} // namespace wzsw
