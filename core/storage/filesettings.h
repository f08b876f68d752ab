#pragma once

#include "common/result.h"

#include <QByteArray>
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

    /// The secret key of the export pseudonyms (exchange/pseudonyms.h): 32 bytes from the
    /// system's random generator, made the first time it is asked for and kept in the file from
    /// then on, so a person keeps their pseudonym month after month. Call inside a write
    /// transaction: the first call stores the key. A stored key that is not 32 bytes is an
    /// error rather than replaced, since a new key would change every pseudonym.
    Result<QByteArray> pseudonymKey();

private:
    Database &m_db;
};

} // namespace wzsw
