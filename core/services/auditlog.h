#pragma once

#include "common/result.h"
#include "domain/ids.h"

#include <QDate>
#include <QString>

namespace wzsw {

class Database;
struct AuditEntry;

/// Writes the events to the audit log that change no record: printing and issuing a report,
/// revealing a BSN, an export, giving a person their data. Each event is stored in a write
/// transaction of its own. (Creating, changing and deleting records are recorded by the
/// services with the change, erasure by ErasureService, a restore by restoreBackup.)
///
/// A file opened read-only cannot record anything: these calls then fail, and the caller must
/// not do what could not be recorded (show the BSN, print the report), since a log that misses
/// a disclosure is worse than a refused one.
class AuditLog
{
public:
    explicit AuditLog(Database &db) : m_db(db) {}

    /// action "print": a report sent to a printer or saved as PDF for printing.
    /// `kind` is the report kind (interim-1, ...), `scope` a municipality code or "region".
    Status reportPrinted(const QString &kind, const QString &scope, const QDate &from,
                         const QDate &to);
    /// action "issue": a report handed out as a file (PDF, JSON) to the steering group.
    Status reportIssued(const QString &kind, const QString &scope, const QDate &from,
                        const QDate &to, const QString &format);
    /// action "reveal_bsn": the user chose to see the full BSN of a client or provider.
    Status bsnRevealed(const QString &entity, Id recordId, const QString &code);
    /// action "export": an export profile written (for the exchange exports). The summary holds
    /// the profile, period, recipient label and whether names or BSNs went along.
    Status exported(const QString &profile, const QDate &from, const QDate &to,
                    const QString &recipient, bool withNames, bool withBsn);
    /// action "subject_access": a person was given everything held on them (AVG art. 15).
    Status subjectAccessGiven(const QString &entity, Id recordId, const QString &code);

    /// Any other event, in a transaction of its own.
    Status record(AuditEntry &entry);

private:
    Database &m_db;
};

} // namespace wzsw
