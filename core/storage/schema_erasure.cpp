#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sql.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace wzsw {

// Erasure under AVG art. 17 keeps a person's record (its code, dates, neighbourhood, target
// groups) for the figures and removes who it was. The date of the erasure marks such a record,
// so the rules no longer ask for the names it cannot have, the duplicate search passes it by
// and nobody fills it in again.
Status addErasureDates(Database &db)
{
    const QStringList statements{
        u"ALTER TABLE clients ADD COLUMN erased_date TEXT"_s,
        u"ALTER TABLE providers ADD COLUMN erased_date TEXT"_s,
    };
    for (const QString &statement : statements)
        if (Status status = execSql(db, statement); !status)
            return status;
    return {};
}

} // namespace wzsw
