#pragma once

#include "common/result.h"

#include <QString>

namespace wzsw {

class Database;
class Violations;

/// Whether this data file processes BSNs, read once for one operation. The services, the
/// importer and the exports ask it: when BSNs are not processed, a BSN is refused
/// (Rule::BsnNotProcessed) on entry and on import, and exports leave the column out.
///
///     const Result<BsnPolicy> bsns = BsnPolicy::of(db);
///     if (!bsns) return bsns.error();
///     bsns->check(row.bsn, violations);          // importer, per row
///     if (bsns->processesBsns()) columns << "bsn"; // export
class BsnPolicy
{
public:
    static Result<BsnPolicy> of(Database &db);

    bool processesBsns() const { return m_processes; }
    /// Adds a BsnNotProcessed violation on `field` when `bsn` is filled in and BSNs are not
    /// processed.
    void check(const QString &bsn, Violations &violations,
               const QString &field = QStringLiteral("bsn")) const;

private:
    explicit BsnPolicy(bool processes) : m_processes(processes) {}

    bool m_processes = true;
};

} // namespace wzsw
