#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sql.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace wzsw {

// Indexes for the desktop program's lists, which read one page at a time in a sorted order:
// without an index on the sort column every page costs a sort of the whole table. The other
// lists' default orders are covered by the indexes of versions 1 and 2.
Status addListIndexes(Database &db)
{
    const QStringList statements{
        // The list of requests starts with the newest (request date, then id, descending).
        u"CREATE INDEX requests_by_date ON service_requests(request_date)"_s,
    };
    for (const QString &statement : statements)
        if (Status status = execSql(db, db.dialect().ddl(statement)); !status)
            return status;
    return {};
}

} // namespace wzsw
