#pragma once

#include "storage/bulkinserter.h"
#include "storage/table.h"

namespace wzsw {

/// How an import stores records, inside the import's transaction: new ones through the bulk
/// inserter (statements prepared once for the whole file), changed ones as a user's edit is
/// stored (with the version check).
template <typename T> class ImportWriter
{
public:
    explicit ImportWriter(Database &db) : m_inserter(db), m_table(db) {}

    /// Stores a new record with its child rows; sets its id.
    Status insert(T &value) { return m_inserter.insert(value); }
    /// Stores a changed record; `value` carries the stored version.
    Status update(T &value) { return m_table.update(value); }

private:
    BulkInserter<T> m_inserter;
    Table<T> m_table;
};

} // namespace wzsw
