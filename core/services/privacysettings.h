#pragma once

#include "common/result.h"
#include "storage/retentionqueries.h"

#include <QCoreApplication>

namespace wzsw {

class Database;

/// The data file's privacy settings: how long a person's data is kept after the relation
/// ends, and whether the organisation processes BSNs at all. Settings of the file, not of the
/// user: they hold for everyone who opens it. Each change is written to the audit log.
class PrivacySettings
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::PrivacySettings)

public:
    /// Two years after a client's end date or a provider's exit date. The data serves the case
    /// work and the reports; a returning client or provider and questions after the end are
    /// covered by two years, which is also what re-integration practice under the
    /// Participatiewet keeps case files for. A longer default buys the reports nothing, since an
    /// erasure keeps every figure, and the fiscal seven years apply to the financial records
    /// (dates, hours, fees), which an erasure keeps too. An organisation that must keep longer
    /// sets its own period.
    static constexpr int defaultRetentionYears = 2;
    static constexpr int minRetentionYears = 1;
    static constexpr int maxRetentionYears = 30;

    explicit PrivacySettings(Database &db) : m_db(db) {}

    Result<int> retentionYears() const;
    /// Between minRetentionYears and maxRetentionYears.
    Status setRetentionYears(int years);

    /// Whether BSNs may be stored. Yes when never set: whether an organisation may process BSNs
    /// is its legal question, and a file made before this setting existed keeps working as it
    /// did. Read once per operation through BsnPolicy.
    Result<bool> processesBsns() const;
    /// Switches BSN processing on, or off when no person has a BSN (see stopProcessingBsns).
    Status setProcessesBsns(bool processes);
    /// Switches BSN processing off and removes every stored BSN for good (secure delete and
    /// the file compacted, as an erasure). Returns how many BSNs were removed.
    Result<qint64> stopProcessingBsns();

    /// The people whose relation ended more than retentionYears() before `today` and who are
    /// not erased yet: the list the program offers erasure for.
    Result<QList<RetentionDue>> pastRetention(const QDate &today = QDate::currentDate()) const;

private:
    /// Stores a setting and its audit entry, inside the caller's write transaction.
    Status storeIn(const QString &key, const QString &value);

    Database &m_db;
};

} // namespace wzsw
