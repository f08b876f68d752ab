#pragma once

#include "common/result.h"
#include "csv/csvdialect.h"
#include "domain/enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

namespace wzsw {

class CsvWriter;
class Database;
class ExportOutput;

/// What the user asked to export (spec/cli.md `export`, the desktop Export dialog). Each profile
/// says which of these it takes.
struct ExportRequest
{
    QDate from;                        ///< start of the period; invalid = open
    QDate to;                          ///< end of the period; invalid = open
    QString municipalityCode;          ///< empty = every municipality
    std::optional<CsvDialect> dialect; ///< nothing: the profile's default
    QString recipient;                 ///< who receives it; the pseudonyms are made for them
    bool withNames = false;
    bool withBsn = false;
    /// Language of the column titles and labels; nothing: displayLanguage().
    std::optional<Language> language;
    /// Why names or BSNs leave the program (the desktop asks for it); goes into the audit log.
    QString reason;

    Language effectiveLanguage() const { return language.value_or(displayLanguage()); }
};

/// One file an export wrote.
struct ExportedFile
{
    QString name;
    qint64 rows = 0;
};

/// Called now and then with the percentage done; returning false cancels.
using ExportProgress = std::function<bool(int percent)>;

/// The start of what an export would write, for the Export dialog to show before saving.
struct ExportPreview
{
    QString fileName;        ///< the (first) file shown
    QStringList header;      ///< column titles
    QList<QStringList> rows; ///< the first rows, each cell as the file holds it
    bool complete = false;   ///< true when these are all the rows there are
};

/// A kind of export: the exchange format (one file per entity) or a file for a municipal
/// department (participation, wmo, neighbourhoods, agreements: built later). Every profile goes
/// through the same command, the same temporary output and the same audit entry (runExport);
/// a profile only decides what it takes and what it writes.
class ExportProfile
{
public:
    virtual ~ExportProfile() = default;

    /// The name on the command line: "exchange".
    virtual QString name() const = 0;
    /// One line for people (translated).
    virtual QString description() const = 0;
    /// True when the output is a folder with several files, false when it is one file.
    virtual bool writesFolder() const = 0;
    virtual CsvDialect defaultDialect() const = 0;
    /// Why `request` does not suit this profile (translated), or empty when it does.
    virtual QString refusal(const ExportRequest &request) const = 0;
    /// What the export covers, for the audit log ("whole data file", "GM0855", ...).
    virtual QString scope(const ExportRequest &request) const = 0;
    /// The request with every default filled in from the data file (the department profiles'
    /// project period) and checked against it (a municipality that exists, BSNs only where the
    /// file processes them). Called inside the export's write transaction, before write(); the
    /// audit log records what this returns. The default takes the request as it is.
    virtual Result<ExportRequest> resolve(Database &db, const ExportRequest &request) const
    {
        (void)db;
        return request;
    }
    /// Writes the files into `output` (open one, write it, close it, next), reading the data
    /// file as it is at one moment.
    virtual Result<QList<ExportedFile>> write(Database &db, const ExportRequest &request,
                                              const CsvDialect &dialect, ExportOutput &output,
                                              const ExportProgress &progress) const = 0;
    /// Writes the header and at most `maxRows` rows of the (first) file to `csv` and returns
    /// how many rows it wrote, or maxRows + 1 when there are more; `request` is resolved
    /// already. For the preview only: no file, no audit entry. The default has no preview.
    virtual Result<qint64> writePreview(Database &db, const ExportRequest &request, CsvWriter &csv,
                                        qint64 maxRows) const;
    /// The name of the file writePreview() shows.
    virtual QString previewFileName() const { return name() + QStringLiteral(".csv"); }
};

/// Every profile, in the order help texts and the Export dialog list them.
const QList<const ExportProfile *> &exportProfiles();
/// The profile with this name (any case), or nullptr.
const ExportProfile *exportProfile(QStringView name);

} // namespace wzsw
