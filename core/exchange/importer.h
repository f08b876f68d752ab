#pragma once

#include "common/result.h"
#include "exchange/fileimport.h"
#include "exchange/importproblems.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

namespace wzsw {

class Database;

struct ImportOptions
{
    /// Check everything and count, but store nothing.
    bool dryRun = false;
    /// How many problems are kept for the report (all are counted).
    qsizetype problemLimit = ImportProblems::defaultLimit;
    /// Moving a local data file into the regional database (`wzsw-cli migrate`): what the
    /// server holds stays as it is. A row whose record exists with other content (a code, or
    /// a natural key and occurrence, see Importer) is a conflict instead of an update, and so
    /// is a municipality the server does not have. Conflicts are problems like any other:
    /// every one is listed and nothing is stored. A row equal to its stored record counts as
    /// unchanged, so migrating the same file twice changes nothing.
    bool migration = false;
    /// Work of the caller that belongs to the import's transaction, run after every file was
    /// read and stored and before the commit (moving over: the contact notes). Its error
    /// stores nothing of the import.
    std::function<Status(Database &)> alsoInTransaction;
    /// Called now and then with the percentage done; returning false cancels the import, which
    /// then stores nothing.
    std::function<bool(int percent)> progress;
};

/// What an import found and did.
struct ImportReport
{
    struct File
    {
        QString name; ///< as given, e.g. "clients.csv"
        ImportCounts counts;
    };
    QList<File> files; ///< in the order they were read (dependency order)
    ImportProblems problems;
    bool stored = false; ///< the data file was changed (never in a dry run or with problems)

    bool ok() const { return problems.isEmpty(); }
};

/// Imports files of the exchange format (spec/exchange-csv.md) into a data file, all or
/// nothing: one write transaction for the whole import, every row checked against every rule
/// of domain.md, and on any problem nothing is stored and every problem is reported as
/// `file:line: column: message`.
///
/// Which record a row is about: a row whose code exists updates that record (clients,
/// providers, partners, service types, municipalities, neighbourhoods). Entities without a code
/// are matched by their natural key (agreement: partner, title, start date; trajectory:
/// provider, type, start date; ladder: provider, date; request: client, service type, request
/// date; delivery: client, provider, service type, date; target: municipality, from, to,
/// measure; budget: municipality, from, to, kind, category; settings: municipality) and its
/// occurrence: the k-th row with a key in a file updates the k-th stored record with that key
/// (in id order), or is added when there is none. So importing the same file twice changes
/// nothing, and two identical deliveries on one day both stay.
///
/// A column a file leaves out keeps the stored value of a record a row updates, and is empty
/// for a new record; an empty cell means "no value". A row that changes nothing is not
/// written at all.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::Importer)

public:
    explicit Importer(Database &db) : m_db(db) {}

    /// `paths`: exchange files, or folders whose `*.csv` files are all exchange files. An error
    /// only when the import could not run (the data file failed, or it was cancelled);
    /// problems with the files are in the report.
    Result<ImportReport> run(const QStringList &paths, const ImportOptions &options = {});

private:
    Database &m_db;
};

} // namespace wzsw
