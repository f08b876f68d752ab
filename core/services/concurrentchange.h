#pragma once

#include "common/error.h"
#include "domain/ids.h"

#include <QCoreApplication>

namespace wzsw {

class Database;

/// The message for a save that started from a version of a record someone else has changed or
/// removed since: it names who and when, from the newest audit entry on the record, so two
/// project leaders working at once know whom to ask. Without such an entry (or when the log
/// cannot be read) it is the plain "changed or removed meanwhile" message.
class ConcurrentChange
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::ConcurrentChange)

public:
    /// A Conflict error about the record `recordId` of `entity` ("client", ...); `removed`
    /// when the record is gone.
    static Error error(Database &db, const QString &entity, Id recordId, bool removed);
};

} // namespace wzsw
