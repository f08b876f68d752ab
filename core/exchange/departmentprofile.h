#pragma once

#include "exchange/exportprofile.h"
#include "storage/figurequeries.h"

#include <QCoreApplication>

namespace wzsw {

class ExportRow;
struct PersonIdentity;

/// A column of a department export: its title in Dutch and in English. Titles are data, like
/// the enumeration labels (domain/enums.h): the file gets the language the request asks for,
/// whatever language the program happens to speak.
struct ColumnTitle
{
    const char16_t *dutch;
    const char16_t *english;

    QString in(Language language) const;
};

/// What one department export is writing: the resolved request, its scope and period, and
/// where the rows go.
struct DepartmentExport
{
    Database &db;
    const ExportRequest &request;
    FigureScope scope;
    Period period;
    const CsvDialect &dialect;
    CsvWriter &csv;
    qint64 maxRows;                 ///< -1: every row
    const ExportProgress &progress; ///< may be empty
    /// Rows written so far; when maxRows is reached, one more row is counted and none written.
    qint64 rows = 0;
    qint64 expectedRows = 0; ///< for the percentage; 0 = not known

    Language language() const { return request.effectiveLanguage(); }
    /// Writes `row` unless the preview has enough; false to stop (enough rows, or cancelled).
    bool add(ExportRow &row);
    bool cancelled = false;
};

/// The exports for municipal departments (spec/exchange-csv.md "Exports for municipal
/// departments"): one file, `excel-nl` by default, column titles in the user's language,
/// enumerations as labels in that language, for a period and a municipality or the region.
/// Readings of the specification:
/// - Without --from/--to the period is the project period of the scope (project start ..
///   project end, as the final report has it); a date given alone replaces only its end.
/// - Scope follows reports.md: a person belongs to their neighbourhood's municipality.
/// - Person-level profiles (personLevel()) write the person id as a pseudonym (pseudonyms.h)
///   always; --with-names adds given name, prefix and family name after it, --with-bsn the BSN.
///   Profiles of aggregates refuse both options. Case notes are never read.
class DepartmentProfile : public ExportProfile
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::DepartmentProfile)

public:
    bool writesFolder() const override { return false; }
    CsvDialect defaultDialect() const override { return CsvDialect::excelNl(); }
    QString refusal(const ExportRequest &request) const override;
    QString scope(const ExportRequest &request) const override;
    Result<ExportRequest> resolve(Database &db, const ExportRequest &request) const override;
    Result<QList<ExportedFile>> write(Database &db, const ExportRequest &request,
                                      const CsvDialect &dialect, ExportOutput &output,
                                      const ExportProgress &progress) const override;
    Result<qint64> writePreview(Database &db, const ExportRequest &request, CsvWriter &csv,
                                qint64 maxRows) const override;

    /// The column titles of this profile for `request`, in its language, names and BSN
    /// columns included when asked for.
    QStringList header(const ExportRequest &request) const;

protected:
    /// True when rows are about persons (a person id, and names or BSN on request).
    virtual bool personLevel() const = 0;
    /// The titles of the profile's own columns; person-level profiles start with the person id,
    /// after which the name and BSN columns are inserted.
    virtual QList<ColumnTitle> columns() const = 0;
    /// Writes the rows (the header is written already).
    virtual Status writeRows(DepartmentExport &out) const = 0;

    /// The identity columns a person-level row gets after the person id.
    static int identityColumnCount(const ExportRequest &request);
    /// Sets the person id (column 0) and, when asked for, the name and BSN cells after it;
    /// returns the first column after them.
    static int setPerson(ExportRow &row, const ExportRequest &request, const QString &personId,
                         const PersonIdentity &identity);

private:
    Result<qint64> writeFile(Database &db, const ExportRequest &request, const CsvDialect &dialect,
                             CsvWriter &csv, qint64 maxRows, const ExportProgress &progress) const;
};

} // namespace wzsw
