#pragma once

#include "common/result.h"
#include "domain/ids.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace wzsw {

class Database;

/// Small helpers around QSqlQuery so that every statement is checked and every failure becomes
/// an Error with a message for people. Used only inside core/storage.

/// The database's complaint as an Error: disk full, read-only, locked, damaged, or the raw text.
Error storageError(const QSqlError &error);
/// The complaint of `query`'s last statement, read in its database's terms (SQLite result codes
/// or PostgreSQL SQLSTATEs).
Error storageError(const QSqlQuery &query);
/// Whether `query`'s last statement failed because the connection to the server was lost (the
/// server went away, or ended this session). The server has then rolled back the open
/// transaction; storageError() says so to the user.
bool lostConnection(const QSqlQuery &query);

/// Prepares `sql` on `db`; the error, if any, lands in the returned query's lastError().
QSqlQuery prepare(const Database &db, const QString &sql, bool *ok = nullptr);

/// Binds `values` to the positional placeholders of `query`, in order.
void bindAll(QSqlQuery &query, const QVariantList &values);
/// Runs a prepared query; an Error when it fails.
Status exec(QSqlQuery &query);
/// Prepares and runs a statement without parameters.
Status execSql(const Database &db, const QString &sql);
/// The first column of the first row of a statement without parameters.
Result<QVariant> scalar(const Database &db, const QString &sql);

// Values going in: empty text, invalid dates and id 0 are stored as NULL.
QVariant textOrNull(const QString &text);
QVariant dateOrNull(const QDate &date);
QVariant idOrNull(Id id);

// Values coming out.
QString textOf(const QVariant &value);
QDate dateOf(const QVariant &value);
Id idOf(const QVariant &value);

} // namespace wzsw
