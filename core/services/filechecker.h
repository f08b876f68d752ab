#pragma once

#include "common/result.h"
#include "services/filecheckreport.h"

#include <QCoreApplication>
#include <QDate>

namespace wzsw {

class Database;

/// Checks a whole data file, as `wzsw-cli check FILE` does: its schema version, SQLite's
/// structure check, every reference, the audit log's hash chain, and every rule of domain.md
/// over every record, including the rules that span records (one BSN per person of a kind,
/// at most one running trajectory per provider, deliveries within their client's and
/// provider's dates).
///
/// The check reads inside one read transaction, so it sees one consistent state of the file
/// (a writer elsewhere waits until it is done). It streams every table and keeps only codes
/// and dates per client and provider, so a file with a million deliveries is checked in
/// bounded memory. A part that cannot be read is reported as a problem and the check goes on.
class FileChecker
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::FileChecker)

public:
    /// At most this many problems are listed by default; all are counted.
    static constexpr qint64 defaultListLimit = 10000;

    /// `today` decides what lies in the future (dates of birth, consent).
    explicit FileChecker(Database &db, const QDate &today = QDate::currentDate())
        : m_db(db), m_today(today)
    {}

    void setListLimit(qint64 limit) { m_listLimit = limit; }

    /// The report; an error only when the file cannot be read at all.
    Result<FileCheckReport> run();

private:
    Database &m_db;
    QDate m_today;
    qint64 m_listLimit = defaultListLimit;
};

} // namespace wzsw
