#pragma once

#include "common/result.h"
#include "domain/ids.h"
#include "storage/checkqueries.h"

#include <QDate>
#include <QList>
#include <QString>

namespace wzsw {

class Database;

/// A person whose relation ended long enough ago that their data is past the retention period.
struct RetentionDue
{
    PersonKind kind = PersonKind::Client;
    Id id = 0;
    QString code;
    QDate relationEnded; ///< the client's end date or the provider's exit date
};

/// Clients whose end date and providers whose exit date lie before `endedBefore`, not erased
/// yet; clients first, each kind by end date, then code.
Result<QList<RetentionDue>> endedBefore(const Database &db, const QDate &endedBefore);

} // namespace wzsw
