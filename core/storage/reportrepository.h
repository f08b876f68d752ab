#pragma once

#include "figures/storedreport.h"
#include "storage/mapping.h"
#include "storage/table.h"

namespace wzsw {

template <> struct Mapping<StoredReport>
{
    static const QString &table();
    static const QStringList &columns();
    static QVariantList values(const StoredReport &value);
    static void read(const QSqlQuery &query, int first, StoredReport &value);
    static QList<ChildRows> children(const StoredReport &) { return {}; }
    static Status writeChildren(Database &, const StoredReport &) { return {}; }
    static Status readChildren(const Database &, StoredReport &) { return {}; }
};

/// The steering-group reports kept in the data file: drafts with their texts, and issued
/// reports with their archived figures.
class ReportRepository
{
public:
    explicit ReportRepository(Database &db) : m_reports(db) {}

    Table<StoredReport> &reports() { return m_reports; }

    /// The draft of this report, if texts were written for it.
    Result<std::optional<StoredReport>> draft(ReportKind kind, const QString &scope,
                                              const Period &period) const;
    /// The most recently issued version of this report, if any.
    Result<std::optional<StoredReport>> latestIssued(ReportKind kind, const QString &scope,
                                                     const Period &period) const;
    /// Every issued report, the most recent first.
    Result<QList<StoredReport>> issued() const;

private:
    Table<StoredReport> m_reports;
};

} // namespace wzsw
