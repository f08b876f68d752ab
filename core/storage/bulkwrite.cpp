#include "storage/bulkwrite.h"

#include "storage/database.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

// 256 MiB (negative = KiB): the deliveries of a large file and their indexes fit.
constexpr int bulkCacheKiB = 256 * 1024;

} // namespace

BulkWrite::BulkWrite(Database &db) : m_db(db)
{
    if (db.dialect().backend() != SqlDialect::Backend::Sqlite)
        return;
    const Result<QVariant> previous = scalar(db, u"PRAGMA cache_size"_s);
    if (previous && execSql(db, u"PRAGMA cache_size = -"_s + QString::number(bulkCacheKiB)))
        m_previousCacheSize = previous->toString();
}

BulkWrite::~BulkWrite()
{
    if (!m_previousCacheSize.isEmpty())
        (void)execSql(m_db, u"PRAGMA cache_size = "_s + m_previousCacheSize);
}

Status BulkWrite::deferIndexes(const QString &table)
{
    if (m_db.dialect().backend() != SqlDialect::Backend::Sqlite)
        return {};
    // `origin = 'c'`: made by CREATE INDEX (not by a UNIQUE or PRIMARY KEY constraint).
    QSqlQuery query = prepare(m_db, uR"(SELECT m.name, m.sql FROM pragma_index_list(?) AS l
            JOIN sqlite_master AS m ON m.type = 'index' AND m.name = l.name
            WHERE l."unique" = 0 AND l.origin = 'c' AND m.sql IS NOT NULL
            ORDER BY m.name)"_s);
    query.bindValue(0, table);
    if (Status status = exec(query); !status)
        return status;
    QStringList names;
    while (query.next()) {
        names.append(query.value(0).toString());
        m_deferredIndexSql.append(query.value(1).toString());
    }
    query.finish();
    for (const QString &name : std::as_const(names))
        if (Status status = execSql(m_db, u"DROP INDEX \""_s + name + u'"'); !status)
            return status;
    return {};
}

Status BulkWrite::finish()
{
    while (!m_deferredIndexSql.isEmpty()) {
        if (Status status = execSql(m_db, m_deferredIndexSql.constFirst()); !status)
            return status;
        m_deferredIndexSql.removeFirst();
    }
    return {};
}

} // namespace wzsw
