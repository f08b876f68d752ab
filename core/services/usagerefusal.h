#pragma once

#include "common/ruleviolation.h"
#include "storage/usagequeries.h"

#include <QList>

#include <functional>

namespace wzsw {

/// "3 deliveries, 1 request": what still uses a record, in the user's language.
QString describeUses(const QList<Usage> &uses);

/// The message of a refusal, given the uses as describeUses says them.
using UsageMessage = std::function<QString(const QString &uses)>;

/// The refusal to delete a record others still use: one InUse violation on its code with
/// `message`; nothing when unused.
Result<QList<RuleViolation>> refusalWhileUsed(const Result<QList<Usage>> &uses,
                                              const QString &entity, const QString &record,
                                              const UsageMessage &message);

} // namespace wzsw
