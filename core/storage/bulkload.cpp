#include "storage/bulkload.h"

#include "storage/database.h"
#include "storage/deliverytotals.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

struct IndexDefinition
{
    QString name;
    QString statement;
};

Result<QList<IndexDefinition>> droppableIndexes(Database &db, const QStringList &tables)
{
    QList<IndexDefinition> indexes;
    QSqlQuery query = prepare(db, db.dialect().droppableIndexes());
    for (const QString &table : tables) {
        query.bindValue(0, table);
        if (Status status = exec(query); !status)
            return status.error();
        while (query.next())
            indexes.append({query.value(0).toString(), query.value(1).toString()});
    }
    return indexes;
}

} // namespace

Status withIndexesSuspended(Database &db, const QStringList &tables,
                            const std::function<Status()> &load)
{
    // Never on the regional server: a table that looks empty to a project leader holds the
    // other municipalities' rows behind their row-level security, dropping an index locks the
    // table for every other user until the commit, and only the owner may drop it at all.
    if (db.isServer())
        return load();
    const Result<QList<IndexDefinition>> indexes = droppableIndexes(db, tables);
    if (!indexes)
        return indexes.error();
    for (const IndexDefinition &index : *indexes)
        if (Status status = execSql(db, u"DROP INDEX "_s + index.name); !status)
            return status;
    // The totals of the deliveries, like their indexes, are made once after the load.
    const bool loadsDeliveries = tables.contains(u"deliveries"_s);
    if (loadsDeliveries)
        if (Status status = deliverytotals::suspend(db); !status)
            return status;
    if (Status status = load(); !status)
        return status;
    for (const IndexDefinition &index : *indexes)
        if (Status status = execSql(db, index.statement); !status)
            return status;
    if (loadsDeliveries)
        return deliverytotals::rebuild(db);
    return {};
}

} // namespace wzsw
