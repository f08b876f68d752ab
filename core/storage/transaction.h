#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace wzsw {

class Database;

/// One write transaction: begins at construction (taking the write lock at once), rolls back
/// in the destructor unless commit() succeeded. One user action = one WriteTransaction.
/// Before it begins it passes the connection's WriteGate: while the file check on opening runs,
/// it waits for the check.
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

/// Tries a write and rolls it back, leaving the file as it was: whether this connection can
/// write at all. SQLite opens a file it may not write (write-protected, on a read-only medium)
/// read-only without a word, and even BEGIN IMMEDIATE succeeds on it; only a write tells.
Status probeWrite(Database &db);

/// A read transaction: every read inside sees the file as it was at the first read, even
/// while another program writes (that writer waits until this ends). For long reads that must
/// agree with themselves, such as the file check. Ends, without changing anything, in the
/// destructor.
class ReadTransaction
{
public:
    explicit ReadTransaction(const Database &db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

    bool ok() const { return m_status.ok(); }
    const Error &error() const { return m_status.error(); }

private:
    const Database &m_db;
    Status m_status;
};

} // namespace wzsw
