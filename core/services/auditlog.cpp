#include "services/auditlog.h"

#include "common/values.h"
#include "storage/auditrepository.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

QString period(const QDate &from, const QDate &to)
{
    return isoDate(from) + u".."_s + isoDate(to);
}

} // namespace

Status AuditLog::record(AuditEntry &entry)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status status = AuditRepository(m_db).append(entry); !status)
        return status;
    return tx.commit();
}

Status AuditLog::reportPrinted(const QString &kind, const QString &scope, const QDate &from,
                               const QDate &to)
{
    AuditEntry entry =
        AuditEntry::by(u"print"_s, u"report"_s, 0, kind + u' ' + scope, period(from, to));
    return record(entry);
}

Status AuditLog::reportIssued(const QString &kind, const QString &scope, const QDate &from,
                              const QDate &to, const QString &format)
{
    AuditEntry entry = AuditEntry::by(u"issue"_s, u"report"_s, 0, kind + u' ' + scope,
                                      period(from, to) + u"; format: "_s + format);
    return record(entry);
}

Status AuditLog::bsnRevealed(const QString &entity, Id recordId, const QString &code)
{
    AuditEntry entry = AuditEntry::by(u"reveal_bsn"_s, entity, recordId, code, u"bsn"_s);
    return record(entry);
}

Status AuditLog::exported(const QString &profile, const QDate &from, const QDate &to,
                          const QString &recipient, bool withNames, bool withBsn)
{
    QString summary = period(from, to) + u"; recipient: "_s +
                      (recipient.isEmpty() ? u"-"_s : recipient) + u"; names: "_s +
                      (withNames ? u"yes"_s : u"no"_s) + u"; bsn: "_s +
                      (withBsn ? u"yes"_s : u"no"_s);
    AuditEntry entry = AuditEntry::by(u"export"_s, u"export"_s, 0, profile, summary);
    return record(entry);
}

Status AuditLog::subjectAccessGiven(const QString &entity, Id recordId, const QString &code)
{
    AuditEntry entry = AuditEntry::by(u"subject_access"_s, entity, recordId, code,
                                      u"all data held given (AVG art. 15)"_s);
    return record(entry);
}

} // namespace wzsw
