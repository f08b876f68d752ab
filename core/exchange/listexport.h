#pragma once

#include "common/result.h"
#include "exchange/exportprofile.h"
#include "storage/lists/listquery.h"

#include <QCoreApplication>

namespace wzsw {

class Database;

/// What a list view shows: its kind of record, filter, order and visible columns.
struct ListExportRequest
{
    RecordKind kind = RecordKind::Client;
    ListFilter filter;
    ListSort sort;
    QList<int> columns; ///< the list's columns in the order shown; empty = every column
    /// Short name of the list for the audit log ("clients").
    QString listName;
};

/// Writes what a list view shows to one CSV file in `excel-nl` (spec/exchange-csv.md: "every
/// list view in the program can export what it shows"): the column titles as shown, every
/// row that passes the filter in the list's order, each cell formatted the way the dialect
/// writes its kind (dates dd-mm-yyyy, money and hours with a decimal comma, the formula
/// guard on text). The list shows what the user may see already, names included; the export
/// is audited like every other (list, filtered or not, columns, rows; never the search text,
/// which may be a name). Written through a QSaveFile: nothing at `path` unless complete.
class ListExporter
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::ListExporter)

public:
    explicit ListExporter(Database &db) : m_db(db) {}

    /// The number of rows written.
    Result<qint64> run(const ListExportRequest &request, const QString &path,
                       const ExportProgress &progress = {});

private:
    Database &m_db;
};

} // namespace wzsw
