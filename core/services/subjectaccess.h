#pragma once

#include "common/result.h"
#include "csv/csvdialect.h"
#include "storage/checkqueries.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace wzsw {

class Database;

/// One part of what is held on a person: a table with exchange-format column names.
struct AccessSection
{
    QString name;        ///< "client", "requests", "deliveries", ...: the CSV file's name part
    QString title;       ///< heading for people, translated
    QStringList columns; ///< exchange-format column names (fieldLabel() gives the label)
    QList<QStringList> rows;
};

/// Everything held on one client or provider (AVG art. 15), computed once and rendered both as
/// a readable document and as CSV files.
struct SubjectAccessReport
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::SubjectAccess)

public:
    QString entity; ///< "client" or "provider"
    QString code;
    QDateTime madeAt; ///< UTC
    QString madeBy;
    QList<AccessSection> sections;

    /// A self-contained HTML document (UTF-8, no outside resources) that the desktop can show
    /// and print: the person's own record as a list of fields, every other part as a table.
    QString html() const;
    /// Writes `<code>.html` and `<code>-<section>.csv` per section into `folder` (made when
    /// missing), each through QSaveFile: a failure leaves no half file. Returns the paths.
    Result<QStringList> writeFiles(const QString &folder, const CsvDialect &dialect) const;
};

/// Compiles a subject access report: the person's record (BSN only when the file processes
/// BSNs), their target groups or background and service types, trajectories and ladder
/// (providers), requests, deliveries, case notes, and every audit entry about them (which
/// includes the entry this access writes). Other people's data is left out of it (AVG art.
/// 15(4)): a client's deliveries do not name the provider, a provider's do not name the client
/// nor show what the client paid, a provider does not see a client's request description, and
/// in the log another person's code gives way to "…".
class SubjectAccess
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::SubjectAccess)

public:
    explicit SubjectAccess(Database &db) : m_db(db) {}

    /// Records the access in the audit log (so it fails on a read-only file), then compiles.
    /// Dates, amounts and hours are formatted as `formats` writes them.
    Result<SubjectAccessReport> collect(PersonKind kind, const QString &code,
                                        const CsvDialect &formats = CsvDialect::excelNl());

private:
    Database &m_db;
};

} // namespace wzsw
