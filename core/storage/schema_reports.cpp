#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sql.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace wzsw {

// The steering-group reports' texts and the archive of issued reports (figures/storedreport.h).
// A report is named by its kind, scope and period; at most one draft per name (partial index),
// any number of issued versions.
Status addReports(Database &db)
{
    const QStringList statements{
        uR"(CREATE TABLE reports (
            id %ID%,
            version INTEGER NOT NULL DEFAULT 1,
            kind TEXT NOT NULL,
            scope TEXT NOT NULL,
            from_date TEXT NOT NULL,
            to_date TEXT NOT NULL,
            what_works TEXT,
            what_does_not_work TEXT,
            next_steps TEXT,
            issued_at TEXT,
            issued_by TEXT,
            figures TEXT))"_s,
        uR"(CREATE UNIQUE INDEX reports_one_draft ON reports(kind, scope, from_date, to_date)
            WHERE issued_at IS NULL)"_s,
        u"CREATE INDEX reports_by_issue ON reports(issued_at)"_s,
    };
    for (const QString &statement : statements)
        if (Status status = execSql(db, db.dialect().ddl(statement)); !status)
            return status;
    return {};
}

} // namespace wzsw
