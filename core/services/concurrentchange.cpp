#include "services/concurrentchange.h"

#include "common/values.h"
#include "storage/auditrepository.h"
#include "storage/table.h"

using namespace Qt::StringLiterals;

namespace wzsw {

Error ConcurrentChange::error(Database &db, const QString &entity, Id recordId, bool removed)
{
    const Result<std::optional<AuditEntry>> latest =
        AuditRepository(db).latestAbout(entity, recordId);
    // A log this connection may not read still leaves the plain message: the save is refused
    // either way.
    if (!latest || !latest->has_value()) {
        if (!removed)
            return TableMessages::changedMeanwhile();
        return Error::make(Error::Kind::Conflict,
                           tr("This record was removed by someone else meanwhile. Your changes "
                              "were not stored."));
    }
    const AuditEntry &entry = **latest;
    const QDateTime local = entry.at.toLocalTime();
    const QString when = dutchDate(local.date()) + u' ' + local.time().toString(u"HH:mm"_s);
    if (removed || entry.action == u"delete"_s)
        return Error::make(Error::Kind::Conflict,
                           tr("This record was removed meanwhile by %1 (%2). Your changes were "
                              "not stored.")
                               .arg(entry.who, when));
    return Error::make(Error::Kind::Conflict,
                       tr("This record was changed meanwhile by %1 (%2). Reopen it to see the "
                          "current version, then make your change again.")
                           .arg(entry.who, when));
}

} // namespace wzsw
