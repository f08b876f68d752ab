#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace wzsw {

class Database;

/// Settings for one large write (an import of a million rows), inside the caller's write
/// transaction:
/// - a larger page cache while it lives, so SQLite does not spill half-written pages to disk;
/// - the plain (non-unique) indexes of tables that are empty at the start can be dropped and
///   built once at the end: sorting a million keys once is several times cheaper than placing
///   them one by one. Unique indexes stay, so their rules hold throughout. Dropping and
///   building are part of the transaction, so a rollback brings the indexes back unchanged.
class BulkWrite
{
public:
    explicit BulkWrite(Database &db);
    /// Restores the page cache. Indexes not yet rebuilt come back with the rollback the caller
    /// must then do.
    ~BulkWrite();
    BulkWrite(const BulkWrite &) = delete;
    BulkWrite &operator=(const BulkWrite &) = delete;

    /// Drops the plain indexes of `table` until finish(). Does nothing on back ends where
    /// this does not pay.
    Status deferIndexes(const QString &table);
    /// Builds every deferred index again; call before committing.
    Status finish();

private:
    Database &m_db;
    QString m_previousCacheSize;
    QList<QString> m_deferredIndexSql;
};

} // namespace wzsw
