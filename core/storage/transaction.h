#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace wzsw {

class Database;

/// One write transaction: begins at construction (taking the write lock at once), rolls back
/// in the destructor unless commit() succeeded. One user action = one WriteTransaction.
///
///     WriteTransaction tx(db);
///     if (!tx.ok()) return tx.error();
///     ... writes ...
///     return tx.commit();
class WriteTransaction
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::WriteTransaction)

public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool ok() const { return m_status.ok(); }
    const Error &error() const { return m_status.error(); }

    Status commit();
    void rollback();

private:
    Database &m_db;
    Status m_status;
    bool m_open = false;
};

} // namespace wzsw
