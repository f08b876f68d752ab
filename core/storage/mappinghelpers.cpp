#include "storage/mappinghelpers.h"

#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace wzsw {

Status replaceChildValues(Database &db, const QString &table, const QString &ownerColumn,
                          const QString &valueColumn, Id owner, const QVariantList &values)
{
    QSqlQuery remove =
        prepare(db, u"DELETE FROM "_s + table + u" WHERE "_s + ownerColumn + u" = ?"_s);
    remove.bindValue(0, qlonglong(owner));
    if (Status status = exec(remove); !status)
        return status;
    QSqlQuery insert = prepare(db, u"INSERT INTO "_s + table + u" ("_s + ownerColumn + u", "_s +
                                       valueColumn + u") VALUES (?, ?)"_s);
    for (const QVariant &value : values) {
        insert.bindValue(0, qlonglong(owner));
        insert.bindValue(1, value);
        if (Status status = exec(insert); !status)
            return status;
    }
    return {};
}

Status replaceChildren(Database &db, Id owner, const QList<ChildRows> &children)
{
    for (const ChildRows &rows : children)
        if (Status status = replaceChildValues(db, rows.table, rows.ownerColumn, rows.valueColumn,
                                               owner, rows.values);
            !status)
            return status;
    return {};
}

Result<QVariantList> loadChildValues(const Database &db, const QString &table,
                                     const QString &ownerColumn, const QString &valueColumn,
                                     Id owner)
{
    QSqlQuery query = prepare(db, u"SELECT "_s + valueColumn + u" FROM "_s + table + u" WHERE "_s +
                                      ownerColumn + u" = ? ORDER BY "_s + valueColumn);
    query.bindValue(0, qlonglong(owner));
    if (Status status = exec(query); !status)
        return status.error();
    QVariantList values;
    while (query.next())
        values.append(query.value(0));
    return values;
}

} // namespace wzsw
