#include "services/privacysettings.h"

#include "rules/violations.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/erasurestore.h"
#include "storage/filesettings.h"
#include "storage/retentionqueries.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

// Each key once, here.
const QString retentionKey = u"retention_years"_s;
const QString bsnKey = u"bsn_processed"_s;

} // namespace

Result<int> PrivacySettings::retentionYears() const
{
    const Result<QString> stored =
        FileSettings(m_db).value(retentionKey, QString::number(defaultRetentionYears));
    if (!stored)
        return stored.error();
    bool ok = false;
    const int years = stored->toInt(&ok);
    // A value written around the program falls back to the default rather than to "keep
    // nothing" or "keep forever".
    if (!ok || years < minRetentionYears || years > maxRetentionYears)
        return defaultRetentionYears;
    return years;
}

Status PrivacySettings::setRetentionYears(int years)
{
    if (years < minRetentionYears || years > maxRetentionYears) {
        Violations violations(u"setting"_s, retentionKey);
        violations.add(retentionKey, Rule::OutOfRange,
                       tr("The retention period must lie between %1 and %2 years.")
                           .arg(minRetentionYears)
                           .arg(maxRetentionYears));
        return Error::invalid(violations.take());
    }
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status status = storeIn(retentionKey, QString::number(years)); !status)
        return status;
    return tx.commit();
}

Result<bool> PrivacySettings::processesBsns() const
{
    const Result<QString> stored = FileSettings(m_db).value(bsnKey, u"1"_s);
    if (!stored)
        return stored.error();
    return *stored != u"0"_s;
}

Status PrivacySettings::setProcessesBsns(bool processes)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (!processes) {
        const Result<qint64> stored = countBsns(m_db);
        if (!stored)
            return stored.error();
        if (*stored > 0) {
            Violations violations(u"setting"_s, bsnKey);
            violations.add(bsnKey, Rule::InUse,
                           tr("%n person(s) have a BSN recorded: remove the BSNs first (this "
                              "removes them for good).",
                              nullptr, int(*stored)));
            return Error::invalid(violations.take());
        }
    }
    if (Status status = storeIn(bsnKey, processes ? u"1"_s : u"0"_s); !status)
        return status;
    return tx.commit();
}

Result<qint64> PrivacySettings::stopProcessingBsns()
{
    qint64 removed = 0;
    {
        SecureDeleteScope secureDelete(m_db);
        if (!secureDelete.ok())
            return secureDelete.error();
        WriteTransaction tx(m_db);
        if (!tx.ok())
            return tx.error();
        const Result<qint64> cleared = clearAllBsns(m_db);
        if (!cleared)
            return cleared.error();
        removed = *cleared;
        if (Status status = FileSettings(m_db).setValue(bsnKey, u"0"_s); !status)
            return status.error();
        AuditEntry entry =
            AuditEntry::by(u"erase"_s, u"file_settings"_s, 0, bsnKey,
                           u"BSN processing off; BSNs removed: "_s + QString::number(removed));
        if (Status status = AuditRepository(m_db).append(entry); !status)
            return status.error();
        if (Status status = tx.commit(); !status)
            return status.error();
    }
    if (Status status = compactFile(m_db); !status)
        return status.error();
    return removed;
}

Status PrivacySettings::storeIn(const QString &key, const QString &value)
{
    if (Status status = FileSettings(m_db).setValue(key, value); !status)
        return status;
    AuditEntry entry =
        AuditEntry::by(u"update"_s, u"file_settings"_s, 0, key, key + u" = "_s + value);
    return AuditRepository(m_db).append(entry);
}

Result<QList<RetentionDue>> PrivacySettings::pastRetention(const QDate &today) const
{
    const Result<int> years = retentionYears();
    if (!years)
        return years.error();
    // Kept for `years` after the end: past it from the day after the anniversary on.
    return endedBefore(m_db, today.addYears(-*years));
}

} // namespace wzsw
