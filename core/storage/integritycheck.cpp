#include "storage/integritycheck.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace wzsw {

Result<QStringList> IntegrityCheck::run(const Database &db)
{
    QStringList problems;

    QSqlQuery integrity = prepare(db, u"PRAGMA integrity_check"_s);
    if (Status status = exec(integrity); !status)
        return status.error();
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != u"ok"_s)
            problems.append(tr("Damaged storage: %1").arg(line));
    }

    // One line per table and referenced table, not per row: a broken reference rarely
    // comes alone.
    QSqlQuery keys = prepare(db, u"PRAGMA foreign_key_check"_s);
    if (Status status = exec(keys); !status)
        return status.error();
    QMap<QPair<QString, QString>, int> broken;
    while (keys.next())
        ++broken[{keys.value(0).toString(), keys.value(2).toString()}];
    for (auto it = broken.cbegin(); it != broken.cend(); ++it)
        problems.append(
            tr("%n record(s) in %1 refer to a missing record in %2.", nullptr, it.value())
                .arg(it.key().first, it.key().second));
    return problems;
}

} // namespace wzsw
