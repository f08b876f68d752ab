#include "storage/checkqueries.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

/// The entity a table holds, for reports that speak of records rather than tables. Child
/// tables count as their owner.
QString entityOfTable(const QString &table)
{
    static const QList<std::pair<QString, QString>> names{
        {u"municipalities"_s, u"municipality"_s},
        {u"neighbourhoods"_s, u"neighbourhood"_s},
        {u"service_types"_s, u"service_type"_s},
        {u"partners"_s, u"partner"_s},
        {u"agreements"_s, u"agreement"_s},
        {u"agreement_scopes"_s, u"agreement"_s},
        {u"clients"_s, u"client"_s},
        {u"client_target_groups"_s, u"client"_s},
        {u"providers"_s, u"provider"_s},
        {u"provider_service_types"_s, u"provider"_s},
        {u"trajectories"_s, u"trajectory"_s},
        {u"ladder_assessments"_s, u"ladder"_s},
        {u"service_requests"_s, u"request"_s},
        {u"deliveries"_s, u"delivery"_s},
        {u"targets"_s, u"target"_s},
        {u"budget_lines"_s, u"budget"_s},
        {u"project_settings"_s, u"settings"_s},
        {u"contact_notes"_s, u"note"_s},
    };
    for (const auto &[name, entity] : names)
        if (name == table)
            return entity;
    return table;
}

// SQLite's own checks of its file; PostgreSQL checks its pages itself (data checksums,
// amcheck), an administrator's task on the server.
QString fileCheck()
{
    return QCoreApplication::translate("wzsw::Database", "The check of the data file");
}

} // namespace

Result<QStringList> integrityProblems(const Database &db)
{
    if (Status file = db.requireFile(fileCheck()); !file)
        return file.error();
    // The check walks every table and index; with SQLite's default 2 MB page cache it reads
    // pages again and again. 64 MiB for the duration took a 120 MiB file with a million
    // deliveries from about 7.8 s to about 6 s here; the connection's own size comes back after.
    const Result<QVariant> cacheSize = scalar(db, u"PRAGMA cache_size"_s);
    if (!cacheSize)
        return cacheSize.error();
    if (Status status = execSql(db, u"PRAGMA cache_size = -65536"_s); !status)
        return status.error();
    QSqlQuery query = prepare(db, u"PRAGMA integrity_check"_s);
    Status status = exec(query);
    QStringList problems;
    while (status && query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok"_s)
            problems.append(line);
    }
    query.finish();
    (void)execSql(db, u"PRAGMA cache_size = "_s + QString::number(cacheSize->toLongLong()));
    if (!status)
        return status.error();
    return problems;
}

Result<QStringList> quickCheckProblems(const Database &db)
{
    if (Status file = db.requireFile(fileCheck()); !file)
        return file.error();
    constexpr int sqliteCorrupt = 11;
    constexpr int sqliteNotADatabase = 26;
    QSqlQuery query = prepare(db, u"PRAGMA quick_check"_s);
    QStringList problems;
    if (query.exec())
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != u"ok"_s)
                problems.append(line);
        }
    const QSqlError error = query.lastError();
    if (error.type() != QSqlError::NoError) {
        const int code = error.nativeErrorCode().toInt() & 0xff;
        if (code != sqliteCorrupt && code != sqliteNotADatabase)
            return storageError(error);
        problems.append(error.databaseText());
    }
    return problems;
}

Result<QList<ForeignKeyProblem>> foreignKeyProblems(const Database &db)
{
    if (Status file = db.requireFile(fileCheck()); !file)
        return file.error();
    QSqlQuery query = prepare(db, u"PRAGMA foreign_key_check"_s);
    if (Status status = exec(query); !status)
        return status.error();
    QList<ForeignKeyProblem> problems;
    while (query.next())
        problems.append(ForeignKeyProblem{entityOfTable(query.value(0).toString()),
                                          idOf(query.value(1)),
                                          entityOfTable(query.value(2).toString())});
    return problems;
}

Result<QList<QStringList>> codesSharingBsn(const Database &db, PersonKind kind)
{
    const QString table = kind == PersonKind::Client ? u"clients"_s : u"providers"_s;
    // Every person whose BSN another person holds too, grouped by that BSN.
    QSqlQuery query = prepare(db, uR"(SELECT bsn, code FROM %1 WHERE bsn IN
        (SELECT bsn FROM %1 WHERE bsn IS NOT NULL GROUP BY bsn HAVING COUNT(*) > 1)
        ORDER BY bsn, code)"_s.arg(table));
    if (Status status = exec(query); !status)
        return status.error();
    QList<QStringList> groups;
    QString current;
    while (query.next()) {
        const QString bsn = query.value(0).toString();
        if (groups.isEmpty() || bsn != current)
            groups.append(QStringList());
        current = bsn;
        groups.last().append(query.value(1).toString());
    }
    return groups;
}

Result<QList<SeveralRunning>> providersWithSeveralRunning(const Database &db)
{
    QSqlQuery query = prepare(db, uR"(SELECT p.code, COUNT(*) FROM trajectories t
        JOIN providers p ON p.id = t.provider_id
        WHERE t.status = 'running' GROUP BY p.id, p.code HAVING COUNT(*) > 1 ORDER BY p.code)"_s);
    if (Status status = exec(query); !status)
        return status.error();
    QList<SeveralRunning> found;
    while (query.next())
        found.append(SeveralRunning{query.value(0).toString(), query.value(1).toLongLong()});
    return found;
}

Result<QList<UnevenHours>> deliveriesWithUnevenHours(const Database &db)
{
    QSqlQuery query = prepare(db, uR"(SELECT d.id, c.code, p.code, d.date, d.quarter_hours
        FROM deliveries d
        LEFT JOIN clients c ON c.id = d.client_id
        LEFT JOIN providers p ON p.id = d.provider_id
        WHERE )"_s + db.dialect().notStoredAsInteger(u"d.quarter_hours"_s) +
                                      u" ORDER BY d.id"_s);
    if (Status status = exec(query); !status)
        return status.error();
    QList<UnevenHours> found;
    while (query.next())
        found.append(UnevenHours{idOf(query.value(0)), textOf(query.value(1)),
                                 textOf(query.value(2)), dateOf(query.value(3)),
                                 query.value(4).toDouble()});
    return found;
}

} // namespace wzsw
