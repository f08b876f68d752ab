#include "storage/retentionqueries.h"

#include "storage/database.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;

namespace wzsw {

Result<QList<RetentionDue>> endedBefore(const Database &db, const QDate &endedBefore)
{
    QList<RetentionDue> due;
    const std::pair<PersonKind, QString> kinds[] = {
        {PersonKind::Client, u"SELECT id, code, end_date FROM clients WHERE end_date < ? AND "
                             u"erased_date IS NULL ORDER BY end_date, code"_s},
        {PersonKind::Provider, u"SELECT id, code, exit_date FROM providers WHERE exit_date < ? "
                               u"AND erased_date IS NULL ORDER BY exit_date, code"_s},
    };
    for (const auto &[kind, sql] : kinds) {
        QSqlQuery query = prepare(db, sql);
        query.bindValue(0, dateOrNull(endedBefore));
        if (Status status = exec(query); !status)
            return status.error();
        while (query.next())
            due.append(
                {kind, idOf(query.value(0)), query.value(1).toString(), dateOf(query.value(2))});
    }
    return due;
}

} // namespace wzsw
