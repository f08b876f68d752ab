#pragma once

#include "common/result.h"

#include <QString>

namespace wzsw {

class Database;

/// Settings that belong to the data file rather than to the user (the pseudonym key, whether
/// the organisation processes BSNs, the retention period, ...).
class FileSettings
{
public:
    explicit FileSettings(Database &db) : m_db(db) {}

    /// The stored value, or `fallback` when the key was never set.
    Result<QString> value(const QString &key, const QString &fallback = {}) const;
    Status setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace wzsw
